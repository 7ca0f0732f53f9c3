/**
 * Registers the service worker (built by src/integrations/service-worker.ts) and keeps the
 * footer's offline note true: it appears once every page is saved on this device, says so again
 * when the connection drops, and mentions a downloaded update, which takes over on the next visit.
 */
const status = document.querySelector<HTMLElement>('[data-offline-status]');
const base = import.meta.env.BASE_URL;

function show(text: string) {
  if (!status) return;
  status.textContent = text;
  status.hidden = false;
}

function describe(registration: ServiceWorkerRegistration) {
  if (registration.waiting) {
    show('Available offline. An updated version has been saved and will be used the next time you open the site.');
  } else if (!navigator.onLine) {
    show('You are offline: pages open from the copy saved on this device.');
  } else {
    show('Available offline: the whole site is saved on this device.');
  }
}

async function start() {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  // `ready` resolves once a worker is active, and a worker is only activated after its install
  // step has stored every precached file, so from here on every page opens offline.
  await navigator.serviceWorker.ready;
  describe(registration);
  registration.addEventListener('updatefound', () => {
    registration.installing?.addEventListener('statechange', () => describe(registration));
  });
  addEventListener('online', () => describe(registration));
  addEventListener('offline', () => describe(registration));
}

if (import.meta.env.PROD && 'serviceWorker' in navigator && status) {
  start().catch(() => {
    // Private windows and some managed Chromebooks refuse service workers; the site works as before.
  });
}

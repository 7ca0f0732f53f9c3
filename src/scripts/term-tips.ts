/**
 * Glossary tooltips for <Term> links: shown on hover and keyboard focus, kept open while the
 * pointer is over the tip, closed by Escape, moving away or blur (WCAG 1.4.13). The tip is a
 * manual popover, so it sits in the top layer and is never clipped by a scrolling container.
 */
const GAP = 6;
const HIDE_DELAY = 200;

function place(tip: HTMLElement, link: HTMLElement) {
  const box = link.getBoundingClientRect();
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const left = Math.min(Math.max(GAP, box.left), innerWidth - width - GAP);
  const below = box.bottom + GAP + height <= innerHeight;
  tip.style.left = `${left}px`;
  tip.style.top = `${below ? box.bottom + GAP : Math.max(GAP, box.top - GAP - height)}px`;
}

function enhance(link: HTMLAnchorElement) {
  const tip = document.getElementById(link.dataset.term ?? '');
  if (!tip || !('showPopover' in tip)) return;
  tip.popover = 'manual';
  tip.hidden = false;
  link.setAttribute('aria-describedby', tip.id);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = () => {
    clearTimeout(timer);
    if (!tip.matches(':popover-open')) tip.showPopover();
    place(tip, link);
  };
  const hide = () => {
    clearTimeout(timer);
    if (tip.matches(':popover-open')) tip.hidePopover();
  };
  const hideSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(hide, HIDE_DELAY);
  };
  link.addEventListener('mouseenter', show);
  link.addEventListener('focus', show);
  link.addEventListener('mouseleave', hideSoon);
  link.addEventListener('blur', hide);
  tip.addEventListener('mouseenter', () => clearTimeout(timer));
  tip.addEventListener('mouseleave', hideSoon);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  addEventListener('scroll', () => tip.matches(':popover-open') && place(tip, link), { passive: true });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-term]')) enhance(link);

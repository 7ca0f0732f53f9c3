/**
 * Offline use: after one visit the service worker has saved the site, the footer says so, and
 * pages, charts and shared timeline links open with the network gone. A new version waits for the
 * next visit instead of swapping files under an open page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });
// The update test changes the built service worker on disk; the two tests must not overlap.
test.describe.configure({ mode: 'serial' });
const WORKER = `${process.env.PMF_OUT_DIR ?? 'dist'}/sw.js`;

test('after a first visit, every kind of page opens offline and the footer says so', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.locator('[data-offline-status]')).toHaveText(/Available offline/, { timeout: 60_000 });
  await context.setOffline(true);
  await expect(page.locator('[data-offline-status]')).toHaveText(/You are offline/);
  for (const path of ['/history/', '/factions/kataib-hezbollah/', '/glossary/', '/teach/claims-denials-evidence/handout/', '/reader/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }
  // The timeline, from a shared link with a query string, draws and responds offline.
  await page.goto('/timeline/?event=2019-12-27-k1-air-base-rocket-attack');
  await expect(page.locator('pmf-timeline [data-panel]')).toBeVisible();
  await expect(page.locator('pmf-timeline [data-panel-title]')).toContainText('K-1');
  await page.locator('pmf-timeline [data-close]').click();
  await expect(page.locator('pmf-timeline [data-panel]')).toBeHidden();
  await context.setOffline(false);
});

test('an update is saved in the background and used on the next visit, without breaking the open page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/start/');
  await expect(page.locator('[data-offline-status]')).toHaveText(/Available offline/, { timeout: 60_000 });
  // The next visit is served by the saved copy; only then is there an old version to keep.
  await page.goto('/history/');
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // Publish a changed service worker, as a new release would, and let the browser find it.
  const original = readFileSync(WORKER, 'utf8');
  try {
    // Same length, one revision changed: the preview server keeps each file's size from startup.
    writeFileSync(
      WORKER,
      original.replace(/revision:"(.)/, (_, c: string) => `revision:"${c === 'a' ? 'b' : 'a'}`),
    );
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.locator('[data-offline-status]')).toHaveText(/updated version has been saved/, { timeout: 60_000 });
  } finally {
    writeFileSync(WORKER, original);
  }
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: Boolean(registration?.waiting), controlled: Boolean(navigator.serviceWorker.controller) };
  });
  expect(state).toEqual({ waiting: true, controlled: true });
  // The open page keeps working: it still navigates, from the old version, until the tab closes.
  await page.goto('/glossary/');
  await expect(page.locator('h1')).toBeVisible();
});

/**
 * The supporting charts (issue: relations network, incident map, seats, monthly tempo, claims and
 * denials, legal status): each has a text summary and a complete table without JavaScript, passes
 * axe, is usable by keyboard, and on /timeline/ and /history/ follows and steers the timeline.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { WCAG_TAGS } from './support/site.ts';

/** Where each chart is used, and what it is. */
const CHARTS = [
  { page: '/by-night/', element: 'pmf-map', name: 'incident map' },
  { page: '/timeline/', element: 'pmf-tempo', name: 'monthly tempo' },
  { page: '/timeline/', element: 'pmf-ledger', name: 'claims and denials' },
  { page: '/factions/', element: 'pmf-network', name: 'relations network' },
  { page: '/by-day/', element: 'figure.seats-chart', name: 'election seats' },
  { page: '/by-day/', element: 'figure.legal-chart', name: 'legal status' },
] as const;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const chart of CHARTS) {
    test(`the ${chart.name} is drawn, described and tabled on ${chart.page}`, async ({ page }) => {
      await page.goto(chart.page);
      const figure = page.locator(chart.element).first();
      const svg = figure.locator('svg:visible').first();
      await expect(svg).toBeVisible();
      // A real text alternative: a title and a description computed from the data.
      const labelledBy = (await svg.getAttribute('aria-labelledby')) ?? '';
      const describedBy = (await svg.getAttribute('aria-describedby')) ?? labelledBy.split(' ')[1] ?? '';
      const description = await page
        .locator(`[id="${describedBy.split(' ').at(-1)}"]`)
        .first()
        .textContent();
      expect(description?.length, `${chart.name} description`).toBeGreaterThan(60);
      expect(description).toMatch(/\d/);
      // The table alternative is in the page, with a caption and header cells, and has rows.
      const table = figure.locator('table').first();
      await expect(table.locator('caption')).not.toBeEmpty();
      expect(await table.locator('th[scope]').count()).toBeGreaterThan(1);
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
    });
  }
});

test('every chart page passes axe with the charts on, in both themes', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/timeline/', '/factions/', '/by-day/', '/by-night/', '/history/']) {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations, `${path} ${theme}`).toEqual([]);
    }
  }
});

test('the network’s year control and highlight work from the keyboard', async ({ page }) => {
  await page.goto('/factions/');
  const network = page.locator('pmf-network');
  const slider = network.locator('input[type="range"]');
  const output = network.locator('[data-year-output]');
  const last = Number(await output.textContent());
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(output).toHaveText(String(last - 1));
  await page.keyboard.press('Home');
  const first = Number(await output.textContent());
  expect(first).toBeLessThan(2000);
  // Fewer relations existed in the first year than now; what did not exist yet is not drawn.
  const drawn = () => network.locator('svg:visible [data-edge]:not([data-out])').count();
  const early = await drawn();
  await network.getByRole('button', { name: /Later/ }).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(output).toHaveText(String(last));
  expect(await drawn()).toBeGreaterThan(early);
  await expect(network.locator('[data-status]')).toContainText(String(last));
  await network.locator('[data-focus-select]').selectOption('kataib-hezbollah');
  expect(await network.locator('svg:visible [data-edge].is-lit').count()).toBeGreaterThan(1);
});

test('the map lists its places for keyboard users and follows the attacks timeline on /by-night/', async ({ page }) => {
  await page.goto('/by-night/');
  const map = page.locator('pmf-map');
  const count = map.locator('[data-count]');
  const all = await count.textContent();
  await map.locator('[data-place-select]').focus();
  const option = await map.locator('[data-place-select] option').nth(1).getAttribute('value');
  await map.locator('[data-place-select]').selectOption(option ?? '');
  await expect(map.locator('[data-panel]')).not.toBeEmpty();
  // Narrow the linked timeline to the 2023–24 range: the map counts only those events.
  await page.locator('pmf-timeline[data-linked="true"]').getByRole('button', { name: /2023/ }).first().click();
  await expect(count).not.toHaveText(all ?? '');
  await expect(count).toContainText(/Showing \d+ of \d+/);
});

test('picking a year in the tempo chart or a period in the claims chart moves the timeline', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.locator('html')).toHaveAttribute('data-timeline', 'ready');
  const tempo = page.locator('pmf-tempo');
  await tempo.getByRole('button', { name: '2020', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=2020-01-01/);
  await expect(tempo.getByRole('button', { name: '2020', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const ledger = page.locator('pmf-ledger');
  await ledger.getByRole('button', { name: /October 2023/ }).click();
  await expect(page).toHaveURL(/from=2023-10-01/);
  await expect(page.locator('pmf-timeline [data-count]').first()).toContainText(/Showing \d+ of/);
});

test('on /history/ the overview timeline, tempo and claims charts are linked too', async ({ page }) => {
  await page.goto('/history/');
  await expect(page.locator('html')).toHaveAttribute('data-timeline', 'ready');
  const overview = page.locator('pmf-timeline[data-linked="true"]');
  await expect(overview).toHaveCount(1);
  const before = await overview.locator('[data-summary]').textContent();
  await page.locator('pmf-tempo').getByRole('button', { name: '2024', exact: true }).click();
  await expect(overview.locator('[data-summary]')).not.toHaveText(before ?? '');
  // The claims chart marks the periods the timeline now shows.
  expect(await page.locator('pmf-ledger .in-window').count()).toBeGreaterThan(0);
});

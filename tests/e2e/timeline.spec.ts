/** The escalation timeline, used as a reader would: without JavaScript, by keyboard, by link, on paper and on a phone. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { WCAG_TAGS } from './support/site.ts';

interface EventRecord {
  id: string;
  date: string;
  endDate: string | null;
  title: string;
  type: string;
}

let events: EventRecord[] = [];
test.beforeAll(async ({ request }) => {
  events = (await (await request.get('/data/events.json')).json()) as EventRecord[];
});

const canvas = (page: Page) => page.locator('pmf-timeline [data-canvas]');
const count = (page: Page) => page.locator('pmf-timeline [data-count]');
const inWindow = (from: string, to: string) => events.filter((e) => (e.endDate ?? e.date) >= from && e.date <= to).length;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chart, legend and full table are there, and the controls are not', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.locator('svg.timeline-svg')).toBeVisible();
    await expect(page.locator('svg.timeline-svg g.mark')).toHaveCount(events.length);
    await expect(page.locator('.timeline-table tbody tr')).toHaveCount(events.length);
    await expect(page.locator('pmf-timeline [data-controls]')).toBeHidden();
    await expect(page.locator('.timeline-legend')).toContainText('Unattributed');
  });
});

test('keyboard: one tab stop, arrows walk events in time order, Enter opens details, Escape closes them', async ({ page }) => {
  await page.goto('/timeline/');
  await canvas(page).focus();
  await expect(canvas(page)).toBeFocused();
  await page.keyboard.press('Home');
  const first = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))[0]!;
  await expect(page.locator('pmf-timeline [data-announce]')).toContainText(first.title);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('pmf-timeline [data-announce]')).toContainText(first.title);
  await page.keyboard.press('Enter');
  const panel = page.locator('pmf-timeline [data-panel]');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(first.title);
  await expect(page).toHaveURL(new RegExp(`event=${first.id}`));
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(canvas(page)).toBeFocused();
});

test('the details panel spells out the claims ledger with numbered, linked sources', async ({ page }) => {
  await page.goto('/timeline/?event=2019-12-27-k1-air-base-rocket-attack');
  const panel = page.locator('pmf-timeline [data-panel]');
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
    events.find((e) => e.id === '2019-12-27-k1-air-base-rocket-attack')!.title,
  );
  await expect(panel.locator('.ledger')).toContainText('Kataib Hezbollah');
  await expect(panel.locator('.ledger')).toContainText('Attributed');
  await expect(panel.locator('.ledger')).toContainText('according to');
  expect(await panel.locator('.event-sources a[href^="http"]').count()).toBeGreaterThan(0);
  await expect(panel).toContainText('Answered by');
  await expect(page.locator('.chains path.lit').first()).toBeAttached();
});

test('a deep link restores window, view and selection, and back/forward move between views', async ({ page }) => {
  await page.goto('/timeline/?from=2019-05-01&to=2020-03-31&view=ladder&event=2020-01-03-killing-of-soleimani-and-muhandis');
  await expect(page.locator('pmf-timeline').getByRole('button', { name: 'May 2019 – Mar 2020' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('pmf-timeline [data-mode]')).toHaveValue('ladder');
  await expect(page.locator('pmf-timeline [data-panel]')).toBeVisible();
  await expect(count(page)).toHaveText(`Showing ${inWindow('2019-05-01', '2020-03-31')} of ${events.length} events.`);
  await page.locator('pmf-timeline').getByRole('button', { name: 'All', exact: true }).click();
  await expect(count(page)).toHaveText(`Showing ${events.length} of ${events.length} events.`);
  await page.goBack();
  await expect(page).toHaveURL(/from=2019-05-01/);
  await expect(count(page)).toHaveText(`Showing ${inWindow('2019-05-01', '2020-03-31')} of ${events.length} events.`);
  await page.goForward();
  await expect(count(page)).toHaveText(`Showing ${events.length} of ${events.length} events.`);
});

test('filters change what is drawn and counted', async ({ page }) => {
  await page.goto('/timeline/');
  await page.getByText('Filters', { exact: true }).click();
  const politics = events.filter((e) => ['designation', 'legislation', 'election', 'political'].includes(e.type)).length;
  await page.locator('pmf-timeline').getByLabel('Politics, law and sanctions').uncheck();
  await expect(count(page)).toHaveText(`Showing ${events.length - politics} of ${events.length} events.`);
  await expect(page.locator('.timeline-table tbody tr:not([hidden])')).toHaveCount(events.length - politics);
  await expect(page).toHaveURL(/kinds=/);
  await page.locator('pmf-timeline').getByLabel('At least').selectOption('4');
  const severe = await page.locator('svg.timeline-svg g.mark:visible').count();
  expect(severe).toBeGreaterThan(0);
  expect(severe).toBeLessThan(events.length - politics);
  // The table follows the chart once the reader pauses.
  await expect(page.locator('.timeline-table tbody tr:not([hidden])')).toHaveCount(severe);
});

test('zoom buttons and keys narrow the window', async ({ page }) => {
  await page.goto('/timeline/');
  await page.locator('pmf-timeline').getByRole('button', { name: 'Zoom in' }).click();
  await expect(count(page)).not.toHaveText(`Showing ${events.length} of ${events.length} events.`);
  await canvas(page).focus();
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(count(page)).toHaveText(`Showing ${events.length} of ${events.length} events.`);
});

test('reduced motion turns off the marks’ transitions', async ({ page }) => {
  const duration = () =>
    page
      .locator('g.mark')
      .first()
      .evaluate((m) => Number.parseFloat(getComputedStyle(m).transitionDuration));
  await page.goto('/timeline/');
  expect(await duration()).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBeLessThanOrEqual(0.0001);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the panel and filters open (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/timeline/?event=2020-03-11-camp-taji-rocket-attack');
    await page.getByText('Filters', { exact: true }).click();
    await expect(page.locator('pmf-timeline [data-panel]')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('print shows the chart and the table, without controls', async ({ page }) => {
  await page.goto('/timeline/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.timeline-table')).toBeVisible();
  await expect(page.locator('pmf-timeline [data-controls]')).toBeHidden();
  await expect(page.locator('svg.timeline-svg')).toBeVisible();
});

test('on a phone the chart becomes a vertical list of events', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/timeline/');
  await expect(page.locator('svg.timeline-svg')).toBeHidden();
  const firstRow = page.locator('.timeline-table tbody tr').first();
  await expect(firstRow).toBeVisible();
  expect(await firstRow.evaluate((row) => getComputedStyle(row).display)).toBe('block');
});

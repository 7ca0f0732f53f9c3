/** The /data/ page: every download it links to exists, parses and has the count the page states. */

import { expect, test } from '@playwright/test';
import { csvParse } from 'd3-dsv';

test('every file the data page links to downloads, parses and matches its stated count', async ({ page, request }) => {
  await page.goto('/data/');
  const rows = page.locator('#files ~ .table-scroll tbody tr');
  const count = await rows.count();
  expect(count).toBe(8);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const href = await row.getByRole('link').getAttribute('href');
    const stated = Number(await row.locator('td.num').first().textContent());
    const response = await request.get(href ?? '');
    expect(response.status(), href ?? '').toBe(200);
    const body = await response.text();
    const records = href?.endsWith('.csv') ? csvParse(body).length : (JSON.parse(body) as unknown[]).length;
    expect(records, href ?? '').toBe(stated);
  }
});

test('events.json follows the public contract', async ({ request }) => {
  const events = (await (await request.get('/data/events.json')).json()) as Record<string, unknown>[];
  expect(events.length).toBeGreaterThanOrEqual(90);
  for (const event of events) {
    expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['day', 'month', 'year']).toContain(event.datePrecision);
    expect(Array.isArray(event.actors) && Array.isArray(event.sources) && Array.isArray(event.respondsTo)).toBe(true);
    expect(event.casualties).toHaveProperty('killed');
  }
  const dates = events.map((e) => e.date as string);
  expect(dates).toEqual([...dates].sort());
});

test('the data dictionary opens from the keyboard and lists the attribution values', async ({ page }) => {
  await page.goto('/data/');
  const events = page.locator('summary', { hasText: 'events.json' });
  await events.focus();
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'Fields of events.json' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /actors\[\]\.attribution/ })).toContainText('unattributed');
});

test('the dictionary prints open', async ({ page }) => {
  await page.goto('/data/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table', { name: 'Fields of sources.json' })).toBeVisible();
});

/** Search: alias-aware ranking over the real index, the page's form, filters and the "/" shortcut. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { WCAG_TAGS } from './support/site.ts';

/** A query a reader might type, and the pages any one of which must be among the first three results. */
const QUERIES: [string, string[]][] = [
  ['Kataeb Hizballah', ['/factions/kataib-hezbollah/']],
  ["Kata'ib Hezbollah", ['/factions/kataib-hezbollah/']],
  ['KH', ['/factions/kataib-hezbollah/']],
  ['كتائب حزب الله', ['/factions/kataib-hezbollah/']],
  ['Hashd', ['/glossary/', '/start/', '/factions/']],
  ['PMU', ['/glossary/', '/start/', '/factions/']],
  ['al-Muhandis', ['/people/abu-mahdi-al-muhandis/']],
  ['Abu Mahdi al-Mohandes', ['/people/abu-mahdi-al-muhandis/']],
  ['Asaib Ahl al-Haq', ['/factions/asaib-ahl-al-haq/']],
  ['AAH', ['/factions/asaib-ahl-al-haq/']],
  ['Badr Organization', ['/factions/badr-organization/']],
  ['Nujaba', ['/factions/harakat-hezbollah-al-nujaba/']],
  ['Kataib Sayyid al-Shuhada', ['/factions/kataib-sayyid-al-shuhada/']],
  ['Peace Brigades', ['/factions/saraya-al-salam/']],
  ['Qais Khazali', ['/people/qais-al-khazali/']],
  ['Soleimani', ['/people/qasem-soleimani/']],
  ['Sistani', ['/people/ali-al-sistani/']],
  ['Muqtada al-Sadr', ['/people/muqtada-al-sadr/']],
  ['Hadi al-Amiri', ['/people/hadi-al-amiri/']],
  ['Falih al-Fayyadh', ['/people/falih-al-fayyadh/']],
  ['fatwa', ['/glossary/', '/history/', '/start/']],
  ['Tower 22', ['/history/', '/by-night/', '/teach/claims-denials-evidence/']],
];

/** The first three result URLs, asked of the built index the way the search page asks it. */
async function topResults(page: Page, query: string): Promise<string[]> {
  // Written as a string: the index module exists only in the built site, not for the type checker.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ ranking: { pageLength: 0.25 } });
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

test(`${QUERIES.length} reader queries, in any spelling, find the right page among the first three`, async ({ page }) => {
  await page.goto('/search/');
  const misses: string[] = [];
  for (const [query, expected] of QUERIES) {
    const top = await topResults(page, query);
    if (!top.some((url) => expected.includes(url)))
      misses.push(`“${query}” → ${top.join(', ') || 'nothing'} (wanted ${expected.join(' or ')})`);
  }
  expect(QUERIES.length).toBeGreaterThanOrEqual(20);
  expect(misses).toEqual([]);
});

test('the search page searches as you type, filters by kind, keeps the query in the address and passes axe', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-query').fill('Khazali');
  await expect(page.locator('[data-search-status]')).toHaveText(/pages? match “Khazali”/);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Person' }).check();
  await expect(page).toHaveURL(/\?q=Khazali&kind=Person$/);
  // The filtered search replaces the list once it answers; then every result is a person's page.
  await expect
    .poll(async () => {
      const kinds = await page.locator('[data-search-results] .result-kind').allTextContents();
      return kinds.length > 0 && kinds.every((kind) => kind.includes('Person'));
    })
    .toBe(true);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the header form and the / shortcut lead to results', async ({ page }) => {
  await page.goto('/history/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('Nujaba');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Nujaba/);
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /nujaba/);
});

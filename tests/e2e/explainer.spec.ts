/** The explainer pages: citations, glossary tooltips, key facts and profiles. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { WCAG_TAGS } from './support/site.ts';

const PAGES = ['/start/', '/history/', '/escalation-2019-2020/', '/by-day/', '/by-night/', '/perspectives/'];
const PROFILED = [
  'badr-organization',
  'kataib-hezbollah',
  'asaib-ahl-al-haq',
  'harakat-hezbollah-al-nujaba',
  'kataib-sayyid-al-shuhada',
  'saraya-al-salam',
];

test('every citation on the explainer pages points to a numbered source with a link', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    const targets = await page.locator('sup.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(targets.length, path).toBeGreaterThan(10);
    for (const target of new Set(targets)) {
      const item = page.locator(target);
      await expect(item, `${path} ${target}`).toHaveCount(1);
      await expect(item.locator('a[href^="http"]'), `${path} ${target}`).toHaveCount(1);
    }
    await expect(page.getByText(/Facts checked as of .* min read/), path).toBeVisible();
    await expect(page.locator('#summary-heading'), path).toHaveText('The short version');
  }
});

test('a glossary term shows its definition on keyboard focus and Escape hides it', async ({ page }) => {
  await page.goto('/start/');
  const term = page.locator('a[data-term]').first();
  const target = await term.getAttribute('href');
  expect(target).toMatch(/^\/glossary\/#[a-z-]+$/);
  await term.focus();
  const tip = page.locator('.term-tip:popover-open');
  await expect(tip).toHaveCount(1);
  await expect(term).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? '');
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await term.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target?.replace('#', '#')}$`));
  await expect(page.locator(`[id="${target?.split('#')[1]}"]`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a glossary term is a plain link and its definition stays out of the text', async ({ page }) => {
    await page.goto('/start/');
    await expect(page.locator('a[data-term]').first()).toHaveAttribute('href', /\/glossary\/#/);
    await expect(page.locator('.term-tip').first()).toBeHidden();
  });
});

test('the glossary lists at least 40 terms, each with an anchor, a definition and a source', async ({ page }) => {
  await page.goto('/glossary/');
  const entries = page.locator('.term-entry');
  expect(await entries.count()).toBeGreaterThanOrEqual(40);
  for (const id of [
    'hashd',
    'fatwa',
    'marja',
    'wilayat-al-faqih',
    'quds-force',
    'muqawama',
    'katyusha',
    'fto',
    'sdgt',
    'fatah-alliance',
    'green-zone',
  ]) {
    const entry = page.locator(`[id="${id}"]`);
    await expect(entry, id).toHaveCount(1);
    await expect(entry.locator('dd sup.cite a').first(), id).toBeVisible();
  }
});

test('every faction with a profile shows key facts, the five profile sections and its events', async ({ page }) => {
  for (const id of PROFILED) {
    await page.goto(`/factions/${id}/`);
    await expect(page.getByRole('complementary', { name: 'Key facts' }), id).toBeVisible();
    for (const section of ['Origins', 'Aims, in its own words', 'In politics', 'Armed activity', 'Iran and Najaf']) {
      await expect(page.getByRole('heading', { level: 2, name: section }), `${id}: ${section}`).toBeVisible();
    }
    await expect(page.locator('pmf-timeline'), id).toHaveCount(1);
  }
});

test('the factions index groups every faction by its current and links each page', async ({ page }) => {
  await page.goto('/factions/');
  for (const heading of ['Iran-aligned', 'Shrine units (Najaf)', 'Sadrist', 'Sunni tribal']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  const links = await page.locator('.cards a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThanOrEqual(20);
  expect(links).toContain('/factions/kataib-hezbollah/');
});

test('the corrections log shows what changed, with a source', async ({ page }) => {
  await page.goto('/corrections/');
  const first = page.locator('.log li').first();
  await expect(first.getByText('It said:')).toBeVisible();
  await expect(first.getByText('It now says:')).toBeVisible();
  await expect(first.locator('sup.cite a')).toHaveCount(1);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

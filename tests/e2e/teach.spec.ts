/** Teaching material: the hub, lessons, printable handouts, quizzes, reading levels, citations and embeds. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { pdfPages } from '../support/pdf.ts';
import { WCAG_TAGS } from './support/site.ts';

const HANDOUTS_DIR = resolve(process.env.PMF_CONTENT_DIR ?? 'content', 'handouts');
const handouts = readdirSync(HANDOUTS_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = parse(readFileSync(join(HANDOUTS_DIR, f), 'utf8').split('---')[1] ?? '') as {
      lesson: string;
      kind: string;
      maxPages: number;
    };
    return { path: `/teach/${front.lesson}/${front.kind === 'answers' ? 'answers' : 'handout'}/`, maxPages: front.maxPages };
  });

/** Pages in a PDF as Chromium writes it: one page object per printed page. */

test('the teachers’ hub lists at least four lessons with handouts, and passes axe', async ({ page }) => {
  await page.goto('/teach/');
  const lessons = page.locator('.lessons > li');
  expect(await lessons.count()).toBeGreaterThanOrEqual(4);
  for (const lesson of await lessons.all()) {
    await expect(lesson.getByRole('link', { name: 'Student handout' })).toBeVisible();
    await expect(lesson.getByRole('link', { name: 'Answer key' })).toBeVisible();
  }
  for (const heading of [
    'One lesson',
    'A three-lesson sequence',
    'A one-week unit',
    'Teaching a sensitive subject',
    'How to cite and share',
  ]) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.locator('table tbody tr')).toHaveCount(await page.locator('table tbody tr').count());
  expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(8);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('every lesson has its plan sections, standards, materials and a quiz', async ({ page }) => {
  await page.goto('/teach/');
  const links = await page.locator('.lessons h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of links) {
    await page.goto(href);
    const glance = page.getByRole('complementary', { name: 'The lesson at a glance' });
    await expect(glance.getByText(/D[1-4]\.[A-Za-z.0-9]*9-12/).first(), href).toBeVisible();
    for (const section of ['Warm-up', 'Activities', 'Discussion questions', 'Assessment', 'Differentiation', 'Extension']) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${section}`) }), `${href}: ${section}`).toBeVisible();
    }
    await expect(page.locator('[data-quiz] .question'), href).not.toHaveCount(0);
  }
});

for (const { path, maxPages } of handouts) {
  test(`${path} prints on at most ${maxPages} A4 and Letter pages, no chart cut across pages`, async ({ page }) => {
    await page.goto(path);
    for (const format of ['A4', 'Letter'] as const) {
      const pages = pdfPages(await page.pdf({ format }));
      expect(pages, `${path} on ${format}`).toBeLessThanOrEqual(maxPages);
      expect(pages, `${path} on ${format}`).toBeGreaterThanOrEqual(1);
    }
    await expectChartsWhole(page, path);
  });
}

/** In print, every chart must avoid page breaks inside it and be shorter than a printed page. */
async function expectChartsWhole(page: Page, path: string) {
  await page.emulateMedia({ media: 'print' });
  const charts = await page.locator('.timeline figure').evaluateAll((figures) =>
    figures.map((f) => ({
      breakInside: getComputedStyle(f).breakInside,
      height: f.getBoundingClientRect().height,
    })),
  );
  for (const chart of charts) {
    expect(chart.breakInside, path).toBe('avoid');
    // An A4 page at 96 px per inch, less the margins, is about 1,030 px tall.
    expect(chart.height, path).toBeLessThan(1030);
  }
  await page.emulateMedia({ media: 'screen' });
}

test.describe('a quiz without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('reveals each answer in a native disclosure', async ({ page }) => {
    await page.goto('/start/');
    const first = page.locator('[data-quiz] .question').first();
    await expect(first.locator('details p')).toBeHidden();
    await first.locator('summary').click();
    await expect(first.locator('details p')).toBeVisible();
    await expect(first.locator('details a')).toHaveAttribute('href', /^\/start\/(#[a-z0-9-]+)?$/);
  });
});

test('a quiz answers at once, from the keyboard, in a live region', async ({ page }) => {
  await page.goto('/start/');
  const question = page.locator('[data-quiz] .question').first();
  const answer = Number(await question.getAttribute('data-answer'));
  const radios = question.locator('input[type="radio"]');
  const wrong = answer === 0 ? 1 : 0;
  await radios.nth(wrong).focus();
  await page.keyboard.press('Space');
  await expect(question.locator('[data-feedback]')).toHaveText(/Not quite/);
  await expect(question.locator('[data-feedback]')).toHaveAttribute('aria-live', 'polite');
  await radios.nth(answer).check();
  await expect(question.locator('[data-feedback]')).toHaveText('Right.');
  const results = await new AxeBuilder({ page }).include('[data-quiz]').withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the short version and the escalation page switch between two reading levels', async ({ page }) => {
  for (const path of ['/start/', '/escalation-2019-2020/']) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Reading level' });
    await expect(nav.getByRole('link', { name: 'Standard' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Easier reading' }).click();
    await expect(page).toHaveURL(new RegExp(`${path}simple/$`));
    await expect(page.getByRole('navigation', { name: 'Reading level' }).getByRole('link', { name: 'Easier reading' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const grade = Number((await page.getByText(/Reading level: grade \d+/).textContent())?.match(/grade (\d+)/)?.[1]);
    expect(grade, `${path}simple/`).toBeLessThanOrEqual(8);
  }
});

test('cite this page gives APA, MLA and Chicago and copies them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/history/');
  const box = page.locator('details.cite-this');
  await box.locator('summary').click();
  await expect(box.locator('#citation-webpage-apa')).toContainText('The PMF Explained. (20');
  await expect(box.locator('#citation-webpage-mla')).toContainText('“History: 2014 to Today.”');
  await expect(box.locator('#citation-webpage-chicago')).toContainText('History: 2014 to Today');
  await box.getByRole('button', { name: 'Copy MLA' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('History: 2014 to Today');
  await page.goto('/data/');
  await expect(page.locator('#citation-dataset-apa')).toHaveCount(1);
});

test('every section heading offers a link to itself', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/history/');
  const heading = page.locator('article h2[id]:not([id$="-heading"])').nth(1);
  const id = await heading.getAttribute('id');
  await heading.locator('button.heading-link').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/history/#${id}$`));
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test('the embed shows the timeline view it was made from, with minimal chrome', async ({ page }) => {
  await page.goto('/timeline/');
  await page.locator('details.embed-code summary').click();
  await expect(page.locator('#embed-code-text')).toHaveValue(/<iframe src="http[^"]*\/embed\/timeline\/"/);
  await page.goto('/embed/timeline/?event=2019-12-27-k1-air-base-rocket-attack');
  await expect(page.locator('header.site-header')).toHaveCount(0);
  await expect(page.locator('[data-panel]')).toBeVisible();
  await expect(page.locator('[data-panel-title]')).toContainText('K-1');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

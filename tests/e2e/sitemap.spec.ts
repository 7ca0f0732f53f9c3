/** Every page in the sitemap loads, passes axe in both themes, and keeps its content without JavaScript. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths, WCAG_TAGS } from './support/site.ts';

test('the sitemap lists the home, method and data pages', async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect(paths).toEqual(expect.arrayContaining(['/', '/method/', '/data/']));
});

test('every sitemap URL answers 200 with a title and one h1', async ({ request, page }) => {
  for (const path of await sitemapPaths(request)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page, path).toHaveTitle(/\S/);
    await expect(page.locator('h1'), path).toHaveCount(1);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A/AA violations in the ${theme} theme`, async ({ request, page }) => {
    test.setTimeout(540_000);
    await page.emulateMedia({ colorScheme: theme });
    for (const path of await sitemapPaths(request)) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `${path} (${theme})`).toEqual([]);
    }
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every page keeps its heading, text and navigation', async ({ request, page }) => {
    for (const path of await sitemapPaths(request)) {
      await page.goto(path);
      await expect(page.locator('h1'), path).toBeVisible();
      const words = ((await page.locator('main').textContent()) ?? '').split(/\s+/).length;
      expect(words, `${path} has readable content`).toBeGreaterThan(40);
      await expect(page.getByRole('navigation', { name: 'Main' }), path).toBeVisible();
      await expect(page.locator('theme-toggle'), 'the toggle needs JavaScript, so it is hidden').toBeHidden();
    }
  });
});

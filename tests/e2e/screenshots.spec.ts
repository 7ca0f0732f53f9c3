/**
 * Screenshots of one page of every template at phone and desktop widths in both themes, written to
 * screenshots/ (git-ignored) for people to look at; every page is checked for sideways scrolling.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths, TEMPLATES } from './support/site.ts';

const widths = [375, 1280];
const themes = ['light', 'dark'] as const;

test('no page scrolls sideways at 320 px', async ({ request, page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways at 320px`).toBeLessThanOrEqual(0);
  }
});

test('one page of every template at 375 and 1280 px, light and dark', async ({ page }) => {
  test.setTimeout(300_000);
  for (const path of TEMPLATES) {
    for (const width of widths) {
      for (const theme of themes) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
        const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '_');
        await page.screenshot({ path: `screenshots/${name}-${width}-${theme}.png`, fullPage: true });
      }
    }
  }
});

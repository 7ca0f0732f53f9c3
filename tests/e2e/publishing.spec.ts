/**
 * Publishing: link previews and structured data on every page, the changelog and feed, the reader
 * packet on screen and on paper.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { compareVersions } from '../../src/lib/data/schemas/releases.ts';
import { pdfPages } from '../support/pdf.ts';
import { sitemapPaths, WCAG_TAGS } from './support/site.ts';

const meta = (page: Page, selector: string) => page.locator(selector).first().getAttribute('content');

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('every page has a title, description, canonical URL, share card with its own image, and JSON-LD', async ({ page, request }) => {
  test.setTimeout(180_000);
  const images = new Set<string>();
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname, path).toBe(path);
    expect((await meta(page, 'meta[name="description"]'))?.length, `${path} description`).toBeGreaterThan(30);
    expect(await meta(page, 'meta[property="og:title"]'), path).toBeTruthy();
    expect(await meta(page, 'meta[name="twitter:card"]'), path).toBe('summary_large_image');
    const image = new URL((await meta(page, 'meta[property="og:image"]')) ?? '').pathname;
    images.add(image);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks, `${path} JSON-LD`).toHaveLength(1);
    const data = JSON.parse(blocks[0] ?? '{}') as { '@type': string; url?: string };
    const expected =
      path === '/' ? 'WebSite' : path === '/data/' ? 'Dataset' : /^\/teach\/[^/]+\/$/.test(path) ? 'LearningResource' : 'Article';
    expect(data['@type'], path).toBe(expected);
  }
  // Each page has an image of its own, and each one is a real 1200 × 630 PNG.
  expect(images.size).toBeGreaterThan(70);
  for (const image of images) {
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
});

test('the footer gives the version, links its changelog entry, the corrections log and the feed', async ({ page }) => {
  for (const path of ['/', '/history/', '/teach/', '/factions/kataib-hezbollah/']) {
    await page.goto(path);
    const footer = page.locator('footer.site-footer');
    await expect(footer.getByRole('link', { name: 'Corrections' }), path).toHaveAttribute('href', '/corrections/');
    await expect(footer, path).toContainText(/Version \d+\.\d+\.\d+, released/);
  }
  await page
    .locator('footer')
    .getByRole('link', { name: /^\d+\.\d+\.\d+$/ })
    .click();
  await expect(page).toHaveURL(/\/changelog\/#v\d+-\d+-\d+$/);
  const target = page.locator(':target');
  await expect(target).toHaveJSProperty('tagName', 'H2');
});

test('the changelog lists every release, newest first, and passes axe', async ({ page }) => {
  await page.goto('/changelog/');
  const versions = (await page.locator('.release h2').allTextContents()).map((t) => t.split(' · ')[0] ?? '');
  expect(versions.length).toBeGreaterThanOrEqual(6);
  expect(versions).toEqual([...versions].sort((a, b) => compareVersions(b, a)));
  expect(new Set(versions).size).toBe(versions.length);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
});

test('the feed is valid RSS with every release and every correction', async ({ page, request }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto('/changelog/');
  const releases = await page.locator('.release').count();
  await page.goto('/corrections/');
  const corrections = await page.locator('.log > li').count();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return {
      root: doc.documentElement.nodeName,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
        date: item.querySelector('pubDate')?.textContent ?? '',
      })),
    };
  }, xml);
  expect(parsed?.root).toBe('rss');
  expect(parsed?.items.filter((i) => i.title.startsWith('Version '))).toHaveLength(releases);
  expect(parsed?.items.filter((i) => i.title.startsWith('Correction'))).toHaveLength(corrections);
  for (const item of parsed?.items ?? []) {
    expect(new URL(item.link).hash, item.title).toMatch(/^#.+/);
    expect(Number.isNaN(Date.parse(item.date)), item.title).toBe(false);
  }
});

test.describe('reader packet', () => {
  test('holds the six core pages in order, timelines as lists and one table, one source list, no duplicate ids', async ({ page }) => {
    await page.goto('/reader/');
    const sections = await page.locator('.reader-title').allTextContents();
    expect(sections.slice(0, 6)).toEqual([
      'The short version',
      'History: 2014 to today',
      'The 2019–2020 escalation',
      'By day: the factions in politics',
      'By night: the factions as armed groups',
      'How different sides see the PMF',
    ]);
    await expect(page.locator('pmf-timeline')).toHaveCount(0);
    // Slices print as dated lists; the whole timeline is the one table.
    expect(await page.locator('.timeline-as-table .event-list').count()).toBeGreaterThan(8);
    await expect(page.locator('.timeline-as-table table')).toHaveCount(1);
    // Charts are named, not drawn.
    await expect(page.locator('main svg[role="img"], main svg[role="group"]')).toHaveCount(0);
    expect(await page.locator('.figure-online').count()).toBeGreaterThan(3);
    const allEvents = page.locator('section[aria-labelledby="full-timeline"] tbody tr');
    expect(await allEvents.count()).toBeGreaterThan(100);
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicates).toEqual([]);
    // Every in-page link lands on something.
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((h) => !document.getElementById(h.slice(1))),
    );
    expect(broken).toEqual([]);
    await expect(page.locator('#references-heading')).toHaveCount(1);
    // The pages' own headings sit one level under their section's title.
    const levels = await page.evaluate(() =>
      [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5')].map((h) => Number(h.tagName[1])),
    );
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 1), `heading ${i}`).toBeLessThanOrEqual(1);
    });
  });

  test('passes axe', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/reader/');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });

  test('prints to a sensible number of A4 pages with the site chrome left out', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/reader/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header nav')).toBeHidden();
    await expect(page.locator('.reader-contents')).toBeVisible();
    const pages = pdfPages(await page.pdf({ format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } }));
    console.log(`reader packet: ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(20);
    expect(pages).toBeLessThan(160);
  });
});

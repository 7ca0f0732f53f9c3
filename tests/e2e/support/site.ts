import type { APIRequestContext, Page } from '@playwright/test';

/** Every page path listed in the built sitemap, read the way a crawler would. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname));
  }
  return paths;
}

/** Pins the colour scheme the way a reader's system setting would. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}

/** The pages every template test visits: read from the sitemap at collection time via this list. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One page of every template: home, prose, indexes, profiles, lessons, handouts, data, timeline, embed. */
export const TEMPLATES = [
  '/',
  '/start/',
  '/start/simple/',
  '/history/',
  '/factions/',
  '/factions/kataib-hezbollah/',
  '/people/',
  '/people/qais-al-khazali/',
  '/glossary/',
  '/sources/',
  '/corrections/',
  '/teach/',
  '/teach/reading-the-escalation/',
  '/teach/reading-the-escalation/handout/',
  '/timeline/',
  '/data/',
  '/method/',
  '/search/',
  '/changelog/',
  '/reader/',
  '/embed/timeline/',
];

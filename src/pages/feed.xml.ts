/**
 * /feed.xml: an RSS feed of the site's releases and of every correction to its facts, so teachers
 * who assigned a page learn when it changed.
 */

import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { releaseId } from '../lib/data/schemas/releases.ts';
import { site } from '../lib/site/site.ts';
import { releases } from '../server/releases.ts';

export async function GET(context: APIContext) {
  const origin = context.site;
  if (!origin) throw new Error('The feed needs `site` in astro.config.mjs to write absolute links.');
  const base = import.meta.env.BASE_URL;
  const link = (path: string) => new URL(`${base}${path.replace(/^\//, '')}`, origin).href;
  const releaseItems = (await releases()).map((release) => ({
    title: `Version ${release.version}: ${release.title}`,
    link: link(`/changelog/#${releaseId(release.version)}`),
    pubDate: new Date(`${release.date}T12:00:00Z`),
    description: release.summary,
    content: `<p>${escapeHtml(release.summary)}</p><ul>${release.changes
      .map((c) => `<li>${c.kind[0]?.toUpperCase()}${c.kind.slice(1)}: ${escapeHtml(c.text)}</li>`)
      .join('')}</ul>`,
    categories: ['Release'],
  }));
  const correctionItems = (await getCollection('corrections')).map((correction) => ({
    title: `Correction: ${correction.data.record ?? correction.data.page}`,
    link: link(`/corrections/#${correction.id}`),
    pubDate: new Date(`${correction.data.date}T12:00:00Z`),
    description: `It said: ${correction.data.was} It now says: ${correction.data.now}`,
    categories: ['Correction'],
  }));
  return rss({
    title: `${site.name}: changes and corrections`,
    description: `New versions of ${site.name} and every correction to its facts.`,
    site: link('/'),
    items: [...releaseItems, ...correctionItems].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    customData: '<language>en</language>',
    trailingSlash: false,
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

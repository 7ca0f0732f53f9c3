/**
 * `npm run check:base-path`: builds the site as a project page would host it, under /pmf/ on
 * another origin, into a temporary folder, then crawls it with the link checker and checks that
 * nothing escapes the base path: page links, assets, the sitemap, share images, the feed and the
 * service worker's precache list. Prints what it checked; fails on the first escape.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE = '/pmf/';
const SITE = 'https://pmf.example.org';
const out = mkdtempSync(join(tmpdir(), 'pmf-base-'));
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  BASE_PATH: BASE,
  SITE_URL: SITE,
  PMF_OUT_DIR: out,
  PMF_CACHE_DIR: 'node_modules/.astro-base-path',
};
const started = Date.now();
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8' });
  if (result.status !== 0) {
    console.log(result.stdout);
    throw new Error(`${command} ${args.join(' ')} failed under BASE_PATH=${BASE}`);
  }
  return result.stdout;
};

try {
  run('npx', ['astro', 'build']);
  const problems: string[] = [];
  const html = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  for (const file of html) {
    const text = readFileSync(join(out, file), 'utf8');
    for (const [, attribute, url] of text.matchAll(/\s(href|src|action)="(\/[^"]*)"/g)) {
      if (!url?.startsWith('//') && !url?.startsWith(BASE)) problems.push(`${file}: ${attribute}="${url}" is outside ${BASE}`);
    }
    for (const [, url] of text.matchAll(/<meta property="og:(?:image|url)" content="([^"]+)"/g)) {
      if (!url?.startsWith(`${SITE}${BASE}`)) problems.push(`${file}: og URL ${url} is outside ${SITE}${BASE}`);
    }
  }
  const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  for (const loc of locations) if (!loc.startsWith(`${SITE}${BASE}`)) problems.push(`sitemap: ${loc} is outside ${SITE}${BASE}`);
  const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
  // The channel's own link is the site root, which the feed writes without its trailing slash.
  for (const [, link] of feed.matchAll(/<link>([^<]+)<\/link>/g)) {
    if (link !== `${SITE}${BASE.slice(0, -1)}` && !link?.startsWith(`${SITE}${BASE}`)) problems.push(`feed: ${link}`);
  }
  const worker = readFileSync(join(out, 'sw.js'), 'utf8');
  const precached = [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
  if (precached.length < 50) problems.push(`sw.js: only ${precached.length} precache entries found`);
  for (const url of precached) if (!url.startsWith(BASE)) problems.push(`sw.js: precaches ${url}, outside ${BASE}`);
  if (problems.length > 0) {
    console.log(problems.slice(0, 30).join('\n'));
    throw new Error(`${problems.length} URL(s) escape the base path ${BASE}.`);
  }
  console.log(
    `Base path ${BASE}: ${html.length} pages, ${locations.length} sitemap URLs and ${precached.length} precached files all under ${SITE}${BASE}.`,
  );
  console.log(run('node', ['scripts/check-links.ts']).trim().split('\n').at(-1));
  console.log(`Base path check finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

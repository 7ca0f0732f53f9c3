/**
 * `npm run check:links`: crawls the built site (dist/) with linkinator, following every internal
 * link and checking that each #anchor exists on its page. Fails on any broken internal link or
 * anchor. External links are not fetched (the build machine may be offline); they are listed, with
 * the pages that use them, in test-results/external-links.txt for a person to review.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { basePath, siteUrl } from '../src/lib/site/origin.ts';

const root = process.env.PMF_OUT_DIR ?? 'dist';

/** A port nothing is listening on, so the crawl never reaches some other server by accident. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  if (address === null || typeof address === 'string') throw new Error('Could not find a free port.');
  return address.port;
}

/**
 * linkinator serves `serverRoot`; under a base path the site has to sit at that sub-path, so a
 * temporary folder holds a link named after it that points at the build.
 */
function serverRootFor(base: string): { serverRoot: string; path: string } {
  if (base === '/') return { serverRoot: resolve(root), path: '/' };
  const folder = mkdtempSync(join(tmpdir(), 'pmf-links-'));
  const segments = base.replace(/^\/|\/$/g, '').split('/');
  mkdirSync(join(folder, ...segments.slice(0, -1)), { recursive: true });
  symlinkSync(resolve(root), join(folder, ...segments), 'dir');
  return { serverRoot: folder, path: base };
}

const port = await freePort();
const localOrigin = `http://127.0.0.1:${port}`;
// Canonical URLs, "cite this page" and embed codes are absolute on the public origin; they are
// this site's own pages, so the crawl checks them against the build.
const publicOrigin = new URL(siteUrl).origin;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isOwnSite = (link: string) => link.startsWith(localOrigin) || link.startsWith(publicOrigin);
/**
 * linkinator reports local links relative to its server ("pmf/history/#ref-1"), others in full;
 * both become the page's path on the site: "/history/#ref-1".
 */
const pagePath = (link: string) => {
  const path = link.replace(/^https?:\/\/[^/]+/, '').replace(/^\//, '');
  const base = basePath.slice(1);
  return `/${path.startsWith(base) ? path.slice(base.length) : path}`;
};
/** A link to one of this site's pages with a query string: a shared view of that page. */
const isView = (link: string) => (isOwnSite(link) || !/^[a-z]+:/i.test(link)) && new URL(link, `${localOrigin}/`).search !== '';
const external = new Map<string, Set<string>>();
const checker = new LinkChecker();
const started = Date.now();
const result = await checker.check({
  ...serverRootFor(basePath),
  port,
  recurse: true,
  checkFragments: true,
  concurrency: 20,
  urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(publicOrigin)}`), replacement: localOrigin }],
  linksToSkip: async (link) => {
    // A shared view of a page ("/timeline/?event=…") is the same file as the page: fetching and
    // parsing the megabyte timeline once per event would take minutes. They are checked below.
    if (isOwnSite(link) || !/^[a-z]+:/i.test(link)) return isView(link);
    if (!external.has(link)) external.set(link, new Set());
    return true;
  },
});
if (result.links.length < 2) throw new Error(`The crawl found ${result.links.length} link(s): is ${root}/ built?`);
const eventIds = new Set((JSON.parse(readFileSync(join(root, 'data', 'events.json'), 'utf8')) as { id: string }[]).map((e) => e.id));
/** A page view with a query: its page must exist, and an `event` it names must be in the data. */
function viewProblem(link: string): string | null {
  const url = new URL(link, `${localOrigin}/`);
  const path = pagePath(url.pathname).replace(/^\//, '');
  if (!existsSync(join(root, path, 'index.html'))) return 'no such page';
  const event = url.searchParams.get('event');
  return event !== null && !eventIds.has(event) ? `no event "${event}" in the data` : null;
}
const views = result.links.filter((l) => l.state === LinkState.SKIPPED && isView(l.url));
const brokenViews = views.flatMap((l) => {
  const problem = viewProblem(l.url);
  return problem ? [{ ...l, state: LinkState.BROKEN, status: 0, problem }] : [];
});
const broken = [...result.links.filter((l) => l.state === LinkState.BROKEN), ...brokenViews];
const checked = result.links.filter((l) => l.state === LinkState.OK).length + views.length - brokenViews.length;
for (const link of result.links) {
  if (link.state === LinkState.SKIPPED && link.parent) external.get(link.url)?.add(pagePath(link.parent));
}
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/external-links.txt',
  [...external.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, pages]) => `${url}\n  on ${[...pages].sort().join(', ')}`)
    .join('\n'),
);
for (const link of broken) {
  const why = 'problem' in link ? `${link.problem}` : `status ${link.status ?? '–'}`;
  console.log(`BROKEN ${pagePath(link.url)} (${why}) on ${link.parent ? pagePath(link.parent) : '?'}`);
}
console.log(
  `Links: ${checked} internal links and anchors OK (${views.length} of them shared views such as /timeline/?event=…, checked against the data), ${broken.length} broken; ${external.size} external links listed in test-results/external-links.txt (${((Date.now() - started) / 1000).toFixed(1)} s).`,
);
process.exitCode = broken.length === 0 ? 0 : 1;

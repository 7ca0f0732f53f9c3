/**
 * `npm run check:links`: crawls the built site (dist/) with linkinator, following every internal
 * link and checking that each #anchor exists on its page. Fails on any broken internal link or
 * anchor. External links are not fetched (the build machine may be offline); they are listed, with
 * the pages that use them, in test-results/external-links.txt for a person to review.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { LinkChecker, LinkState } from 'linkinator';

const root = process.env.PMF_OUT_DIR ?? 'dist';
/** "dist/history/#ref-1" or "http://localhost:5000/history/" → "/history/#ref-1". */
const pagePath = (link: string) => link.replace(/^https?:\/\/[^/]+/, '').replace(new RegExp(`^${root}`), '') || '/';
const external = new Map<string, Set<string>>();
const checker = new LinkChecker();
const started = Date.now();
const result = await checker.check({
  path: root,
  recurse: true,
  checkFragments: true,
  concurrency: 20,
  // Local links come back as paths inside dist/; anything with a scheme is another site.
  linksToSkip: async (link) => {
    if (!/^[a-z]+:/i.test(link) || /^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link)) return false;
    if (!external.has(link)) external.set(link, new Set());
    return true;
  },
});
const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
const checked = result.links.filter((l) => l.state === LinkState.OK).length;
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
for (const link of broken)
  console.log(`BROKEN ${pagePath(link.url)} (status ${link.status ?? '–'}) on ${link.parent ? pagePath(link.parent) : '?'}`);
console.log(
  `Links: ${checked} internal links and anchors OK, ${broken.length} broken; ${external.size} external links listed in test-results/external-links.txt (${((Date.now() - started) / 1000).toFixed(1)} s).`,
);
process.exitCode = broken.length === 0 ? 0 : 1;

/**
 * `npm run budgets`: bytes each built page makes a reader download, gzipped — HTML, CSS, JavaScript
 * (following the module imports) and fonts — against the budget of its kind, printed as a table.
 * Fails when a page is over. Kinds: text pages (no chart) must read without JavaScript and stay
 * ≤ 35 KB of HTML + CSS; pages with a chart may draw it in their HTML and load its enhancement
 * (≤ 30 KB of JS); /timeline/, which carries every event and four charts linked to it, has more
 * room for HTML but the same JS budget; the two
 * reference lists that grow with the dataset (sources, glossary) have their own HTML budget, and so
 * does the reader packet, which gathers six pages and every event into one page made for printing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.env.PMF_OUT_DIR ?? 'dist';
const KB = 1024;
const budgets = {
  text: { htmlCss: 35 * KB, js: 5 * KB },
  chart: { htmlCss: 140 * KB, js: 30 * KB },
  reference: { htmlCss: 110 * KB, js: 5 * KB },
  packet: { htmlCss: 220 * KB, js: 5 * KB },
  explorer: { htmlCss: 200 * KB, js: 30 * KB },
} as const;
const EXPLORERS = ['/timeline/'];
const REFERENCE_LISTS = ['/sources/', '/glossary/'];
const PACKETS = ['/reader/'];

const gz = (path: string) => gzipSync(readFileSync(path)).length;
const assetPath = (href: string) => join(root, href.replace(/^\//, ''));

/** A module's size plus everything it imports, each file counted once. */
function scriptBytes(entry: string, seen: Set<string>): number {
  if (seen.has(entry) || !existsSync(entry)) return 0;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const imports = [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => join(entry, '..', m[1] ?? ''));
  return gz(entry) + imports.reduce((sum, file) => sum + scriptBytes(file, seen), 0);
}

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : pages(path);
    return name === 'index.html' ? [path] : [];
  });
}

const rows = pages(root)
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    const path = `/${relative(root, file).replace(/index\.html$/, '')}`;
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce((sum, m) => sum + gz(assetPath(m[1] ?? '')), 0);
    const seen = new Set<string>();
    const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].reduce((sum, m) => sum + scriptBytes(assetPath(m[1] ?? ''), seen), 0);
    const fonts = [...html.matchAll(/href="([^"]+\.woff2?)"/g)].reduce((sum, m) => sum + gz(assetPath(m[1] ?? '')), 0);
    const kind = PACKETS.includes(path)
      ? 'packet'
      : EXPLORERS.includes(path)
        ? 'explorer'
        : REFERENCE_LISTS.includes(path)
          ? 'reference'
          : /<pmf-[a-z]+|<figure class="chart /.test(html)
            ? 'chart'
            : 'text';
    const budget = budgets[kind];
    const htmlBytes = gzipSync(html).length;
    const over = htmlBytes + css > budget.htmlCss || js > budget.js;
    return { path, kind, html: htmlBytes, css, js, fonts, over, budget };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

const kb = (n: number) => (n / KB).toFixed(1);
const header = ['page', 'kind', 'HTML', 'CSS', 'HTML+CSS (budget)', 'JS (budget)', 'fonts', ''];
const table = rows.map((r) => [
  r.path,
  r.kind,
  kb(r.html),
  kb(r.css),
  `${kb(r.html + r.css)} (${kb(r.budget.htmlCss)})`,
  `${kb(r.js)} (${kb(r.budget.js)})`,
  kb(r.fonts),
  r.over ? 'OVER' : '',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => (t[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log('Page weight in KB, gzipped\n');
console.log(line(header));
for (const row of table) console.log(line(row));
const over = rows.filter((r) => r.over);
console.log(
  `\n${rows.length} pages; ${over.length === 0 ? 'all within budget' : `${over.length} over budget: ${over.map((r) => r.path).join(', ')}`}.`,
);
process.exitCode = over.length === 0 ? 0 : 1;

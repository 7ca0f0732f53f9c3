/**
 * `npm run lighthouse`: Lighthouse (mobile settings: simulated slow 4G and a 4× slower CPU) on one
 * page of every template, driving the system Chromium, against the built site served gzipped from
 * dist/. Prints each page's scores with LCP, CLS and TBT, and fails when Performance is under 98
 * or Accessibility, Best Practices or SEO under 100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { TEMPLATES } from '../tests/e2e/support/site.ts';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../tests/support/chromium.ts';
import { serve } from './bench/serve.ts';

const PORT = 4395;
const root = process.env.PMF_OUT_DIR ?? 'dist';
const minimum = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
// The embed is marked noindex on purpose (it lives inside other sites), so SEO does not apply to it.
const pages = process.argv.includes('--pages')
  ? (process.argv[process.argv.indexOf('--pages') + 1] ?? '').split(',')
  : TEMPLATES.filter((path) => !path.startsWith('/embed/'));

const server = await serve(root, PORT);
const chrome = await chromeLauncher.launch({ chromePath: chromiumExecutable(), chromeFlags: [...CHROMIUM_FLAGS] });
const rows: string[][] = [];
const failures: string[] = [];
try {
  for (const path of pages) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(minimum),
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    const score = (id: keyof typeof minimum) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    for (const id of Object.keys(minimum) as (keyof typeof minimum)[]) {
      if (score(id) < minimum[id]) {
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a) => a.id)
          .slice(0, 6);
        failures.push(`${path} ${id} ${score(id)} < ${minimum[id]} (${failing.join(', ')})`);
      }
    }
    rows.push([
      path,
      String(score('performance')),
      String(score('accessibility')),
      String(score('best-practices')),
      String(score('seo')),
      `${(audit('largest-contentful-paint') / 1000).toFixed(2)} s`,
      audit('cumulative-layout-shift').toFixed(3),
      `${Math.round(audit('total-blocking-time'))} ms`,
    ]);
  }
} finally {
  chrome.kill();
  server.close();
}

const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log(`Lighthouse, mobile (thresholds: performance ≥ ${minimum.performance}, the rest = 100)\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(failures.length === 0 ? `\nAll ${rows.length} pages meet the thresholds.` : `\nUnder threshold:\n  ${failures.join('\n  ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;

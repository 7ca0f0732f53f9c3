/**
 * `npm run bench:timeline`: builds the site with 100, 1,000 and 10,000 synthetic events, opens the
 * timeline page in headless Chromium and prints what a reader would feel: time to first render and
 * to interactive (median of five loads after a warm-up), zoom steps (the first, and the median of six
 * more, in and out: single steps on a 2-core machine vary by tens of ms), one filter change, JS heap,
 * DOM nodes and the bytes shipped.
 * Figures, not pass/fail: the targets are printed beside them. Sizes: --sizes 100,1000
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../../tests/support/chromium.ts';
import { serve } from './serve.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? (process.argv[sizesArg + 1] ?? '').split(',').map(Number) : [100, 1000, 10000];
const targets: Record<number, number> = { 100: 200, 1000: 250, 10000: 500 };
const root = resolve('.tmp/bench-timeline');
const rows: string[][] = [];

for (const size of sizes) {
  const content = join(root, `content-${size}`);
  const out = join(root, `dist-${size}`);
  writeSyntheticContent(content, size, process.env.PMF_CONTENT_DIR ?? 'content');
  const started = Date.now();
  const build = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, PMF_CONTENT_DIR: content, PMF_OUT_DIR: out, PMF_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build with ${size} events failed:\n${build.stderr}${build.stdout}`);
  const buildSeconds = (Date.now() - started) / 1000;
  // Let the build's worker processes exit and its files settle before timing page loads.
  await new Promise((done) => setTimeout(done, 3000));
  const server = await serve(out, 4390);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
  // One warm-up load (browser start-up, disk cache), then the median of five cold page loads.
  const load = async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('http://127.0.0.1:4390/timeline/', { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('timeline:interactive').length > 0);
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      interactive: performance.getEntriesByName('timeline:interactive')[0]?.startTime ?? Number.NaN,
    }));
    return { page, timing };
  };
  await (await load()).page.close();
  const runs: { paint: number; interactive: number }[] = [];
  for (let i = 0; i < 4; i++) {
    const run = await load();
    runs.push(run.timing);
    await run.page.close();
  }
  const { page, timing: last } = await load();
  runs.push(last);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const timing = { paint: median(runs.map((r) => r.paint)), interactive: median(runs.map((r) => r.interactive)) };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const stepTime = (action: string) =>
    page.evaluate(async (what) => {
      const root = document.querySelector('pmf-timeline');
      const canvas = root?.querySelector<HTMLElement>('[data-canvas]');
      const t0 = performance.now();
      if (what === 'zoom in' || what === 'zoom out')
        canvas?.dispatchEvent(new KeyboardEvent('keydown', { key: what === 'zoom in' ? '+' : '-', bubbles: true }));
      else {
        const box = root?.querySelector<HTMLInputElement>('input[name="group"][value="politics"]');
        if (box) box.checked = !box.checked;
        box?.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return performance.now() - t0;
    }, action);
  const zoom = await stepTime('zoom in');
  const more: number[] = [];
  for (let i = 0; i < 3; i++) more.push(await stepTime('zoom in'), await stepTime('zoom out'));
  const zoomAgain = median(more);
  const filter = await stepTime('filter');
  const metrics = Object.fromEntries(
    ((await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[]).map((m) => [m.name, m.value]),
  );
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('script[src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname),
  );
  const jsGzip = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(out, src))).length, 0);
  const htmlGzip = gzipSync(readFileSync(join(out, 'timeline', 'index.html'))).length;
  await browser.close();
  server.close();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number) => `${Math.round(n)} ms`;
  rows.push([
    String(size),
    `${buildSeconds.toFixed(1)} s`,
    `${ms(timing.paint)} (≤ ${targets[size] ?? '–'})`,
    ms(timing.interactive),
    `${ms(zoom)} / ${ms(zoomAgain)} (≤ 50)`,
    ms(filter),
    `${((metrics.JSHeapUsedSize ?? 0) / 1048576).toFixed(1)} MB`,
    String(metrics.Nodes ?? ''),
    `${kb(jsGzip)} (≤ 30)`,
    kb(htmlGzip),
  ]);
}

const header = [
  'events',
  'build',
  'first render',
  'interactive',
  'zoom step 1st / median',
  'filter',
  'JS heap',
  'DOM nodes',
  'JS gz',
  'HTML gz',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' │ ');
console.log(`\nTimeline benchmark (headless Chromium, 1280×900, ${new Date().toISOString().slice(0, 10)})`);
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const row of rows) console.log(line(row));

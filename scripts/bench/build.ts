/**
 * `npm run bench:build`: how the build grows with the content. Builds the real content (1×), then a
 * copy with ten times the factions, people and events (10×: each faction and person copied nine
 * times under new ids, and nine times the number of events added as synthetic ones), and prints
 * build time and peak memory for each, and their ratios. Aim: 10× content in ≤ 10× the time.
 */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addSyntheticEvents } from './synthetic-content.ts';

const root = resolve('.tmp/bench-build');
const source = process.env.PMF_CONTENT_DIR ?? 'content';

/** Copies each record of a collection `copies` times under new ids ("<id>-copy-2", …). */
function multiply(dir: string, copies: number) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    for (let i = 2; i <= copies; i++) cpSync(join(dir, file), join(dir, file.replace(/\.yaml$/, `-copy-${i}.yaml`)));
  }
}

/** Runs `astro build` and samples its resident memory every 50 ms. */
function build(contentDir: string, outDir: string): Promise<{ seconds: number; peakMB: number; pages: number }> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: {
        ...process.env,
        PMF_CONTENT_DIR: contentDir,
        PMF_OUT_DIR: outDir,
        PMF_CACHE_DIR: join(outDir, '..', 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        peak = Math.max(peak, Number(rss ?? 0));
      } catch {}
    }, 50);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) return fail(new Error(`build of ${contentDir} failed:\n${output.slice(-2000)}`));
      const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
      done({ seconds: (Date.now() - started) / 1000, peakMB: peak / 1024, pages });
    });
  });
}

rmSync(root, { recursive: true, force: true });
const single = join(root, 'content-1x');
const tenfold = join(root, 'content-10x');
cpSync(source, single, { recursive: true });
cpSync(source, tenfold, { recursive: true });
multiply(join(tenfold, 'data', 'factions'), 10);
multiply(join(tenfold, 'data', 'people'), 10);
addSyntheticEvents(tenfold, readdirSync(join(source, 'data', 'events')).length * 9);

const one = await build(single, join(root, 'dist-1x'));
const ten = await build(tenfold, join(root, 'dist-10x'));
console.log(`\nBuild benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`);
console.log('content │ pages │ build time │ peak memory');
console.log('────────┼───────┼────────────┼────────────');
for (const [label, r] of [
  ['1×', one],
  ['10×', ten],
] as const) {
  console.log(
    `${label.padEnd(7)} │ ${String(r.pages).padStart(5)} │ ${`${r.seconds.toFixed(1)} s`.padStart(10)} │ ${`${r.peakMB.toFixed(0)} MB`.padStart(10)}`,
  );
}
console.log(
  `\n10× content took ${(ten.seconds / one.seconds).toFixed(1)}× the time (aim ≤ 10×) and ${(ten.peakMB / one.peakMB).toFixed(1)}× the memory; the real build took ${one.seconds.toFixed(1)} s (aim ≤ 20 s).`,
);
rmSync(root, { recursive: true, force: true });

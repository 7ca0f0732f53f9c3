/**
 * `npm run content:report`: per MDX page, profile, simpler version and lesson — words, citations, citations per 100 words,
 * reading grade (Flesch–Kincaid), glossary terms used — then the pages that need attention: no
 * citations, or a grade above 11 (main pages aim at grades 9–11).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scanMdx } from '../src/lib/content/mdx-scan.ts';
import { readingStats } from '../src/lib/content/reading.ts';
import { contentDir } from '../src/lib/data/paths.ts';

const MAX_GRADE = 11;
const rows: { file: string; words: number; cites: number; per100: number; grade: number | null; terms: number }[] = [];
for (const folder of ['pages', 'profiles', 'simple', 'lessons']) {
  const dir = join(contentDir(), folder);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const scan = scanMdx(readFileSync(join(dir, name), 'utf8'));
    const stats = readingStats(scan.prose);
    const cites = scan.components.filter((c) => c.name === 'Cite').length;
    const terms = new Set(scan.components.filter((c) => c.name === 'Term').map((c) => c.attributes.id)).size;
    rows.push({
      file: relative(contentDir(), join(dir, name)),
      words: stats.words,
      cites,
      per100: (cites / Math.max(stats.words, 1)) * 100,
      grade: stats.grade,
      terms,
    });
  }
}

const header = ['page', 'words', 'citations', 'per 100 words', 'grade', 'terms'];
const cells = rows.map((r) => [
  r.file,
  String(r.words),
  String(r.cites),
  r.per100.toFixed(1),
  r.grade === null ? '–' : r.grade.toFixed(1),
  String(r.terms),
]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
console.log(`Content report (${new Date().toISOString().slice(0, 10)})\n`);
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const c of cells) console.log(line(c));
const words = rows.reduce((s, r) => s + r.words, 0);
const cites = rows.reduce((s, r) => s + r.cites, 0);
console.log(
  `\n${rows.length} pages, ${words.toLocaleString('en-GB')} words, ${cites} citations (${((cites / words) * 100).toFixed(1)} per 100 words).`,
);
const uncited = rows.filter((r) => r.cites === 0);
const hard = rows.filter((r) => r.grade !== null && r.grade > MAX_GRADE);
console.log(`Pages with no citations: ${uncited.length === 0 ? 'none' : uncited.map((r) => r.file).join(', ')}`);
console.log(
  `Pages above grade ${MAX_GRADE}: ${hard.length === 0 ? 'none' : hard.map((r) => `${r.file} (${r.grade?.toFixed(1)})`).join(', ')}`,
);

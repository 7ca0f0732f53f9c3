/**
 * `npm run check:content`: the build's content checks without a build — every dataset record and
 * every MDX page and profile — printing each problem as file › record › field. Fast enough to run
 * after every edit.
 */
import { checkPages } from '../src/lib/content/check-pages.ts';
import { checkIntegrity } from '../src/lib/data/integrity.ts';
import { loadDataset } from '../src/lib/data/load.ts';
import { contentDir, dataDir } from '../src/lib/data/paths.ts';
import { formatProblem } from '../src/lib/data/problems.ts';

const { dataset, problems } = loadDataset(dataDir());
const all = [...problems, ...(problems.length === 0 ? checkIntegrity(dataset) : []), ...checkPages(contentDir(), dataset)];
for (const problem of all) console.log(formatProblem(problem));
const counts = Object.entries(dataset).map(([name, entries]) => `${entries.length} ${name}`);
console.log(all.length === 0 ? `Content valid: ${counts.join(', ')}.` : `\n${all.length} problem${all.length === 1 ? '' : 's'}.`);
process.exitCode = all.length === 0 ? 0 : 1;

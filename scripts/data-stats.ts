/**
 * `npm run data:stats`: prints what the dataset holds — counts per collection, per year, per
 * attribution status, and the share of events with casualty figures, day-precise dates and places.
 */
import { dataDir } from '../src/lib/data/paths.ts';
import { datasetStats } from '../src/lib/data/stats.ts';
import { loadValidDataset } from '../src/lib/data/validate.ts';

const stats = datasetStats(loadValidDataset(dataDir()));
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const table = (title: string, counts: Record<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, n] of Object.entries(counts)) console.log(`  ${key.padEnd(28)} ${String(n).padStart(5)}`);
};

table('Records per collection', stats.collections);
table('Events per year', stats.eventsPerYear);
console.log(`\nEvents in May 2019 – March 2020: ${stats.eventsInCorePeriod}`);
table('Events per type', stats.eventsPerType);
table('Events per severity (0–4)', stats.eventsPerSeverity);
table('Events by attribution (claimed > confirmed > attributed > denied > unattributed)', stats.eventAttribution);
table('Actor links per attribution status', stats.actorLinksPerAttribution);
table('Date precision', stats.datePrecision);
table('Place precision', stats.placePrecision);
console.log('\nShares of events');
console.log(`  with a casualty figure       ${percent(stats.shareWithCasualtyFigures)}`);
console.log(`  with a casualty range        ${percent(stats.shareWithCasualtyRange)}`);
console.log(`  with coordinates             ${percent(stats.shareWithCoordinates)}`);
console.log(`  dated to the day             ${percent(stats.shareDayPrecision)}`);
console.log(`  linked to an earlier event   ${percent(stats.shareWithResponses)}`);
console.log(
  `\nFactions and people without a sourced Arabic name: ${stats.missingArabicNames.length ? stats.missingArabicNames.join(', ') : 'none'}`,
);

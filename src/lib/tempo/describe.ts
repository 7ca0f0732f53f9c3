/**
 * Words for the tempo chart: the SVG's <desc> (what a screen reader hears instead of the picture),
 * the note on year-only events and the table's rows, all computed from the same buckets the chart draws.
 */
import { typeGroups } from '../timeline/model.ts';
import { type Bucket, bucketize, type Granularity, killedText, placeable, tallyKilled, yearOnly } from './buckets.ts';
import { countsText, findPeaks } from './layout.ts';
import type { TempoEvent } from './model.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 events dated only to the year are not shown." — or null when every event has a month. */
export function yearOnlyNote(events: readonly TempoEvent[]): string | null {
  const n = yearOnly(events).length;
  if (n === 0) return null;
  return `${plural(n, 'event')} dated only to the year ${n === 1 ? 'is' : 'are'} not shown: spreading ${n === 1 ? 'it' : 'them'} over months would invent a rhythm the sources do not give.`;
}

/** A summary of the chart at one granularity: span, busiest periods, reported deaths and gaps in the figures. */
export function describeTempo(events: readonly TempoEvent[], granularity: Granularity, peakCount = 2, peakSeparation = 12): string {
  const buckets = bucketize(events, granularity);
  const shown = placeable(events);
  if (buckets.length === 0 || shown.length === 0) return 'No events dated to the day or month are recorded, so there is nothing to chart.';
  const first = buckets[0] as Bucket;
  const last = buckets.at(-1) as Bucket;
  const parts = [
    `${plural(shown.length, 'event')} dated to the day or month, from ${first.longLabel} to ${last.longLabel}, counted per ${granularity}.`,
  ];
  const [peak, ...others] = findPeaks(buckets, peakCount, peakSeparation);
  if (peak) {
    const more = others.map((b) => `${b.longLabel} (${plural(b.total, 'event')})`);
    parts.push(
      `The busiest ${granularity} was ${peak.longLabel} with ${plural(peak.total, 'event')} (${countsText(peak.counts)}).` +
        (more.length > 0
          ? ` At least ${peakSeparation} months from it, the next peak${more.length === 1 ? ' was' : 's were'} ${more.join('; ')}.`
          : ''),
    );
  }
  const byKind = Object.fromEntries(typeGroups.map((g) => [g.key, shown.filter((e) => e.group === g.key).length])) as Bucket['counts'];
  parts.push(`In all, by kind: ${countsText(byKind)}.`);
  const killed = tallyKilled(shown);
  const incomplete = buckets.filter((b) => b.killed.unknown > 0).length;
  parts.push(
    `Reported deaths summed over the whole span: ${killed.min === killed.max ? killed.min : `${killed.min}–${killed.max}`}` +
      (incomplete > 0
        ? `; figures are incomplete for ${plural(incomplete, granularity)}, where ${plural(killed.unknown, 'violent event')} ha${killed.unknown === 1 ? 's' : 've'} no sourced death toll.`
        : '.'),
  );
  const note = yearOnlyNote(events);
  if (note) parts.push(note);
  return parts.join(' ');
}

export interface TempoTableRow {
  readonly key: string;
  readonly month: string;
  readonly start: number;
  readonly end: number;
  readonly counts: Bucket['counts'];
  readonly total: number;
  readonly killed: string;
}

/** One row per month that has events (empty months are left out and the caption says so), plus the totals. */
export function tempoTable(events: readonly TempoEvent[]): { rows: TempoTableRow[]; totals: TempoTableRow } {
  const months = bucketize(events, 'month');
  const rows = months
    .filter((b) => b.total > 0)
    .map((b) => ({
      key: b.key,
      month: b.longLabel,
      start: b.start,
      end: b.end,
      counts: b.counts,
      total: b.total,
      killed: killedText(b.killed),
    }));
  const shown = placeable(events);
  const totals = {
    key: 'all',
    month: 'All months',
    start: months[0]?.start ?? 0,
    end: months.at(-1)?.end ?? 0,
    counts: Object.fromEntries(typeGroups.map((g) => [g.key, shown.filter((e) => e.group === g.key).length])) as Bucket['counts'],
    total: shown.length,
    killed: killedText(tallyKilled(shown)),
  };
  return { rows, totals };
}

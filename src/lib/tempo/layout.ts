/**
 * Monthly tempo layout: events → stacked columns per month by kind of event, a strip of reported
 * deaths below, year ticks and labels on the busiest periods. Pure (no DOM), so the build draws it
 * and the tests measure it. Too many months for the width → quarters, then years, decided here so
 * a phone never gets hair-thin columns or a horizontal scroll.
 */
import { scaleLinear } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { round } from '../timeline/axis.ts';
import { placeLabels, textWidth } from '../timeline/labels.ts';
import { type TypeGroupKey, typeGroups } from '../timeline/model.ts';
import { type Bucket, bucketize, coverage, type Granularity, intervals, type KilledTally, killedText } from './buckets.ts';
import type { TempoEvent } from './model.ts';

export interface TempoLayoutOptions {
  readonly width: number;
  /** Narrowest column worth drawing (px): below it months merge into quarters, then years. */
  readonly minColumn?: number;
  readonly countHeight?: number;
  readonly killedHeight?: number;
  /** How many peaks to label, at most. */
  readonly peaks?: number;
  /** Months that must separate two labelled peaks, so each label marks a distinct episode. */
  readonly peakSeparation?: number;
}

export interface TempoSegment {
  readonly group: TypeGroupKey;
  readonly count: number;
  readonly y: number;
  readonly height: number;
}

export interface TempoColumn {
  readonly key: string;
  readonly label: string;
  readonly longLabel: string;
  /** The period the column stands for (UTC ms, end exclusive), for linking with the timeline. */
  readonly start: number;
  readonly end: number;
  /** The column's slot (for hit areas) and the drawn bar inside it. */
  readonly slot: { readonly x: number; readonly width: number };
  readonly x: number;
  readonly width: number;
  readonly total: number;
  /** Top of the stack (y). */
  readonly top: number;
  readonly segments: readonly TempoSegment[];
  readonly killed: KilledTally;
  /** Solid part up to the summed minimum, light part from there to the summed maximum; null when none reported. */
  readonly killedBar: { readonly minY: number; readonly maxY: number } | null;
  /** A violent event in this period has no sourced death toll. */
  readonly incomplete: boolean;
  /** Tooltip: the period, its counts and its deaths in words. */
  readonly title: string;
}

export interface YearMark {
  readonly year: number;
  /** The calendar year (UTC ms, end exclusive): the window a reader picks with this year. */
  readonly from: number;
  readonly to: number;
  /** Grid line at 1 January, or null when the year began before the chart does. */
  readonly tickX: number | null;
  /** Centre of the year's columns; label null when thinned out or too narrow to read. */
  readonly labelX: number;
  readonly label: string | null;
}

export interface PeakLabel {
  readonly key: string;
  readonly text: string;
  readonly x: number;
  readonly left: number;
  readonly width: number;
  /** Text baseline. */
  readonly y: number;
  /** Leader line from under the label to the top of its column. */
  readonly lineY1: number;
  readonly lineY2: number;
}

export interface TempoGeometry {
  readonly width: number;
  readonly height: number;
  readonly granularity: Granularity;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly killedPlot: { readonly top: number; readonly bottom: number };
  readonly titles: {
    readonly counts: { readonly y: number; readonly text: string };
    readonly killed: { readonly y: number; readonly text: string };
  };
  readonly countTicks: readonly { readonly y: number; readonly label: string }[];
  readonly killedTicks: readonly { readonly y: number; readonly label: string }[];
  readonly yearLabelY: number;
  readonly columns: readonly TempoColumn[];
  readonly years: readonly YearMark[];
  readonly peaks: readonly PeakLabel[];
  /** Centre line of the "figures incomplete" markers. */
  readonly markerY: number;
}

export const FONT = 12;
const LINE = 16;
const RIGHT = 8;
const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'year'];

/** The finest granularity whose columns are at least `minColumn` wide across `plotWidth`. */
export function chooseGranularity(events: readonly TempoEvent[], plotWidth: number, minColumn: number): Granularity {
  const span = coverage(events);
  if (!span) return 'month';
  const fits = GRANULARITIES.find((g) => {
    const interval = intervals[g];
    const count = interval.range(interval.floor(new Date(span[0])), new Date(span[1])).length;
    return plotWidth / count >= minColumn;
  });
  return fits ?? 'year';
}

/** The `count` busiest periods, each at least `separation` months from a busier one (ties: earlier first). */
export function findPeaks(buckets: readonly Bucket[], count: number, separation: number): Bucket[] {
  const chosen: Bucket[] = [];
  const monthIndex = (b: Bucket) => utcMonth.count(new Date(0), new Date(b.start));
  for (const b of [...buckets].filter((b) => b.total > 0).sort((a, b) => b.total - a.total || a.start - b.start)) {
    if (chosen.length >= count) break;
    if (chosen.every((c) => Math.abs(monthIndex(c) - monthIndex(b)) >= separation)) chosen.push(b);
  }
  return chosen;
}

/**
 * "attacks and armed assaults: 5; political and legal events: 2" — the kinds present, in legend
 * order. Count after the noun, because the nouns are plural phrases that "1 …" would misuse.
 */
export function countsText(counts: Readonly<Record<TypeGroupKey, number>>): string {
  return typeGroups
    .filter((g) => counts[g.key] > 0)
    .map((g) => `${g.noun}: ${counts[g.key]}`)
    .join('; ');
}

export function layoutTempo(events: readonly TempoEvent[], options: TempoLayoutOptions): TempoGeometry {
  const { width, minColumn = 4, countHeight = 150, killedHeight = 48, peaks: peakCount = 2, peakSeparation = 12 } = options;
  if (!(width > 100)) throw new Error(`tempo layout: width must be over 100 px (got ${width})`);
  const granularity = chooseGranularity(events, width - 40 - RIGHT, minColumn);
  const buckets = bucketize(events, granularity);

  const maxTotal = Math.max(1, ...buckets.map((b) => b.total));
  const maxKilled = Math.max(1, ...buckets.map((b) => b.killed.max));
  const count = scaleLinear().domain([0, maxTotal]).nice();
  const killed = scaleLinear().domain([0, maxKilled]).nice();
  const countTickValues = count.ticks(4).filter(Number.isInteger);
  const killedTickValues = killed.ticks(2).filter(Number.isInteger);
  const left = Math.max(...[...countTickValues, ...killedTickValues].map((v) => textWidth(String(v), FONT))) + 10;
  const right = width - RIGHT;

  // Peak labels sit in rows above the plot, so they are placed before the plot's top is known.
  const step = buckets.length > 0 ? (right - left) / buckets.length : 0;
  const centreOf = (i: number) => left + (i + 0.5) * step;
  const peakBuckets = findPeaks(buckets, peakCount, peakSeparation);
  const placed = placeLabels(
    peakBuckets.map((b) => ({ id: b.key, x: centreOf(buckets.indexOf(b)), text: `${b.label}: ${b.total} events` })),
    [0, width],
    FONT,
  );
  const labelRows = placed.reduce((max, p) => Math.max(max, p.row + 1), 0);
  const countsTitleY = FONT + 2;
  const top = countsTitleY + 8 + labelRows * LINE + (labelRows > 0 ? 6 : 0);
  const bottom = top + countHeight;
  count.range([bottom, top]);
  const yearLabelY = bottom + LINE;
  const killedTitleY = bottom + 2.4 * LINE;
  const killedTop = killedTitleY + 8;
  const killedBottom = killedTop + killedHeight;
  killed.range([killedBottom, killedTop]);
  const markerY = killedBottom + 8;

  const gap = step >= 4 ? 1 : step >= 2.5 ? 0.5 : 0;
  const columns: TempoColumn[] = buckets.map((b, i) => {
    let stacked = 0;
    const segments = typeGroups.flatMap((g) => {
      const n = b.counts[g.key];
      if (n === 0) return [];
      const y0 = count(stacked);
      stacked += n;
      const y1 = count(stacked);
      return [{ group: g.key, count: n, y: round(y1), height: round(y0 - y1) }];
    });
    const k = b.killed;
    const killedBar = k.max > 0 ? { minY: round(killed(k.min)), maxY: round(Math.min(killed(k.max), killedBottom - 1.5)) } : null;
    const counts = countsText(b.counts);
    return {
      key: b.key,
      label: b.label,
      longLabel: b.longLabel,
      start: b.start,
      end: b.end,
      slot: { x: round(left + i * step), width: round(step) },
      x: round(left + i * step + gap / 2),
      width: round(step - gap),
      total: b.total,
      top: round(count(b.total)),
      segments,
      killed: k,
      killedBar,
      incomplete: k.unknown > 0,
      title: `${b.longLabel}: ${b.total === 0 ? 'no events' : `${b.total} event${b.total === 1 ? '' : 's'} (${counts})`}. Killed: ${killedText(k)}.`,
    };
  });

  const peaks = placed.map((p) => {
    const column = columns.find((c) => c.key === p.id);
    const y = countsTitleY + 8 + p.row * LINE + FONT;
    return {
      key: p.id,
      text: p.text,
      x: round(p.x),
      left: p.left,
      width: p.width,
      y,
      lineY1: y + 4,
      lineY2: round((column?.top ?? bottom) - 2),
    };
  });

  const titleFor = (text: string, short: string) => (textWidth(text, FONT) <= width ? text : short);
  return {
    width,
    height: round(markerY + 10),
    granularity,
    plot: { left, right, top, bottom },
    killedPlot: { top: killedTop, bottom: killedBottom },
    titles: {
      counts: { y: countsTitleY, text: titleFor(`Events per ${granularity}, stacked by kind`, `Events per ${granularity}`) },
      killed: {
        y: round(killedTitleY),
        text: titleFor(
          `Killed per ${granularity}: reported range (○ marks incomplete figures)`,
          `Killed per ${granularity} (○ incomplete figures)`,
        ),
      },
    },
    countTicks: countTickValues.map((v) => ({ y: round(count(v)), label: String(v) })),
    killedTicks: killedTickValues.map((v) => ({ y: round(killed(v)), label: String(v) })),
    yearLabelY,
    columns,
    years: yearMarks(columns, granularity, step, width),
    peaks,
    markerY,
  };
}

/**
 * One mark per calendar year: a grid line at 1 January and a label centred on the year's columns,
 * thinned to every 2nd or 5th year when crowded; a label that would leave the chart or touch its
 * neighbour is dropped (the grid line stays).
 */
function yearMarks(columns: readonly TempoColumn[], granularity: Granularity, step: number, width: number): YearMark[] {
  const perYear = { month: 12, quarter: 4, year: 1 }[granularity];
  const labelWidth = textWidth('2020', FONT);
  const every = [1, 2, 5, 10].find((n) => n * perYear * step >= labelWidth + 8) ?? 10;
  const years = [...new Set(columns.map((c) => new Date(c.start).getUTCFullYear()))];
  let lastRight = Number.NEGATIVE_INFINITY;
  return years.map((year) => {
    const inYear = columns.filter((c) => new Date(c.start).getUTCFullYear() === year);
    const first = inYear[0] as TempoColumn;
    const last = inYear.at(-1) as TempoColumn;
    const from = Date.UTC(year, 0, 1);
    const labelX = round((first.slot.x + last.slot.x + last.slot.width) / 2);
    const [x0, x1] = [labelX - labelWidth / 2, labelX + labelWidth / 2];
    const shown = year % every === 0 && x0 >= 0 && x1 <= width && x0 >= lastRight + 6;
    if (shown) lastRight = x1;
    return {
      year,
      from,
      to: Date.UTC(year + 1, 0, 1),
      tickX: first.start === from ? first.slot.x : null,
      labelX,
      label: shown ? String(year) : null,
    };
  });
}

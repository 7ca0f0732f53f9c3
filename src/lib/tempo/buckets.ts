/**
 * Events counted per month (or quarter, or year, when the chart is too narrow for months): per kind
 * of event, in total, and the summed range of reported deaths. Year-precision events are set aside
 * rather than spread over months, because spreading would invent a monthly rhythm the data lacks.
 */
import { type CountableTimeInterval, utcMonth, utcYear } from 'd3-time';
import { type TypeGroupKey, typeGroups } from '../timeline/model.ts';
import { checkTempoEvents, type TempoEvent, utcDay } from './model.ts';

export type Granularity = 'month' | 'quarter' | 'year';

export interface Bucket {
  /** "2019-12", "2019-Q4" or "2019". */
  readonly key: string;
  /** Start of the period (UTC ms). */
  readonly start: number;
  /** End of the period, exclusive (UTC ms). */
  readonly end: number;
  /** "Dec 2019", "Oct–Dec 2019" or "2019". */
  readonly label: string;
  /** "December 2019", "October–December 2019" or "2019". */
  readonly longLabel: string;
  readonly counts: Readonly<Record<TypeGroupKey, number>>;
  readonly total: number;
  readonly killed: KilledTally;
}

export interface KilledTally {
  /** Sums of the reported minimum and maximum over events that have a figure. */
  readonly min: number;
  readonly max: number;
  /** Events with a sourced figure. */
  readonly withFigures: number;
  /** Violent events with no sourced figure: while above 0, the sums are incomplete. */
  readonly unknown: number;
}

const quarter = utcMonth.every(3) as CountableTimeInterval;
export const intervals: Record<Granularity, CountableTimeInterval> = { month: utcMonth, quarter, year: utcYear };

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function names(start: Date, granularity: Granularity): { key: string; label: string; longLabel: string } {
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  const pad = String(month + 1).padStart(2, '0');
  if (granularity === 'year') return { key: String(year), label: String(year), longLabel: String(year) };
  if (granularity === 'quarter')
    return {
      key: `${year}-Q${month / 3 + 1}`,
      label: `${SHORT_MONTHS[month]}–${SHORT_MONTHS[month + 2]} ${year}`,
      longLabel: `${LONG_MONTHS[month]}–${LONG_MONTHS[month + 2]} ${year}`,
    };
  return { key: `${year}-${pad}`, label: `${SHORT_MONTHS[month]} ${year}`, longLabel: `${LONG_MONTHS[month]} ${year}` };
}

/** Events the chart can place in a month: those dated to the day or the month. */
export const placeable = (events: readonly TempoEvent[]) => events.filter((e) => e.precision !== 'year');
/** Events dated only to the year: counted in a note, never spread over months. */
export const yearOnly = (events: readonly TempoEvent[]) => events.filter((e) => e.precision === 'year');

/** The months the chart covers: from the first placeable event's month to the last one's, whole. */
export function coverage(events: readonly TempoEvent[]): [number, number] | null {
  const starts = placeable(events).map((e) => utcDay(e.date));
  if (starts.length === 0) return null;
  return [utcMonth.floor(new Date(Math.min(...starts))).getTime(), utcMonth.ceil(new Date(Math.max(...starts) + 1)).getTime()];
}

/**
 * One bucket per period across the coverage (empty periods included, so gaps show as gaps). An
 * event that lasted is counted once, in the period it began.
 */
export function bucketize(events: readonly TempoEvent[], granularity: Granularity): Bucket[] {
  checkTempoEvents(events);
  const span = coverage(events);
  if (!span) return [];
  const interval = intervals[granularity];
  const starts = interval.range(interval.floor(new Date(span[0])), new Date(span[1]));
  const byKey = new Map<string, TempoEvent[]>();
  for (const e of placeable(events)) {
    const key = names(interval.floor(new Date(utcDay(e.date))), granularity).key;
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  return starts.map((start) => {
    const { key, label, longLabel } = names(start, granularity);
    const inside = byKey.get(key) ?? [];
    const counts = Object.fromEntries(typeGroups.map((g) => [g.key, inside.filter((e) => e.group === g.key).length])) as Record<
      TypeGroupKey,
      number
    >;
    return {
      key,
      start: start.getTime(),
      end: interval.offset(start, 1).getTime(),
      label,
      longLabel,
      counts,
      total: inside.length,
      killed: tallyKilled(inside),
    };
  });
}

export function tallyKilled(events: readonly TempoEvent[]): KilledTally {
  const known = events.filter((e) => e.killed !== null);
  return {
    min: known.reduce((sum, e) => sum + (e.killed?.min ?? 0), 0),
    max: known.reduce((sum, e) => sum + (e.killed?.max ?? 0), 0),
    withFigures: known.length,
    unknown: events.filter((e) => e.violent && e.killed === null).length,
  };
}

/** Words for a death tally, never a 0 the data does not hold. */
export function killedText(k: KilledTally): string {
  const range = k.min === k.max ? String(k.min) : `${k.min}–${k.max}`;
  if (k.unknown === 0) return k.withFigures === 0 ? 'none recorded' : range;
  const unknown = `${k.unknown} violent event${k.unknown === 1 ? '' : 's'} without a figure`;
  return k.withFigures === 0 ? `not known (${unknown})` : `${range} reported; figures incomplete (${unknown})`;
}

/**
 * What the monthly tempo chart counts: each event's date, its timeline kind and its death toll.
 * `prepareTempo` turns the events collection (as `getCollection('events')` returns it) into this
 * plain input, so the layout never sees Astro types and tests can pass synthetic events.
 */
import type { Event } from '../data/schemas.ts';
import { groupOf, type TypeGroupKey, typeGroups } from '../timeline/model.ts';
import { type Citation, citationOf } from './citation.ts';

export interface TempoEvent {
  readonly id: string;
  /** "yyyy-mm-dd": the day, or the first day of the month or year the event is dated to. */
  readonly date: string;
  readonly precision: Event['datePrecision'];
  readonly group: TypeGroupKey;
  /**
   * False for acts without violence (severity 0: a vote, a sanction). Their missing death toll
   * means "nobody was killed", while a violent event without one means "not known".
   */
  readonly violent: boolean;
  readonly killed: { readonly min: number; readonly max: number } | null;
}

export interface TempoData {
  readonly events: readonly TempoEvent[];
  readonly citation: Citation;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const groupKeys = new Set<string>(typeGroups.map((g) => g.key));

/** The events collection → the chart's input. `sources` (the sources collection by id) names the publishers cited. */
export function prepareTempo(
  entries: readonly { readonly id: string; readonly data: Event }[],
  sources?: ReadonlyMap<string, { readonly publisher: string }>,
): TempoData {
  const events = entries.map(({ id, data }) => {
    let group: TypeGroupKey;
    try {
      group = groupOf(data.type);
    } catch {
      throw new Error(`event "${id}" › type "${data.type}" belongs to no kind of event on the timeline`);
    }
    return {
      id,
      date: data.date,
      precision: data.datePrecision,
      group,
      violent: data.severity > 0,
      killed: data.casualties.killed ? { min: data.casualties.killed.min, max: data.casualties.killed.max } : null,
    };
  });
  checkTempoEvents(events);
  return {
    events: [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    citation: citationOf(entries, sources),
  };
}

/** Throws on the first event the chart could not place or count, naming it and the field. */
export function checkTempoEvents(events: readonly TempoEvent[]): void {
  const seen = new Set<string>();
  for (const e of events) {
    if (seen.has(e.id)) throw new Error(`event "${e.id}" appears twice`);
    seen.add(e.id);
    const match = ISO_DATE.exec(e.date);
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
    const valid = match !== null && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
    if (!valid) throw new Error(`event "${e.id}" › date "${e.date}" is not a yyyy-mm-dd date`);
    if (!['day', 'month', 'year'].includes(e.precision))
      throw new Error(`event "${e.id}" › precision "${e.precision}" is not day, month or year`);
    if (!groupKeys.has(e.group)) throw new Error(`event "${e.id}" › group "${e.group}" is not a kind of event on the timeline`);
    if (e.killed) {
      const { min, max } = e.killed;
      if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min)
        throw new Error(`event "${e.id}" › killed must be whole numbers with 0 ≤ min ≤ max (got ${min}–${max})`);
    }
  }
}

/** UTC milliseconds of a "yyyy-mm-dd" date. */
export const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

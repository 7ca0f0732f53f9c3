/**
 * What the incident map draws, derived from dataset events: where each happened and how precisely
 * that is known, its kind (the timeline's type groups, so colours agree across charts) and severity.
 * Pure, so pages, tests and the enhancement share it.
 */
import type { Event } from '../data/schemas.ts';
import { placePrecisions } from '../data/vocabulary.ts';
import { groupOf, type TypeGroupKey, typeGroups } from '../timeline/model.ts';

export type PlacePrecision = (typeof placePrecisions.values)[number];

export interface MapEvent {
  readonly id: string;
  readonly title: string;
  /** "yyyy-mm-dd", the first day of the period for coarser precision. */
  readonly date: string;
  readonly datePrecision: Event['datePrecision'];
  readonly type: Event['type'];
  readonly group: TypeGroupKey;
  /** 0–4 on the escalation scale. */
  readonly severity: number;
  readonly place: {
    readonly name: string;
    readonly lat: number;
    readonly lon: number;
    readonly precision: PlacePrecision;
  } | null;
  /** Source ids the record cites (for the chart's source line). */
  readonly sources: readonly string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const groupKeys = new Set<string>(typeGroups.map((g) => g.key));

/** Throws, naming the event and field, when a record cannot be drawn honestly. */
export function assertMapEvent(e: MapEvent): void {
  const fail = (field: string, problem: string) => {
    throw new Error(`event "${e.id}" › ${field} ${problem}`);
  };
  if (typeof e.id !== 'string' || e.id === '') throw new Error(`an event has no id (title: ${JSON.stringify(e.title)})`);
  if (typeof e.title !== 'string' || e.title.trim() === '') fail('title', 'is empty');
  if (!ISO_DATE.test(e.date) || Number.isNaN(Date.parse(`${e.date}T00:00:00Z`)))
    fail('date', `must be yyyy-mm-dd (got ${JSON.stringify(e.date)})`);
  if (!['day', 'month', 'year'].includes(e.datePrecision))
    fail('datePrecision', `must be day, month or year (got ${JSON.stringify(e.datePrecision)})`);
  if (!groupKeys.has(e.group)) fail('group', `is not a timeline type group (got ${JSON.stringify(e.group)})`);
  if (!Number.isInteger(e.severity) || e.severity < 0 || e.severity > 4)
    fail('severity', `must be a whole number from 0 to 4 (got ${e.severity})`);
  if (e.place === null) return;
  if (typeof e.place !== 'object') fail('place', 'must be an object or null');
  const { name, lat, lon, precision } = e.place;
  if (typeof name !== 'string' || name.trim() === '') fail('place.name', 'is empty');
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) fail('place.lat', `must be a latitude in degrees (got ${lat})`);
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) fail('place.lon', `must be a longitude in degrees (got ${lon})`);
  if (!(placePrecisions.values as readonly string[]).includes(precision))
    fail('place.precision', `must be one of ${placePrecisions.values.join(', ')} (got ${JSON.stringify(precision)})`);
}

/** Checks a list: every record drawable and no id twice. */
export function assertMapEvents(events: readonly MapEvent[]): void {
  const seen = new Set<string>();
  for (const e of events) {
    assertMapEvent(e);
    if (seen.has(e.id)) throw new Error(`event "${e.id}" appears twice`);
    seen.add(e.id);
  }
}

export interface PrepareOptions {
  /** Only events of these kinds (the timeline's type groups); all when left out. */
  readonly groups?: readonly TypeGroupKey[];
}

/** Turns `getCollection('events')` entries into map events, in date order. */
export function prepareMapEvents(entries: readonly { id: string; data: Event }[], options: PrepareOptions = {}): MapEvent[] {
  const events = entries.map(({ id, data }): MapEvent => {
    let group: TypeGroupKey;
    try {
      group = groupOf(data.type);
    } catch {
      throw new Error(`event "${id}" › type "${data.type}" belongs to none of the timeline's type groups`);
    }
    return {
      id,
      title: data.title,
      date: data.date,
      datePrecision: data.datePrecision,
      type: data.type,
      group,
      severity: data.severity,
      place: data.place ? { name: data.place.name, lat: data.place.lat, lon: data.place.lon, precision: data.place.precision } : null,
      sources: [...data.sources],
    };
  });
  assertMapEvents(events);
  const wanted = options.groups ? new Set(options.groups) : null;
  return events.filter((e) => !wanted || wanted.has(e.group)).sort(byDate);
}

export const byDate = (a: MapEvent, b: MapEvent) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** Each event counts 1 plus its severity: a mark's area is the sum, so a vote still shows. */
export const weightOf = (e: Pick<MapEvent, 'severity'>) => e.severity + 1;

/** Radius (user units) of a circle whose area stands for `weight`. */
export const MARK_UNIT = 2.6;
export const markRadius = (weight: number, scale = 1) => Math.round(MARK_UNIT * Math.sqrt(weight) * scale * 10) / 10;

/** Whether a count fits on the mark: a cross (one kind, military operations) has no middle to write on. */
export const roomyMark = (groups: readonly TypeGroupKey[]) =>
  !(groups.length === 1 && typeGroups.find((g) => g.key === groups[0])?.shape === 'cross');

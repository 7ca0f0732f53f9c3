/**
 * Builders for the public downloads in /data/: the JSON files mirror the records (id first), and
 * events.csv flattens each event to one row for spreadsheets. Pure: records in, text out.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Event } from './schemas.ts';

/** A record as the content layer hands it over. */
export interface Keyed<T> {
  readonly id: string;
  readonly data: T;
}

/** The collections published as JSON, with the sentence that introduces each on the data page. */
export const jsonDownloads = {
  events: 'Every event, with its actors, attribution, casualties, responses and sources.',
  factions: 'Factions and units, with names, leaders, brigades, sizes and designations.',
  people: 'Commanders, clerics and officials, with roles and designations.',
  organizations: 'States, forces and bodies that act in events but are not PMF factions.',
  relations: 'Splits, alliances, patronage and front-group links between actors.',
  elections: 'Parliamentary election results, seats per list.',
  sources: 'Every source cited, with publisher, date and address.',
} as const;

export type DownloadName = keyof typeof jsonDownloads;

/** Records as a JSON array of `{ id, ...fields }`, events in date order, others by id. */
export function toJson(name: DownloadName, records: readonly Keyed<object>[]): string {
  const rows = records.map((r) => ({ id: r.id, ...r.data }));
  const sorted =
    name === 'events' ? sortEvents(rows as unknown as (Event & { id: string })[]) : [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function sortEvents<T extends { date: string; id: string }>(events: T[]): T[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export const EVENT_CSV_COLUMNS = [
  'id',
  'date',
  'datePrecision',
  'endDate',
  'title',
  'summary',
  'type',
  'severity',
  'placeName',
  'lat',
  'lon',
  'placePrecision',
  'killedMin',
  'killedMax',
  'woundedMin',
  'woundedMax',
  'casualtyNotes',
  'actors',
  'respondsTo',
  'sources',
  'notes',
] as const;

/**
 * One row per event. Lists are joined with "; ". Each actor reads `id (role, attribution)`, with
 * `by …` added for an attribution, so the claims ledger survives in a spreadsheet.
 */
export function eventsCsv(events: readonly Keyed<Event>[]): string {
  const rows = sortEvents(events.map((e) => ({ id: e.id, ...e.data }))).map((e) => [
    e.id,
    e.date,
    e.datePrecision,
    e.endDate ?? '',
    e.title,
    e.summary,
    e.type,
    String(e.severity),
    e.place?.name ?? '',
    e.place ? String(e.place.lat) : '',
    e.place ? String(e.place.lon) : '',
    e.place?.precision ?? '',
    count(e.casualties.killed?.min),
    count(e.casualties.killed?.max),
    count(e.casualties.wounded?.min),
    count(e.casualties.wounded?.max),
    e.casualties.notes ?? '',
    e.actors.map((a) => `${a.id} (${a.role}, ${a.attribution}${a.attributedBy ? ` by ${a.attributedBy}` : ''})`).join('; '),
    e.respondsTo.join('; '),
    e.sources.join('; '),
    e.notes ?? '',
  ]);
  return `${csvFormatRows([[...EVENT_CSV_COLUMNS], ...rows])}\n`;
}

const count = (n: number | undefined) => (n === undefined ? '' : String(n));

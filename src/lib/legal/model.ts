/**
 * What the legal-status chart draws: every faction and person with a designation (terrorist
 * listing or sanction), each listing with its date at the precision the sources give, and the
 * laws and votes (events of type "legislation") drawn as reference lines. Pure, so tests can feed
 * it synthetic records.
 */

export type DesignationKind = 'FTO' | 'SDGT' | 'SDN' | 'other';
export type DatePrecision = 'day' | 'month' | 'year';
export type ActorKind = 'faction' | 'person';

/** A designation as the schema stores it (src/lib/data/schemas/shared.ts). */
export interface DesignationRecord {
  readonly by: string;
  readonly kind: DesignationKind;
  readonly date: string;
  readonly precision: DatePrecision;
  readonly sources: readonly string[];
  readonly notes?: string | null | undefined;
}

/** The fields of a faction or person record this module needs. */
export interface ActorRecord {
  readonly name: string;
  readonly designations: readonly DesignationRecord[];
}

/** The fields of an event record this module needs. */
export interface EventRecord {
  readonly date: string;
  readonly datePrecision: DatePrecision;
  readonly endDate: string | null;
  readonly title: string;
  readonly type: string;
}

export interface LegalDesignation {
  readonly by: string;
  readonly kind: DesignationKind;
  readonly date: string;
  readonly precision: DatePrecision;
  /** Start and exclusive end of the period the date stands for (UTC ms): a day, a month or a year. */
  readonly start: number;
  readonly end: number;
  readonly sources: readonly string[];
  readonly notes: string | null;
}

export interface LegalActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** In date order. */
  readonly designations: readonly LegalDesignation[];
}

/** A law, decree or vote drawn as a vertical reference line. */
export interface LegalReference {
  readonly id: string;
  readonly date: string;
  readonly precision: DatePrecision;
  readonly start: number;
  readonly end: number;
  readonly title: string;
}

export interface LegalInput {
  /** Actors with at least one designation, in the chart's order: first listing first. */
  readonly actors: readonly LegalActor[];
  /** In date order. */
  readonly references: readonly LegalReference[];
  /** The last day the data covers, "yyyy-mm-dd": where the "listed since" lines end. */
  readonly dataEnd: string;
}

export const DAY = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KINDS: readonly DesignationKind[] = ['FTO', 'SDGT', 'SDN', 'other'];
const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];

export const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
export const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The exclusive end of the period a date stands for. */
export function periodEnd(iso: string, precision: DatePrecision, endDate: string | null = null): number {
  if (endDate) return utc(endDate) + DAY;
  const date = new Date(utc(iso));
  if (precision === 'year') return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  if (precision === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return date.getTime() + DAY;
}

function checkDate(where: string, date: string, precision: string): void {
  if (!ISO_DATE.test(date) || Number.isNaN(utc(date)) || isoOf(utc(date)) !== date)
    throw new Error(`${where}.date must be a real date written "yyyy-mm-dd", not "${date}"`);
  if (!PRECISIONS.includes(precision as DatePrecision))
    throw new Error(`${where}.precision must be day, month or year, not "${precision}"`);
  // A coarse date sits on the first of its period; anything else would claim a precision it lacks.
  if ((precision === 'month' && !date.endsWith('-01')) || (precision === 'year' && !date.endsWith('-01-01')))
    throw new Error(`${where}.date "${date}" must be the first day of its ${precision}`);
}

/** Converts one actor record, throwing with the record and field named on a bad designation. */
export function toLegalActor(id: string, kind: ActorKind, record: ActorRecord): LegalActor {
  const designations = record.designations.map((d, i): LegalDesignation => {
    const where = `${kind === 'faction' ? 'Faction' : 'Person'} "${id}" › designations[${i}]`;
    checkDate(where, d.date, d.precision);
    if (!KINDS.includes(d.kind)) throw new Error(`${where}.kind must be one of ${KINDS.join(', ')}, not "${d.kind}"`);
    if (d.by.trim() === '') throw new Error(`${where}.by is empty`);
    return {
      by: d.by,
      kind: d.kind,
      date: d.date,
      precision: d.precision,
      start: utc(d.date),
      end: periodEnd(d.date, d.precision),
      sources: [...d.sources],
      notes: d.notes ?? null,
    };
  });
  return {
    id,
    name: record.name,
    kind,
    designations: designations.sort((a, b) => a.start - b.start || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)),
  };
}

/** Actors by first listing, then name, so the chart reads as the order in which lists grew. */
export const byFirstListing = (a: LegalActor, b: LegalActor) =>
  (a.designations[0]?.start ?? 0) - (b.designations[0]?.start ?? 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/**
 * Turns loaded collections into the chart's input. Only actors with a designation are kept (the
 * chart is about listings); every event of type "legislation" becomes a reference line; the data
 * ends on the latest day any event or listing covers.
 */
export function prepareLegal(collections: {
  readonly factions: readonly { readonly id: string; readonly data: ActorRecord }[];
  readonly people: readonly { readonly id: string; readonly data: ActorRecord }[];
  readonly events: readonly { readonly id: string; readonly data: EventRecord }[];
}): LegalInput {
  const actors = [
    ...collections.factions.map((f) => toLegalActor(f.id, 'faction', f.data)),
    ...collections.people.map((p) => toLegalActor(p.id, 'person', p.data)),
  ]
    .filter((a) => a.designations.length > 0)
    .sort(byFirstListing);
  const references = collections.events
    .filter((e) => e.data.type === 'legislation')
    .map(({ id, data }): LegalReference => {
      checkDate(`Event "${id}"`, data.date, data.datePrecision);
      return {
        id,
        date: data.date,
        precision: data.datePrecision,
        start: utc(data.date),
        end: periodEnd(data.date, data.datePrecision, data.endDate),
        title: data.title,
      };
    })
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const ends = [
    ...collections.events.map((e) => periodEnd(e.data.date, e.data.datePrecision, e.data.endDate)),
    ...actors.flatMap((a) => a.designations.map((d) => d.end)),
  ];
  if (ends.length === 0) throw new Error('prepareLegal › there are no events or designations to set the end of the data');
  return { actors, references, dataEnd: isoOf(Math.max(...ends) - DAY) };
}

/** Short names for the kinds, as the chart labels its marks. */
export const kindAbbreviation: Record<DesignationKind, string> = { FTO: 'FTO', SDGT: 'SDGT', SDN: 'SDN', other: 'Other' };

/** One shape per kind, so the kind reads without colour (the legend repeats it). */
export const kindShape = { FTO: 'square', SDGT: 'triangle', SDN: 'diamond', other: 'circle' } as const satisfies Record<
  DesignationKind,
  'square' | 'triangle' | 'diamond' | 'circle'
>;

export const designationKindOrder = KINDS;

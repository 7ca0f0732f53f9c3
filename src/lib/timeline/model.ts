/**
 * What the timeline draws, derived from dataset events: times as UTC milliseconds, the lane group
 * of each type, the event's place in the claims ledger, and its perpetrators. Pure and small, so
 * the same records feed the build-time SVG and the browser enhancement.
 */
import type { Event } from '../data/schemas.ts';
import { eventAttribution } from '../data/stats.ts';

export const DAY = 86_400_000;

/** Event types grouped into the timeline's lanes; each group has one mark shape. */
export const typeGroups = [
  {
    key: 'attacks',
    // Mostly rockets, drones and bombs aimed at US and coalition sites, but the group also holds
    // armed assaults on others (alleged militia abuses of civilians), so its name says only that.
    label: 'Attacks and armed assaults',
    noun: 'attacks and armed assaults',
    shape: 'triangle',
    types: ['rocket-attack', 'drone-attack', 'ied-attack', 'armed-assault', 'siege'],
  },
  {
    key: 'strikes',
    label: 'Strikes, blasts and killings',
    noun: 'strikes, blasts and killings',
    shape: 'diamond',
    types: ['airstrike', 'missile-strike', 'targeted-killing', 'explosion'],
  },
  { key: 'streets', label: 'Protests and crackdowns', noun: 'protests and crackdowns', shape: 'square', types: ['protest', 'crackdown'] },
  {
    key: 'war',
    label: 'War against the Islamic State',
    noun: 'events in the war against the Islamic State',
    shape: 'cross',
    types: ['military-operation'],
  },
  {
    key: 'politics',
    label: 'Politics, law and sanctions',
    noun: 'political and legal events',
    shape: 'circle',
    types: ['designation', 'legislation', 'election', 'political'],
  },
] as const;

export type TypeGroupKey = (typeof typeGroups)[number]['key'];
export type MarkShape = (typeof typeGroups)[number]['shape'];
export type LedgerStatus = 'claimed' | 'confirmed' | 'attributed' | 'denied' | 'unattributed' | 'none';

/** An event as the timeline sees it. */
export interface TimelineEvent {
  readonly id: string;
  /** Start of the period the date covers (UTC ms). */
  readonly start: number;
  /** End of that period, exclusive: the next day for a day, the next month for a month, past endDate for spans. */
  readonly end: number;
  readonly precision: Event['datePrecision'];
  readonly title: string;
  readonly type: Event['type'];
  readonly group: TypeGroupKey;
  readonly severity: number;
  readonly ledger: LedgerStatus;
  /** Ids of the actors said to have carried it out (claimed, attributed or confirmed). */
  readonly perpetrators: readonly string[];
  readonly killed: { readonly min: number; readonly max: number } | null;
  readonly respondsTo: readonly string[];
}

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The exclusive end of the period a date stands for. */
export function periodEnd(iso: string, precision: Event['datePrecision'], endDate: string | null): number {
  if (endDate) return utc(endDate) + DAY;
  const date = new Date(utc(iso));
  if (precision === 'year') return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  if (precision === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return date.getTime() + DAY;
}

export function groupOf(type: Event['type']): TypeGroupKey {
  const group = typeGroups.find((g) => (g.types as readonly string[]).includes(type));
  if (!group) throw new Error(`event type "${type}" has no timeline lane`);
  return group.key;
}

/** Converts dataset events (any order) to timeline events in time order. */
export function toTimelineEvents(events: readonly { id: string; data: Event }[]): TimelineEvent[] {
  return events
    .map(({ id, data }) => ({
      id,
      start: utc(data.date),
      end: periodEnd(data.date, data.datePrecision, data.endDate),
      precision: data.datePrecision,
      title: data.title,
      type: data.type,
      group: groupOf(data.type),
      severity: data.severity,
      ledger: (eventAttribution(data) ?? 'none') as LedgerStatus,
      perpetrators: [...new Set(data.actors.filter((a) => a.role === 'perpetrator' && a.attribution !== 'denied').map((a) => a.id))],
      killed: data.casualties.killed,
      respondsTo: data.respondsTo,
    }))
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

/**
 * The map in words: the text summary (the SVG's <desc>), the note on what is not drawn and the
 * rows of the table alternative. Pure, computed from the grouping, so the words always match the
 * picture.
 */

import { severityLevels } from '../data/vocabulary.ts';
import { formatDate } from '../site/dates.ts';
import { typeGroups } from '../timeline/model.ts';
import type { MapPlace, NotDrawnReason, PlaceGrouping } from './cluster.ts';
import type { MapEvent } from './model.ts';

export interface EventLine {
  readonly id: string;
  readonly date: string;
  readonly dateLabel: string;
  readonly title: string;
  readonly kind: string;
  readonly severity: number;
  /** The event's own place name, when it differs from its row's. */
  readonly placeName: string | null;
  /** Placed only to the province. */
  readonly provinceOnly: boolean;
}

export interface PlaceRow {
  readonly key: string;
  readonly label: string;
  readonly panel: MapPlace['panel'];
  readonly precision: MapPlace['precision'];
  readonly count: number;
  readonly worst: number;
  readonly worstLabel: string;
  readonly kinds: string;
  readonly events: readonly EventLine[];
}

export interface NotDrawnRow extends EventLine {
  readonly reason: NotDrawnReason;
  readonly why: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (items: readonly string[]) =>
  items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
const kindLabel = (e: MapEvent) => typeGroups.find((g) => g.key === e.group)?.label ?? e.group;
export const severityLabel = (n: number) => `${n}: ${severityLevels.find((s) => s.value === n)?.label ?? 'not known'}`;

function line(e: MapEvent, rowName: string | null): EventLine {
  const name = e.place?.name ?? null;
  return {
    id: e.id,
    date: e.date,
    dateLabel: formatDate(e.date, e.datePrecision),
    title: e.title,
    kind: kindLabel(e),
    severity: e.severity,
    placeName: name !== null && name !== rowName ? name : null,
    provinceOnly: e.place?.precision === 'province',
  };
}

/** Events this far from the named spot count as another place (variant names of one spot do not). */
const NEARBY_KM = 3;

/** "Baghdad" or, when the mark also gathers events from other spots, "Baghdad and nearby". */
export function placeLabel(place: MapPlace): string {
  const named = place.events.find((e) => e.place?.name === place.name)?.place;
  if (!named) return place.name;
  const far = place.events.some((e) => {
    if (!e.place) return false;
    const dx = (e.place.lon - named.lon) * Math.cos((named.lat * Math.PI) / 180);
    return Math.hypot(dx, e.place.lat - named.lat) * 111.2 > NEARBY_KM;
  });
  return far ? `${place.name} and nearby` : place.name;
}

export function placeRows(grouping: PlaceGrouping): PlaceRow[] {
  return grouping.places.map((p) => ({
    key: p.key,
    label: placeLabel(p),
    panel: p.panel,
    precision: p.precision,
    count: p.events.length,
    worst: p.worst,
    worstLabel: severityLabel(p.worst),
    kinds: p.groups.map((g) => `${typeGroups.find((t) => t.key === g.group)?.label ?? g.group} (${g.count})`).join(', '),
    events: p.events.map((e) => line(e, p.name)),
  }));
}

const reasons: Record<NotDrawnReason, (e: MapEvent) => string> = {
  country: (e) => `Placed only at country level (${e.place?.name ?? 'not known'})`,
  unplaced: () => 'No place recorded',
  outside: (e) => `Outside the map’s area (${e.place?.name ?? 'not known'})`,
};

export function notDrawnRows(grouping: PlaceGrouping): NotDrawnRow[] {
  const order: NotDrawnReason[] = ['outside', 'country', 'unplaced'];
  return [...grouping.notDrawn]
    .sort(
      (a, b) =>
        order.indexOf(a.reason) - order.indexOf(b.reason) ||
        a.event.date.localeCompare(b.event.date) ||
        a.event.id.localeCompare(b.event.id),
    )
    .map(({ event, reason }) => ({ ...line(event, null), placeName: event.place?.name ?? null, reason, why: reasons[reason](event) }));
}

/** "5 events placed only at country level and 19 with no recorded place are not drawn; 1 lies outside the map's area." */
export function notDrawnNote(grouping: PlaceGrouping): string {
  const count = (reason: NotDrawnReason) => grouping.notDrawn.filter((n) => n.reason === reason).length;
  const [country, unplaced, outside] = [count('country'), count('unplaced'), count('outside')];
  const parts = [
    country > 0 ? `${plural(country, 'event')} placed only at country level` : '',
    unplaced > 0 ? `${country > 0 ? unplaced : plural(unplaced, 'event')} with no recorded place` : '',
  ].filter(Boolean);
  const missing = parts.length ? `${parts.join(' and ')} ${country + unplaced === 1 ? 'is' : 'are'} not drawn` : '';
  const away = outside > 0 ? `${plural(outside, 'event')} ${outside === 1 ? 'lies' : 'lie'} outside the map’s area` : '';
  const sentence = [missing, away].filter(Boolean).join('; ');
  return sentence ? `${sentence[0]?.toUpperCase()}${sentence.slice(1)}. The table lists them.` : 'Every event has a place on the map.';
}

/** The text summary: how many events, the busiest places and what is left out. */
export function describeMap(grouping: PlaceGrouping): string {
  const { places, drawn, total } = grouping;
  if (places.length === 0) return `None of the ${plural(total, 'event')} can be placed on the map. ${notDrawnNote(grouping)}`;
  const top = places
    .slice(0, 3)
    .map(
      (p) =>
        `${placeLabel(p)} (${p.events.length}${p.panel === 'inset' && grouping.inset ? `, in the enlarged ${grouping.inset.name} panel` : ''})`,
    );
  const inset = grouping.inset ? places.filter((p) => p.panel === 'inset').reduce((sum, p) => sum + p.events.length, 0) : 0;
  const worst = Math.max(...places.map((p) => p.worst));
  const worstPlaces = places.filter((p) => p.worst === worst).map(placeLabel);
  const named = worstPlaces.length > 4 ? [...worstPlaces.slice(0, 3), `${worstPlaces.length - 3} more places`] : worstPlaces;
  return [
    `Map of Iraq and its neighbours showing where ${drawn} of the ${plural(total, 'event')} took place, at ${plural(places.length, 'place')}.`,
    `Most events: ${top.join('; ')}.`,
    inset > 0 && grouping.inset
      ? `${plural(inset, 'event')} in the ${grouping.inset.name} area ${inset === 1 ? 'is' : 'are'} shown in an enlarged panel.`
      : '',
    `The most severe events on the map (severity ${severityLabel(worst)}) took place at ${list(named)}.`,
    notDrawnNote(grouping),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Distinct sources cited by the events. */
export function sourceCount(events: readonly MapEvent[]): number {
  return new Set(events.flatMap((e) => e.sources)).size;
}

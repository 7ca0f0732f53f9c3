/**
 * Descriptive figures about the dataset: counts, spread over time, attribution and completeness.
 * Pure, so `npm run data:stats` and the tests compute the same numbers.
 */

import type { Dataset } from './load.ts';
import type { Event } from './schemas.ts';
import type { attributionStatuses } from './vocabulary.ts';

type AttributionStatus = (typeof attributionStatuses.values)[number];

/** Kinds of event where "who did it?" is the question the claims ledger answers. */
export const ATTACK_TYPES: readonly Event['type'][] = [
  'rocket-attack',
  'drone-attack',
  'ied-attack',
  'missile-strike',
  'airstrike',
  'explosion',
  'armed-assault',
  'siege',
  'targeted-killing',
  'crackdown',
];

/**
 * One status per event for the claims ledger: claimed beats confirmed beats attributed beats
 * denied, so an attack a group claimed counts as claimed even if another group denied it. An
 * attack with no perpetrator named is unattributed; other events (a vote, a battle) have none.
 */
export function eventAttribution(event: Pick<Event, 'actors' | 'type'>): AttributionStatus | null {
  const links = event.actors.filter((a) => a.role === 'perpetrator' || a.role === 'claimant').map((a) => a.attribution);
  if (links.length === 0) return ATTACK_TYPES.includes(event.type) ? 'unattributed' : null;
  const order: AttributionStatus[] = ['claimed', 'confirmed', 'attributed', 'denied', 'unattributed'];
  return order.find((status) => links.includes(status)) ?? null;
}

const tally = <K extends string | number>(keys: readonly K[]) =>
  keys.reduce<Record<string, number>>((acc, key) => {
    acc[String(key)] = (acc[String(key)] ?? 0) + 1;
    return acc;
  }, {});

/** True for an event dated in the core period of the site, May 2019 – March 2020. */
export const inCorePeriod = (date: string) => date >= '2019-05-01' && date <= '2020-03-31';

export function datasetStats(dataset: Dataset) {
  const events = dataset.events.map((e) => e.data);
  const share = (n: number) => (events.length === 0 ? 0 : n / events.length);
  return {
    collections: Object.fromEntries(Object.entries(dataset).map(([name, entries]) => [name, entries.length])),
    eventsPerYear: tally(events.map((e) => e.date.slice(0, 4)).sort()),
    eventsInCorePeriod: events.filter((e) => inCorePeriod(e.date)).length,
    eventsPerType: tally(events.map((e) => e.type)),
    eventsPerSeverity: tally(events.map((e) => e.severity)),
    eventAttribution: tally(events.map((e) => eventAttribution(e) ?? 'not an attack')),
    actorLinksPerAttribution: tally(events.flatMap((e) => e.actors.map((a) => a.attribution))),
    datePrecision: tally(events.map((e) => e.datePrecision)),
    placePrecision: tally(events.map((e) => e.place?.precision ?? 'no place')),
    shareWithCasualtyFigures: share(events.filter((e) => e.casualties.killed !== null || e.casualties.wounded !== null).length),
    shareWithCasualtyRange: share(
      events.filter((e) => [e.casualties.killed, e.casualties.wounded].some((r) => r && r.min !== r.max)).length,
    ),
    shareWithCoordinates: share(events.filter((e) => e.place !== null).length),
    shareDayPrecision: share(events.filter((e) => e.datePrecision === 'day').length),
    shareWithResponses: share(events.filter((e) => e.respondsTo.length > 0).length),
    missingArabicNames: [...dataset.factions, ...dataset.people].filter((r) => r.data.arabicName === null).map((r) => r.id),
  };
}

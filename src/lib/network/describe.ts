/**
 * Words for the relations network: the text summary (the SVG's <desc> and the caption), the
 * status line the year control updates, each node's and edge's tooltip, and the table rows. Pure,
 * so the build and the browser phrase things the same way.
 */
import { datedText } from '../actors/key-facts.ts';
import { alignments, labelOf, organizationKinds, relationKinds } from '../data/vocabulary.ts';
import type { DatedPoint, NetworkActor, NetworkData, NetworkRelation, NetworkSource, RelationKind } from './model.ts';
import { relationKindOrder } from './styles.ts';
import { visibleAt } from './visibility.ts';

const kindLabel = (kind: RelationKind) => labelOf(relationKinds, kind).toLowerCase();

/** "3 actors", "1 relation". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "since 2013", "2013 to 2020", "start not known" — as precise as the record. */
export function yearsText(start: DatedPoint | null, end: DatedPoint | null): string {
  const from = datedText(start);
  const to = datedText(end);
  if (from && to) return `${from} to ${to}`;
  if (from) return `since ${from}`;
  if (to) return `start not known; ended ${to}`;
  return 'start not known';
}

/** "per US State Department", or "undisputed" when the record names nobody because nobody disputes it. */
export function statedByText(statedBy: string | null): string {
  return statedBy ? `per ${statedBy}` : 'undisputed';
}

/** What kind of actor, in words: "Iran-aligned faction", "front name", "state", "person". */
export function actorKindText(actor: NetworkActor): string {
  if (actor.kind === 'faction') {
    return actor.alignment === 'front-group' ? 'front name' : `${labelOf(alignments, actor.alignment ?? 'other')} faction`;
  }
  if (actor.kind === 'organization') return labelOf(organizationKinds, actor.organizationKind ?? 'movement').toLowerCase();
  return 'person';
}

/** A node's tooltip: "Kataib Hezbollah: Iran-aligned faction, founded April 2007; 8 relations." */
export function actorTitle(actor: NetworkActor, relationCount: number): string {
  const founded =
    actor.kind !== 'faction'
      ? ''
      : actor.founded
        ? `, founded ${datedText(actor.founded)}`
        : ', founding date not known (shown in every year)';
  return `${actor.name}: ${actorKindText(actor)}${founded}; ${count(relationCount, 'relation', 'relations')}.`;
}

/** An edge's tooltip: "Islamic Resistance in Iraq → Kataib Hezbollah: front for, per US State Department (since October 2023)." */
export function relationTitle(relation: NetworkRelation, names: Readonly<Record<string, string>>): string {
  return `${names[relation.from] ?? relation.from} → ${names[relation.to] ?? relation.to}: ${kindLabel(relation.kind)}, ${statedByText(relation.statedBy)} (${yearsText(relation.start, relation.end)}).`;
}

/** The live status line: "In 2013: 12 of 28 actors and 6 of 29 relations." */
export function statusText(
  year: number,
  shown: { actors: number; relations: number },
  total: { actors: number; relations: number },
): string {
  if (shown.actors === total.actors && shown.relations === total.relations) {
    return `In ${year}: all ${count(total.actors, 'actor', 'actors')} and ${count(total.relations, 'relation', 'relations')}.`;
  }
  return `In ${year}: ${shown.actors} of ${count(total.actors, 'actor', 'actors')} and ${shown.relations} of ${count(total.relations, 'relation', 'relations')}.`;
}

/**
 * The text alternative to the picture, computed from the data as of a year: how much is shown, how
 * the relations split by kind, who has the most, and which factions each front name is tied to.
 */
export function describeNetwork(data: NetworkData, year: number): string {
  const shown = visibleAt(data, year);
  const relations = data.relations.filter((r) => shown.relations.has(r.id));
  const names = Object.fromEntries(data.actors.map((a) => [a.id, a.name]));
  const sentences: string[] = [];

  const byKind = relationKindOrder
    .map((kind) => ({ kind, n: relations.filter((r) => r.kind === kind).length }))
    .filter((k) => k.n > 0)
    .map((k) => `${k.n} ${kindLabel(k.kind)}`);
  sentences.push(
    `As of ${year} the network shows ${count(shown.actors.size, 'actor', 'actors')} and ${count(relations.length, 'relation', 'relations')}${byKind.length > 0 ? ` (${listText(byKind)})` : ''}.`,
  );

  const degree = new Map<string, number>();
  for (const r of relations) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const most = Math.max(0, ...degree.values());
  if (most > 1) {
    const leaders = [...degree.entries()]
      .filter(([, n]) => n === most)
      .map(([id]) => names[id] ?? id)
      .sort((a, b) => a.localeCompare(b, 'en'));
    const tail = leaders.length === 1 ? `has the most relations shown (${most})` : `have the most relations shown (${most} each)`;
    sentences.push(`${listText(leaders)} ${tail}.`);
  }

  const fronts = new Map<string, string[]>();
  for (const r of relations.filter((rel) => rel.kind === 'front-for')) fronts.set(r.from, [...(fronts.get(r.from) ?? []), r.to]);
  if (fronts.size > 0) {
    const parts = [...fronts.entries()]
      .sort(([a, x], [b, y]) => y.length - x.length || (names[a] ?? a).localeCompare(names[b] ?? b, 'en'))
      .map(
        ([front, parents]) =>
          `${names[front] ?? front} to ${listText(parents.map((p) => names[p] ?? p).sort((a, b) => a.localeCompare(b, 'en')))}`,
      );
    sentences.push(`Front names are tied to parent factions: ${parts.join('; ')}.`);
  }

  const undated = relations.filter((r) => r.startYear === null).length;
  if (undated > 0)
    sentences.push(
      `${count(undated, 'relation has', 'relations have')} no known start date and ${undated === 1 ? 'is' : 'are'} shown in every year.`,
    );
  return sentences.join(' ');
}

export interface RelationRow {
  readonly id: string;
  readonly from: { readonly id: string; readonly name: string };
  readonly to: { readonly id: string; readonly name: string };
  readonly kind: RelationKind;
  readonly kindLabel: string;
  readonly years: string;
  readonly startKnown: boolean;
  readonly statedBy: string;
  readonly notes: string | null;
  /** Each cited source with its publisher and address when known, else just its id. */
  readonly sources: readonly (NetworkSource | { readonly id: string })[];
}

/** Every relation as a table row, grouped by kind (vocabulary order), then by the names at each end. */
export function relationRows(data: NetworkData): RelationRow[] {
  const names = Object.fromEntries(data.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names[id] ?? id;
  return [...data.relations]
    .sort(
      (a, b) =>
        relationKindOrder.indexOf(a.kind) - relationKindOrder.indexOf(b.kind) ||
        name(a.from).localeCompare(name(b.from), 'en') ||
        name(a.to).localeCompare(name(b.to), 'en'),
    )
    .map((r) => ({
      id: r.id,
      from: { id: r.from, name: name(r.from) },
      to: { id: r.to, name: name(r.to) },
      kind: r.kind,
      kindLabel: labelOf(relationKinds, r.kind),
      years: yearsText(r.start, r.end),
      startKnown: r.start !== null,
      statedBy: r.statedBy ?? 'Undisputed',
      notes: r.notes,
      sources: r.sources.map((id) => data.sources[id] ?? { id }),
    }));
}

/**
 * The relations network's plain data: actors (factions, organizations, people) and the typed,
 * dated relations between them, turned from collection entries into what the layout needs.
 * Pure (no DOM, no astro:content), so tests can feed it synthetic records.
 */
import { type alignments, type organizationKinds, relationKinds } from '../data/vocabulary.ts';

export type Alignment = (typeof alignments.values)[number];
export type OrganizationKind = (typeof organizationKinds.values)[number];
export type RelationKind = (typeof relationKinds.values)[number];
export type ActorKind = 'faction' | 'organization' | 'person';

export interface DatedPoint {
  readonly date: string;
  readonly precision: 'day' | 'month' | 'year';
}

/**
 * Bands of the drawing, top to bottom. Outside states and forces sit above the Iran-aligned
 * factions they back; front names sit just below the factions they are tied to; the Sadrist and
 * Najaf current and the state bodies and community units follow, so the two camps read apart.
 */
export const bands = [
  { key: 'outside', label: 'States and armed groups outside the PMF' },
  { key: 'iran-aligned', label: 'Iran-aligned factions' },
  { key: 'fronts', label: 'Front names' },
  { key: 'sadr-najaf', label: 'The Sadrist current and Najaf shrine units' },
  { key: 'state', label: 'State bodies and community units' },
] as const;
export type BandKey = (typeof bands)[number]['key'];

export interface NetworkActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Factions only; null for organizations and people. */
  readonly alignment: Alignment | null;
  /** Organizations only. */
  readonly organizationKind: OrganizationKind | null;
  /** Factions only; null when not known (and always for organizations and people, which have no such field). */
  readonly founded: DatedPoint | null;
  readonly foundedYear: number | null;
  readonly band: BandKey;
}

export interface NetworkRelation {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: RelationKind;
  readonly start: DatedPoint | null;
  readonly end: DatedPoint | null;
  readonly startYear: number | null;
  readonly endYear: number | null;
  /** Who makes the link; null when the dataset records it as undisputed. */
  readonly statedBy: string | null;
  readonly sources: readonly string[];
  readonly notes: string | null;
}

export interface NetworkSource {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
}

export interface NetworkData {
  readonly actors: readonly NetworkActor[];
  readonly relations: readonly NetworkRelation[];
  /** The span the year control covers: the earliest dated founding or relation to the latest date in the records. */
  readonly years: { readonly first: number; readonly last: number };
  /** The sources the relations cite, by id; empty when none were passed in. */
  readonly sources: Readonly<Record<string, NetworkSource>>;
}

/** The fields of each collection entry the network reads (collection entries fit these shapes). */
export interface FactionEntry {
  readonly id: string;
  readonly data: {
    readonly name: string;
    readonly alignment: Alignment;
    readonly founded: DatedPoint | null;
    readonly asOf?: string;
  };
}
export interface OrganizationEntry {
  readonly id: string;
  readonly data: { readonly name: string; readonly kind: OrganizationKind; readonly founded?: DatedPoint | null };
}
export interface PersonEntry {
  readonly id: string;
  readonly data: {
    readonly name: string;
    readonly roles: readonly { readonly faction: string | null; readonly organization?: string | null | undefined }[];
    readonly asOf?: string;
  };
}
export interface RelationEntry {
  readonly id: string;
  readonly data: {
    readonly from: string;
    readonly to: string;
    readonly kind: RelationKind;
    readonly start: DatedPoint | null;
    readonly end: DatedPoint | null;
    readonly statedBy: string | null;
    readonly sources: readonly string[];
    readonly notes?: string | null | undefined;
  };
}
export interface SourceEntry {
  readonly id: string;
  readonly data: { readonly title: string; readonly publisher: string; readonly url: string };
}

export interface NetworkInput {
  readonly factions: readonly FactionEntry[];
  readonly organizations: readonly OrganizationEntry[];
  readonly people: readonly PersonEntry[];
  readonly relations: readonly RelationEntry[];
  /** When given, every cited source must be here; the table then names and links them. */
  readonly sources?: readonly SourceEntry[];
}

export interface PrepareOptions {
  /**
   * Every faction is a node, even one with no recorded relation, because the network is also a map
   * of who is in the PMF; organizations and people appear only when a relation names them.
   * Set false to keep only factions that take part in a relation.
   */
  readonly unlinkedFactions?: boolean;
  /** Last year of the control; by default the latest year in the records. */
  readonly lastYear?: number;
}

const factionBand: Record<Alignment, BandKey> = {
  'iran-aligned': 'iran-aligned',
  'front-group': 'fronts',
  sadrist: 'sadr-najaf',
  'najaf-shrine': 'sadr-najaf',
  'sunni-tribal': 'state',
  minority: 'state',
  other: 'state',
};

const organizationBand: Record<OrganizationKind, BandKey> = {
  state: 'outside',
  military: 'outside',
  'armed-group': 'outside',
  'religious-authority': 'sadr-najaf',
  'government-body': 'state',
  movement: 'state',
};

/** The year of a "yyyy-mm-dd" date, or a clear error naming the record and field. */
function yearOf(date: string, where: string): number {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(date);
  if (!match) throw new Error(`${where} must be a date written "yyyy-mm-dd", not "${date}"`);
  return Number(match[1]);
}

/** Turns collection entries into the network's plain data, checking every cross-reference. */
export function prepareNetwork(input: NetworkInput, options: PrepareOptions = {}): NetworkData {
  const kinds = new Map<string, ActorKind>();
  const claim = (id: string, kind: ActorKind) => {
    const existing = kinds.get(id);
    if (existing) throw new Error(`Actor id "${id}" is used by both a ${existing} and a ${kind} record`);
    kinds.set(id, kind);
  };
  for (const f of input.factions) claim(f.id, 'faction');
  for (const o of input.organizations) claim(o.id, 'organization');
  for (const p of input.people) claim(p.id, 'person');

  const knownKinds = new Set<string>(relationKinds.values);
  const relations: NetworkRelation[] = input.relations.map(({ id, data }) => {
    const where = `Relation "${id}"`;
    for (const field of ['from', 'to'] as const) {
      if (!kinds.has(data[field])) throw new Error(`${where} › ${field} names the unknown actor "${data[field]}"`);
    }
    if (data.from === data.to) throw new Error(`${where} › to points back to its own "from" actor "${data.from}"`);
    if (!knownKinds.has(data.kind)) throw new Error(`${where} › kind "${data.kind}" is not one of ${relationKinds.values.join(', ')}`);
    const startYear = data.start ? yearOf(data.start.date, `${where} › start.date`) : null;
    const endYear = data.end ? yearOf(data.end.date, `${where} › end.date`) : null;
    if (data.start && data.end && data.end.date < data.start.date) throw new Error(`${where} › end comes before start`);
    if (data.sources.length === 0) throw new Error(`${where} › sources is empty`);
    return {
      id,
      from: data.from,
      to: data.to,
      kind: data.kind,
      start: data.start,
      end: data.end,
      startYear,
      endYear,
      statedBy: data.statedBy,
      sources: data.sources,
      notes: data.notes ?? null,
    };
  });

  const linked = new Set(relations.flatMap((r) => [r.from, r.to]));
  const keepFaction = (id: string) => options.unlinkedFactions !== false || linked.has(id);
  const factionBands = new Map(input.factions.map((f) => [f.id, factionBand[f.data.alignment]]));
  const organizationBands = new Map(input.organizations.map((o) => [o.id, organizationBand[o.data.kind]]));

  const actors: NetworkActor[] = [
    ...input.factions
      .filter((f) => keepFaction(f.id))
      .map((f): NetworkActor => {
        if (!(f.data.alignment in factionBand)) throw new Error(`Faction "${f.id}" › alignment "${f.data.alignment}" is not known`);
        return {
          id: f.id,
          name: f.data.name,
          kind: 'faction',
          alignment: f.data.alignment,
          organizationKind: null,
          founded: f.data.founded,
          foundedYear: f.data.founded ? yearOf(f.data.founded.date, `Faction "${f.id}" › founded.date`) : null,
          band: factionBand[f.data.alignment],
        };
      }),
    ...input.organizations
      .filter((o) => linked.has(o.id))
      .map((o): NetworkActor => {
        const band = organizationBand[o.data.kind];
        if (!band) throw new Error(`Organization "${o.id}" › kind "${o.data.kind}" is not known`);
        return {
          id: o.id,
          name: o.data.name,
          kind: 'organization',
          alignment: null,
          organizationKind: o.data.kind,
          founded: o.data.founded ?? null,
          foundedYear: o.data.founded ? yearOf(o.data.founded.date, `Organization "${o.id}" › founded.date`) : null,
          band,
        };
      }),
    ...input.people
      .filter((p) => linked.has(p.id))
      .map(
        (p): NetworkActor => ({
          id: p.id,
          name: p.data.name,
          kind: 'person',
          alignment: null,
          organizationKind: null,
          founded: null,
          foundedYear: null,
          band: personBand(p, factionBands, organizationBands),
        }),
      ),
  ];

  const sources: Record<string, NetworkSource> = {};
  if (input.sources) {
    const byId = new Map(input.sources.map((s) => [s.id, s.data]));
    for (const r of relations) {
      for (const [i, sourceId] of r.sources.entries()) {
        const source = byId.get(sourceId);
        if (!source) throw new Error(`Relation "${r.id}" › sources[${i}] names the unknown source "${sourceId}"`);
        sources[sourceId] = { id: sourceId, title: source.title, publisher: source.publisher, url: source.url };
      }
    }
  }

  return { actors, relations, years: yearSpan(input, actors, relations, options.lastYear), sources };
}

/** A person sits with the current of the first faction (or organization) they held a post in. */
function personBand(
  person: PersonEntry,
  factionBands: ReadonlyMap<string, BandKey>,
  organizationBands: ReadonlyMap<string, BandKey>,
): BandKey {
  for (const role of person.data.roles) {
    const band = (role.faction && factionBands.get(role.faction)) || (role.organization && organizationBands.get(role.organization));
    if (band) return band;
  }
  return 'state';
}

function yearSpan(input: NetworkInput, actors: readonly NetworkActor[], relations: readonly NetworkRelation[], lastYear?: number) {
  const starts = [...actors.map((a) => a.foundedYear), ...relations.map((r) => r.startYear)].filter((y): y is number => y !== null);
  const asOf = [...input.factions, ...input.people].flatMap((e) => (e.data.asOf ? [yearOf(e.data.asOf, `Record "${e.id}" › asOf`)] : []));
  const ends = [...starts, ...relations.map((r) => r.endYear).filter((y): y is number => y !== null), ...asOf];
  if (starts.length === 0 && lastYear === undefined) {
    throw new Error('The network needs at least one dated founding or relation, or a lastYear, to span its year control');
  }
  const last = lastYear ?? Math.max(...ends);
  const first = starts.length > 0 ? Math.min(...starts) : last;
  if (first > last) throw new Error(`lastYear ${last} comes before the earliest dated record (${first})`);
  return { first, last };
}

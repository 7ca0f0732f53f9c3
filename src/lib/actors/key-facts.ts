/**
 * The key-facts box of a faction or person page, built from the dataset: every row a label and a
 * list of statements, each carrying the sources it rests on. Pure: records in, rows out.
 */
import type { z } from 'astro/zod';
import type { datedPoint } from '../data/primitives.ts';
import type { Election, Faction, Person, Relation } from '../data/schemas.ts';
import { alignments, designationKinds, factionStatuses, labelOf, relationKinds } from '../data/vocabulary.ts';
import { formatDate } from '../site/dates.ts';

type Dated = z.infer<typeof datedPoint>;

export interface Fact {
  readonly text: string;
  readonly sources: readonly string[];
  /** A page the statement links to (a leader's profile), if any. */
  readonly href?: string;
  /** Language of the text when it is not English (Arabic names). */
  readonly lang?: string;
}

export interface FactRow {
  readonly label: string;
  readonly facts: readonly Fact[];
}

/** "June 2014", "2007" or "3 January 2020", as precise as the source. */
export function datedText(point: Dated | null): string | null {
  if (!point) return null;
  if (point.precision === 'year') return point.date.slice(0, 4);
  if (point.precision === 'month') {
    return new Date(`${point.date}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return formatDate(point.date);
}

/** "2006 – present", "until 3 January 2020", or "" when neither end is sourced. */
export function tenureText(start: Dated | null, end: Dated | null): string {
  const from = datedText(start);
  const to = datedText(end);
  if (from && to) return `${from} – ${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return '';
}

/** Rows shown in a faction's key-facts box; rows with nothing sourced are left out. */
export function factionFacts(faction: Faction, elections: readonly { id: string; data: Election }[], factionId: string): FactRow[] {
  // Names, current, founding and status rest on the record's own sources, listed once under the box.
  const factionSources: readonly string[] = [];
  const rows: FactRow[] = [];
  const add = (label: string, facts: Fact[]) => facts.length > 0 && rows.push({ label, facts });
  add('Arabic name', faction.arabicName ? [{ text: faction.arabicName, sources: factionSources, lang: 'ar' }] : []);
  add('Also known as', faction.aliases.length > 0 ? [{ text: faction.aliases.join(' · '), sources: [] }] : []);
  add('Current', [{ text: labelOf(alignments, faction.alignment), sources: factionSources }]);
  add('Founded', faction.founded ? [{ text: datedText(faction.founded) ?? '', sources: factionSources }] : []);
  add(
    'Leaders',
    faction.leaders.map((l) => {
      const tenure = tenureText(l.start, l.end);
      return {
        text: `${l.name}, ${l.role.charAt(0).toLowerCase()}${l.role.slice(1)}${tenure ? ` (${tenure})` : ''}`,
        sources: l.sources,
        ...(l.person ? { href: `/people/${l.person}/` } : {}),
      };
    }),
  );
  add('PMF brigades', faction.brigades ? [{ text: faction.brigades.numbers.join(', '), sources: faction.brigades.sources }] : []);
  add(
    'Political wing',
    faction.politicalWings.map((w) => ({ text: w.name, sources: w.sources })),
  );
  add('Seats won', seatsOf(factionId, elections));
  add(
    'Size estimates',
    faction.sizeEstimates.map((s) => ({
      text: `${s.min === s.max ? s.min.toLocaleString('en-GB') : `${s.min.toLocaleString('en-GB')}–${s.max.toLocaleString('en-GB')}`} fighters in ${s.year}, according to ${s.by}`,
      sources: s.sources,
    })),
  );
  add('Designations', designationFacts(faction.designations));
  add('Status', [{ text: `${labelOf(factionStatuses, faction.status)} (as of ${formatDate(faction.asOf)})`, sources: factionSources }]);
  return rows;
}

/** Seats won by lists the faction ran in, election by election. */
export function seatsOf(factionId: string, elections: readonly { id: string; data: Election }[]): Fact[] {
  return [...elections]
    .sort((a, b) => a.data.date.localeCompare(b.data.date))
    .flatMap((e) =>
      e.data.results
        .filter((r) => r.factions.includes(factionId))
        .map((r) => {
          const asides = [r.seatsNote, r.factions.length > 1 ? 'a list shared with other factions' : null].filter(Boolean);
          return {
            text: `${e.data.date.slice(0, 4)}: ${r.list}, ${r.seats} of ${e.data.totalSeats} seats${asides.length > 0 ? ` (${asides.join('; ')})` : ''}`,
            sources: r.sources,
          };
        }),
    );
}

function designationFacts(designations: Faction['designations']): Fact[] {
  return [...designations]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({
      text: `${d.by}: ${labelOf(designationKinds, d.kind)}${d.kind === 'other' ? '' : ` (${d.kind})`}, ${datedText({ date: d.date, precision: d.precision })}`,
      sources: d.sources,
    }));
}

/** Rows shown in a person's key-facts box. */
export function personFacts(person: Person, factionNames: ReadonlyMap<string, string>): FactRow[] {
  const rows: FactRow[] = [];
  const add = (label: string, facts: Fact[]) => facts.length > 0 && rows.push({ label, facts });
  add('Arabic name', person.arabicName ? [{ text: person.arabicName, sources: [], lang: 'ar' }] : []);
  add('Also known as', person.aliases.length > 0 ? [{ text: person.aliases.join(' · '), sources: [] }] : []);
  add('Born', person.born ? [{ text: datedText(person.born) ?? '', sources: [] }] : []);
  add('Died', person.died ? [{ text: datedText(person.died) ?? '', sources: [] }] : []);
  add(
    'Posts',
    person.roles.map((r) => {
      const tenure = tenureText(r.start, r.end);
      return {
        text: `${r.title}${tenure ? ` (${tenure})` : ''}`,
        sources: r.sources,
        ...(r.faction && factionNames.has(r.faction) ? { href: `/factions/${r.faction}/` } : {}),
      };
    }),
  );
  add('Designations', designationFacts(person.designations));
  add('Facts as of', [{ text: formatDate(person.asOf), sources: [] }]);
  return rows;
}

/** One line per relation touching an actor, phrased from that actor's side. */
export function relationFacts(
  actorId: string,
  relations: readonly { id: string; data: Relation }[],
  names: Readonly<Record<string, string>>,
  hrefOf: (id: string) => string | null,
): Fact[] {
  return relations
    .filter((r) => r.data.from === actorId || r.data.to === actorId)
    .map((r) => {
      const outgoing = r.data.from === actorId;
      const other = outgoing ? r.data.to : r.data.from;
      const label = labelOf(relationKinds, r.data.kind).toLowerCase();
      const phrase = outgoing ? `${label} ${names[other] ?? other}` : `${names[other] ?? other}: ${label} this group`;
      const tenure = tenureText(r.data.start, r.data.end);
      const who = r.data.statedBy ? ` — according to ${r.data.statedBy}` : '';
      const href = hrefOf(other);
      const text = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}${tenure ? ` (${tenure})` : ''}${who}`;
      return { text, sources: r.data.sources, ...(href ? { href } : {}) };
    });
}

/** Every source id the rows rest on, in order of first use. */
export function factSources(rows: readonly FactRow[]): string[] {
  return [...new Set(rows.flatMap((r) => r.facts.flatMap((f) => f.sources)))];
}

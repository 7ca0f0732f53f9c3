/**
 * Words and rows for the legal-status chart: the text summary (the SVG's <desc>), dates written at
 * the precision the sources give, tooltips, and the rows of the table alternative.
 */
import { designationKinds } from '../data/vocabulary.ts';
import { formatDate } from '../site/dates.ts';
import { type DatePrecision, type DesignationKind, designationKindOrder, type LegalActor, type LegalInput } from './model.ts';

/** The dataset vocabulary's label for a kind, with the abbreviation readers meet in the news: "Foreign Terrorist Organization (FTO)". */
function kindLabel(kind: DesignationKind): string {
  const label = designationKinds.terms.find((t) => t.value === kind)?.label ?? kind;
  return kind === 'FTO' || kind === 'SDGT' ? `${label} (${kind})` : label;
}

const tableKindNames = Object.fromEntries(designationKindOrder.map((k) => [k, kindLabel(k)])) as Record<DesignationKind, string>;
/** The names inside a sentence: no abbreviation (it would nest brackets), and "sanctions" and "other" without a capital. */
const kindWords = Object.fromEntries(
  designationKindOrder.map((k) => {
    const label = designationKinds.terms.find((t) => t.value === k)?.label ?? k;
    // "Sanctions (SDN list)" → "sanctions on the SDN list", which can sit inside brackets.
    const plain = label.replace(/\s*\((.+)\)$/, ' on the $1');
    return [k, k === 'FTO' || k === 'SDGT' ? label : plain.charAt(0).toLowerCase() + plain.slice(1)];
  }),
) as Record<DesignationKind, string>;

/** "a", "a and b", "a, b and c". */
function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A date at its precision, saying so when the day (or month) is not known: "May 2011 (day not known)". */
export function dateText(date: string, precision: DatePrecision): string {
  const text = formatDate(date, precision);
  if (precision === 'month') return `${text} (day not known)`;
  if (precision === 'year') return `${text} (month and day not known)`;
  return text;
}

/** The text of a marker's tooltip. */
export function markerTooltip(actor: LegalActor, index: number): string {
  const d = actor.designations[index];
  if (!d) throw new Error(`markerTooltip › "${actor.id}" has no designation ${index}`);
  return `${actor.name}: ${kindWords[d.kind]} (${d.by}), ${dateText(d.date, d.precision)}`;
}

/** The chart's text summary, computed from the data. */
export function describeLegal(input: LegalInput): string {
  const { actors, references } = input;
  if (actors.length === 0) return 'No faction or person in our data has a recorded designation.';
  const bodies = [...new Set(actors.flatMap((a) => a.designations.map((d) => d.by)))].sort((a, b) => {
    const n = (body: string) => actors.filter((x) => x.designations.some((d) => d.by === body)).length;
    return n(b) - n(a) || a.localeCompare(b);
  });
  const sentences = bodies.map((body) => {
    const listed = actors.filter((a) => a.designations.some((d) => d.by === body));
    const factions = listed.filter((a) => a.kind === 'faction').length;
    const people = listed.filter((a) => a.kind === 'person').length;
    const who = joinWords(
      [factions > 0 ? count(factions, 'faction', 'factions') : '', people > 0 ? count(people, 'person', 'people') : ''].filter(Boolean),
    );
    return `${who} in our data ${factions + people === 1 ? 'is' : 'are'} on ${body} terrorism or sanctions lists.`;
  });

  const all = actors.flatMap((a) => a.designations.map((d) => ({ a, d })));
  const first = Math.min(...all.map(({ d }) => d.start));
  const last = Math.max(...all.map(({ d }) => d.start));
  const listing = (at: number) => {
    const hits = all.filter(({ d }) => d.start === at);
    const kinds = [...new Set(hits.map(({ d }) => kindWords[d.kind]))];
    const names = [...new Set(hits.map(({ a }) => a.name))];
    const sample = hits[0]?.d;
    // "on 2 July 2009" but "in May 2011" and "in 2012": the preposition follows the precision.
    const when = sample ? `${sample.precision === 'day' ? 'on' : 'in'} ${formatDate(sample.date, sample.precision)}` : '';
    return { names: joinWords(names), many: names.length > 1, when: `${when} (${joinWords(kinds)})` };
  };
  const [earliest, latest] = [listing(first), listing(last)];
  sentences.push(
    `The first listing shown is of ${earliest.names}, ${earliest.when}; the latest ${latest.many ? 'are' : 'is'} of ${latest.names}, ${latest.when}.`,
  );
  const byKind = designationKindOrder
    .map((kind) => ({ kind, n: all.filter(({ d }) => d.kind === kind).length }))
    .filter((k) => k.n > 0)
    .map((k) => `${k.n} ${k.kind === 'other' ? 'other' : k.kind}`);
  sentences.push(`In all, ${count(all.length, 'listing', 'listings')}: ${joinWords(byKind)}.`);
  const coarse = all.filter(({ d }) => d.precision !== 'day').length;
  if (coarse > 0) sentences.push(`${count(coarse, 'listing is', 'listings are')} known only to the month or year.`);
  if (references.length > 0) {
    const a = references[0];
    const b = references.at(-1);
    sentences.push(
      a && b && references.length > 1
        ? `Numbered lines mark ${references.length} laws, decrees and parliamentary votes, from ${formatDate(a.date, a.precision)} to ${formatDate(b.date, b.precision)}.`
        : `A numbered line marks one law, decree or vote: ${a ? `${a.title}, ${formatDate(a.date, a.precision)}` : ''}.`,
    );
  }
  return sentences.join(' ');
}

export interface LegalTableRow {
  readonly kind: DesignationKind;
  readonly kindName: string;
  readonly by: string;
  readonly date: string;
  readonly dateText: string;
  readonly precision: DatePrecision;
  readonly notes: string | null;
  readonly sources: readonly string[];
}

export interface LegalTableGroup {
  readonly id: string;
  readonly name: string;
  readonly kind: LegalActor['kind'];
  readonly rows: readonly LegalTableRow[];
}

/** One group per actor, in the chart's order, one row per listing in date order. */
export function legalTable(input: LegalInput): LegalTableGroup[] {
  return input.actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    rows: a.designations.map((d) => ({
      kind: d.kind,
      kindName: tableKindNames[d.kind],
      by: d.by,
      date: d.date,
      dateText: dateText(d.date, d.precision),
      precision: d.precision,
      notes: d.notes,
      sources: d.sources,
    })),
  }));
}

export { tableKindNames as designationKindNames };

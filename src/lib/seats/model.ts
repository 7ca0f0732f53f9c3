/**
 * What the seats chart draws, derived from the elections collection: each election with its lists,
 * the factions in each list resolved to names, and the seats our data does not assign to any list.
 * Pure (no Astro imports), so tests can feed it synthetic records.
 */

/** The shape of an elections record this module needs (the schema's type is assignable to it). */
export interface ElectionRecord {
  readonly date: string;
  readonly name: string;
  readonly totalSeats: number;
  readonly results: readonly {
    readonly list: string;
    readonly arabicName?: string | null | undefined;
    readonly seats: number;
    readonly seatsNote?: string | null | undefined;
    readonly pmfLinked: boolean;
    readonly factions: readonly string[];
    readonly sources: readonly string[];
  }[];
  readonly sources: readonly string[];
  readonly notes?: string | null | undefined;
}

export interface SeatsFaction {
  readonly id: string;
  readonly name: string;
}

export interface SeatsResult {
  readonly list: string;
  readonly arabicName: string | null;
  readonly seats: number;
  /** Another figure some source gives, said in words ("21 in Arab News's count"), or null. */
  readonly seatsNote: string | null;
  readonly pmfLinked: boolean;
  readonly factions: readonly SeatsFaction[];
  readonly sources: readonly string[];
}

/** One election as the chart sees it. */
export interface SeatsElection {
  readonly id: string;
  /** Polling day, "yyyy-mm-dd". */
  readonly date: string;
  readonly year: number;
  readonly name: string;
  readonly totalSeats: number;
  readonly results: readonly SeatsResult[];
  readonly sources: readonly string[];
  readonly notes: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turns loaded election entries into the chart's input, in date order. Faction ids are resolved
 * through `factionNames` (id → display name); an unknown id throws, naming the record and field,
 * because a silently dropped faction would misstate who ran on a list.
 */
export function prepareSeats(
  entries: readonly { readonly id: string; readonly data: ElectionRecord }[],
  factionNames: Readonly<Record<string, string>>,
): SeatsElection[] {
  const elections = entries.map(({ id, data }) => {
    const where = (field: string) => `Election "${id}" › ${field}`;
    for (const [i, r] of data.results.entries())
      for (const [j, f] of r.factions.entries())
        if (factionNames[f] === undefined) throw new Error(`${where(`results[${i}].factions[${j}]`)} names the unknown faction "${f}"`);
    return {
      id,
      date: data.date,
      year: Number(data.date.slice(0, 4)),
      name: data.name,
      totalSeats: data.totalSeats,
      results: data.results.map((r) => ({
        list: r.list,
        arabicName: r.arabicName ?? null,
        seats: r.seats,
        seatsNote: r.seatsNote ?? null,
        pmfLinked: r.pmfLinked,
        factions: r.factions.map((f) => ({ id: f, name: factionNames[f] ?? f })),
        sources: [...r.sources],
      })),
      sources: [...data.sources],
      notes: data.notes ?? null,
    };
  });
  validateElections(elections);
  return elections.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Throws on input the chart cannot draw honestly, naming the election and the field. */
export function validateElections(elections: readonly SeatsElection[]): void {
  const seen = new Set<string>();
  for (const e of elections) {
    const where = (field: string) => `Election "${e.id}" › ${field}`;
    if (seen.has(e.id)) throw new Error(`${where('id')} appears twice`);
    seen.add(e.id);
    if (!ISO_DATE.test(e.date) || Number.isNaN(Date.parse(`${e.date}T00:00:00Z`)))
      throw new Error(`${where('date')} must be a date written "yyyy-mm-dd", not "${e.date}"`);
    if (!Number.isInteger(e.totalSeats) || e.totalSeats <= 0)
      throw new Error(`${where('totalSeats')} must be a positive whole number, not ${e.totalSeats}`);
    if (e.results.length === 0) throw new Error(`${where('results')} is empty`);
    const lists = new Set<string>();
    e.results.forEach((r, i) => {
      if (!Number.isInteger(r.seats) || r.seats < 0)
        throw new Error(`${where(`results[${i}].seats`)} must be a whole number of seats, not ${r.seats}`);
      // Segments and colours are keyed by list name: two rows with one name would be drawn as one.
      if (lists.has(r.list)) throw new Error(`${where(`results[${i}].list`)} repeats the list "${r.list}"`);
      lists.add(r.list);
    });
    const listed = listedSeats(e);
    if (listed > e.totalSeats) throw new Error(`${where('results')} assign ${listed} seats, more than the ${e.totalSeats} in parliament`);
  }
}

/** Seats our data assigns to some list. */
export const listedSeats = (e: SeatsElection) => e.results.reduce((sum, r) => sum + r.seats, 0);

/** Seats won by lists that sources describe as PMF-linked. */
export const pmfSeats = (e: SeatsElection) => e.results.filter((r) => r.pmfLinked).reduce((sum, r) => sum + r.seats, 0);

/** Seats the data leaves unassigned (small lists and independents it does not record). */
export const unlistedSeats = (e: SeatsElection) => e.totalSeats - listedSeats(e);

/** The smallest number of seats that is more than half the chamber. */
export const majorityOf = (totalSeats: number) => Math.floor(totalSeats / 2) + 1;

/** PMF-linked lists of an election, largest first (name breaks ties, so the order is stable). */
export const pmfLists = (e: SeatsElection) =>
  e.results.filter((r) => r.pmfLinked).sort((a, b) => b.seats - a.seats || a.list.localeCompare(b.list));

/**
 * A short name for direct labels: "Fatah Alliance" → "Fatah", "National Contract Alliance
 * (al-Aqd al-Watani)" → "National Contract". The legend and the table keep the full name.
 */
export function shortListName(list: string): string {
  const bare = list.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const short = bare.replace(/\s+(alliance|coalition|movement|party|bloc|list)$/i, '').trim();
  return short.length > 0 ? short : bare;
}

/** "48 of 329" as a share of the chamber, one decimal: "14.6%". */
export const shareText = (seats: number, total: number) => `${((seats / total) * 100).toFixed(1)}%`;

/**
 * The colour slot (1–6) of each PMF-linked list, by list name: the same list keeps its colour in
 * every election, so a reader can follow it down the chart. Lists with the most seats overall
 * come first; past six, slots repeat (the direct labels still tell the lists apart).
 */
export function pmfColourSlots(elections: readonly SeatsElection[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const e of elections) for (const r of e.results) if (r.pmfLinked) totals.set(r.list, (totals.get(r.list) ?? 0) + r.seats);
  const ordered = [...totals.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return new Map(ordered.map(([list], i) => [list, (i % 6) + 1]));
}

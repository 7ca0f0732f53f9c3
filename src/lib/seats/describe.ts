/**
 * Words and rows for the seats chart: the text summary screen readers hear (and the <desc>), and
 * the rows of the data table that is the chart's accessible alternative.
 */
import { listedSeats, majorityOf, pmfLists, pmfSeats, type SeatsElection, shareText, unlistedSeats } from './model.ts';

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The chart's text summary, computed from the data. */
export function describeSeats(elections: readonly SeatsElection[]): string {
  if (elections.length === 0) return 'No election results are recorded.';
  const sorted = [...elections].sort((a, b) => a.date.localeCompare(b.date));
  const sameChamber = sorted.every((e) => e.totalSeats === sorted[0]?.totalSeats);
  const totals = sorted.map((e, i) => `${pmfSeats(e)}${i === 0 || !sameChamber ? ` of ${e.totalSeats}` : ''} in ${e.year}`);
  const sentences = [`Lists that sources describe as linked to PMF factions won ${joinWords(totals)}, counting the lists in our data.`];
  const detail = sorted.map((e) => {
    const lists = pmfLists(e);
    return `${e.year}: ${lists.length > 0 ? joinWords(lists.map((r) => `${r.list} ${r.seats}`)) : 'none recorded'}.`;
  });
  sentences.push(detail.join(' '));
  const largest = sorted.map((e) => {
    const top = [...e.results].sort((a, b) => b.seats - a.seats || a.list.localeCompare(b.list))[0];
    return top ? `${top.list} (${top.seats}) in ${e.year}` : null;
  });
  sentences.push(`The largest list was ${joinWords(largest.filter((t): t is string => t !== null))}.`);
  sentences.push(
    sameChamber && sorted[0]
      ? `A majority needs ${majorityOf(sorted[0].totalSeats)} of ${sorted[0].totalSeats} seats.`
      : `A majority needs ${joinWords(sorted.map((e) => `${majorityOf(e.totalSeats)} of ${e.totalSeats} in ${e.year}`))}.`,
  );
  const gaps = sorted.filter((e) => unlistedSeats(e) > 0);
  if (gaps.length > 0)
    sentences.push(
      `Our data does not assign ${joinWords(gaps.map((e) => `${unlistedSeats(e)} seat${unlistedSeats(e) === 1 ? '' : 's'} in ${e.year}`))} to any list.`,
    );
  return sentences.join(' ');
}

export interface SeatsTableRow {
  /** The list's name, or null for the row of seats our data does not assign. */
  readonly list: string | null;
  readonly arabicName: string | null;
  readonly seats: number;
  /** Another figure some source gives, or null. */
  readonly seatsNote: string | null;
  /** Null for the unassigned row, where the question does not apply. */
  readonly pmfLinked: boolean | null;
  readonly factions: readonly { readonly id: string; readonly name: string }[];
  readonly share: string;
  readonly sources: readonly string[];
}

export interface SeatsTableGroup {
  readonly id: string;
  readonly year: number;
  readonly name: string;
  readonly date: string;
  readonly totalSeats: number;
  readonly majority: number;
  readonly pmfSeats: number;
  readonly listedSeats: number;
  readonly rows: readonly SeatsTableRow[];
  readonly notes: string | null;
}

/** Every list of every election, largest first, plus a row for the seats our data leaves unassigned. */
export function seatsTable(elections: readonly SeatsElection[]): SeatsTableGroup[] {
  return [...elections]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => {
      const rows: SeatsTableRow[] = [...e.results]
        .sort((a, b) => b.seats - a.seats || a.list.localeCompare(b.list))
        .map((r) => ({
          list: r.list,
          arabicName: r.arabicName,
          seats: r.seats,
          seatsNote: r.seatsNote,
          pmfLinked: r.pmfLinked,
          factions: r.factions,
          share: shareText(r.seats, e.totalSeats),
          sources: r.sources,
        }));
      const unlisted = unlistedSeats(e);
      if (unlisted > 0)
        rows.push({
          list: null,
          arabicName: null,
          seats: unlisted,
          seatsNote: null,
          pmfLinked: null,
          factions: [],
          share: shareText(unlisted, e.totalSeats),
          sources: [],
        });
      return {
        id: e.id,
        year: e.year,
        name: e.name,
        date: e.date,
        totalSeats: e.totalSeats,
        majority: majorityOf(e.totalSeats),
        pmfSeats: pmfSeats(e),
        listedSeats: listedSeats(e),
        rows,
        notes: e.notes,
      };
    });
}

/** Every source the election records cite, once each, in the order they first appear. */
export function seatsSources(elections: readonly SeatsElection[]): string[] {
  const ids = new Set<string>();
  for (const e of [...elections].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const id of e.sources) ids.add(id);
    for (const r of e.results) for (const id of r.sources) ids.add(id);
  }
  return [...ids];
}

/**
 * Words for the claims ledger: the status counts as a phrase, the SVG's <desc> (the pattern across
 * periods, for readers who do not see the bars) and the labels of statuses.
 */
import { attributionStatuses, labelOf } from '../data/vocabulary.ts';
import type { LedgerStatusKey } from './model.ts';
import { ledgerStatuses } from './model.ts';
import type { LedgerRow, LedgerTally } from './tally.ts';

export const statusLabel = (status: LedgerStatusKey) => labelOf(attributionStatuses, status);

/** Statuses the chart shows: the four of the deniability pattern always, "confirmed" only when an attack has it. */
export function shownStatuses(rows: readonly LedgerRow[]): LedgerStatusKey[] {
  return ledgerStatuses.filter((s) => s !== 'confirmed' || rows.some((r) => r.counts.confirmed > 0));
}

/** "2 claimed · 5 attributed · 3 unattributed" (statuses with no attack left out). */
export function countsPhrase(counts: Readonly<Record<LedgerStatusKey, number>>, separator = ' · '): string {
  return ledgerStatuses
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${statusLabel(s).toLowerCase()}`)
    .join(separator);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The whole pattern in sentences: totals, then each period, then where claims and silence were most common. */
export function describeLedger(tally: LedgerTally, noun = 'attack'): string {
  const { rows, unplaced } = tally;
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  if (total === 0) return `No ${noun}s are recorded in these periods.`;
  const overall = Object.fromEntries(ledgerStatuses.map((s) => [s, rows.reduce((sum, r) => sum + r.counts[s], 0)])) as Record<
    LedgerStatusKey,
    number
  >;
  const parts = [`${plural(total, noun)} in ${plural(rows.length, 'period')}: ${countsPhrase(overall, ', ')}.`];
  parts.push(
    rows
      .map(
        (r) =>
          `${r.period.label}${r.period.note ? ` (${r.period.note})` : ''}: ${r.total === 0 ? `no ${noun}s` : `${plural(r.total, noun)}, ${countsPhrase(r.counts, ', ')}`}.`,
      )
      .join(' '),
  );
  /** The periods where a status had its largest share, ties all named: "A (3 of 3); B (1 of 1)". */
  const highest = (status: LedgerStatusKey) => {
    const share = (r: LedgerRow) => r.counts[status] / r.total;
    const candidates = rows.filter((r) => r.total > 0 && r.counts[status] > 0);
    const top = Math.max(...candidates.map(share));
    return candidates
      .filter((r) => share(r) === top)
      .map((r) => `${r.period.label} (${r.counts[status]} of ${r.total})`)
      .join('; ');
  };
  const claimed = highest('claimed');
  const unattributed = highest('unattributed');
  parts.push(claimed ? `Highest share claimed: ${claimed}.` : `No ${noun} in these periods was claimed.`);
  if (unattributed) parts.push(`Highest share with nobody named: ${unattributed}.`);
  if (unplaced.length > 0)
    parts.push(
      `${plural(unplaced.length, noun)} dated too coarsely to fall in one period ${unplaced.length === 1 ? 'is' : 'are'} not counted.`,
    );
  return parts.join(' ');
}

/**
 * Attacks counted per period and status, with who attributed them. An attack is placed by the period
 * its date stands for (a day, a month or a year); one dated so coarsely that it straddles two periods
 * is set aside and reported, never guessed into one of them.
 */
import { periodEnd } from '../timeline/model.ts';
import { type LedgerAttack, type LedgerStatusKey, ledgerStatuses } from './model.ts';
import { checkPeriods, type LedgerPeriod } from './periods.ts';

export interface LedgerRow {
  readonly period: LedgerPeriod;
  /** The period in UTC ms, end exclusive (an open period ends after the dataset's last day). */
  readonly from: number;
  readonly to: number;
  readonly counts: Readonly<Record<LedgerStatusKey, number>>;
  readonly total: number;
  readonly ids: readonly string[];
  /** Who attributed attacks in this period, verbatim, to whom, and in how many attacks; most attacks first. */
  readonly attributions: readonly { readonly by: string; readonly blamed: readonly string[]; readonly attacks: number }[];
}

export interface LedgerTally {
  readonly rows: readonly LedgerRow[];
  /** Attacks dated too coarsely to sit in one period. */
  readonly unplaced: readonly LedgerAttack[];
}

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function tallyLedger(attacks: readonly LedgerAttack[], periods: readonly LedgerPeriod[], coverageEnd: string): LedgerTally {
  checkPeriods(periods);
  const bounds = periods.map((p) => {
    const from = utc(p.from);
    return { period: p, from, to: p.to === null ? Math.max(utc(coverageEnd) + DAY, from + DAY) : utc(p.to) + DAY };
  });
  const placed = new Map<string, LedgerAttack[]>(periods.map((p) => [p.key, []]));
  const unplaced: LedgerAttack[] = [];
  const seen = new Set<string>();
  for (const attack of attacks) {
    if (seen.has(attack.id)) throw new Error(`attack "${attack.id}" appears twice`);
    seen.add(attack.id);
    if (!ledgerStatuses.includes(attack.status))
      throw new Error(`attack "${attack.id}" › status "${attack.status}" is not a ledger status`);
    const start = utc(attack.date);
    if (Number.isNaN(start)) throw new Error(`attack "${attack.id}" › date "${attack.date}" is not a yyyy-mm-dd date`);
    const end = periodEnd(attack.date, attack.precision, null);
    const home = bounds.find((b) => start >= b.from && start < b.to);
    if (!home)
      throw new Error(
        `attack "${attack.id}" (${attack.date}) falls in no ledger period; add or widen a period in src/lib/ledger/periods.ts (or the page's periods)`,
      );
    if (end > home.to) unplaced.push(attack);
    else placed.get(home.period.key)?.push(attack);
  }
  const rows = bounds.map(({ period, from, to }) => {
    const inside = placed.get(period.key) ?? [];
    const counts = Object.fromEntries(ledgerStatuses.map((s) => [s, inside.filter((a) => a.status === s).length])) as Record<
      LedgerStatusKey,
      number
    >;
    const byWhom = new Map<string, { blamed: Set<string>; attacks: Set<string> }>();
    for (const attack of inside) {
      for (const { by, actor } of attack.attributions) {
        const entry = byWhom.get(by) ?? { blamed: new Set<string>(), attacks: new Set<string>() };
        entry.blamed.add(actor);
        entry.attacks.add(attack.id);
        byWhom.set(by, entry);
      }
    }
    const attributions = [...byWhom]
      .map(([by, e]) => ({ by, blamed: [...e.blamed].sort((a, b) => a.localeCompare(b)), attacks: e.attacks.size }))
      .sort((a, b) => b.attacks - a.attacks || a.by.localeCompare(b.by));
    return { period, from, to, counts, total: inside.length, ids: inside.map((a) => a.id), attributions };
  });
  return { rows, unplaced };
}

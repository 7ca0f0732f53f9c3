/**
 * The periods the claims ledger compares, as data: each with a label, a short note on what bounds it,
 * and exact first and last days. Pages may pass their own list; `checkPeriods` keeps any list sound.
 */

export interface LedgerPeriod {
  readonly key: string;
  /** The period's dates in words, e.g. "27 December 2019 – 8 January 2020". */
  readonly label: string;
  /** What sets the period apart, or null when the dates say it all. */
  readonly note: string | null;
  /** First day, "yyyy-mm-dd". */
  readonly from: string;
  /** Last day, inclusive; null for a period still open. */
  readonly to: string | null;
}

/**
 * The escalation's phases. K-1 (27 December 2019) opened the exchange that ran to the Soleimani strike
 * and Iran's missile strike on 8 January 2020; the Gaza war opened the next surge in October 2023.
 * The periods run without gaps from 2014, so any attack added to the data has a period to count in.
 */
export const escalationPeriods: readonly LedgerPeriod[] = [
  { key: '2014-2018', label: '2014–2018', note: null, from: '2014-01-01', to: '2018-12-31' },
  { key: '2019-before-k1', label: '1 January – 26 December 2019', note: 'Before the K-1 attack', from: '2019-01-01', to: '2019-12-26' },
  {
    key: 'k1-to-missiles',
    label: '27 December 2019 – 8 January 2020',
    note: 'K-1, the Soleimani strike and Iran’s missiles',
    from: '2019-12-27',
    to: '2020-01-08',
  },
  { key: '2020-after', label: '9 January – 31 December 2020', note: 'After Iran’s missile strike', from: '2020-01-09', to: '2020-12-31' },
  {
    key: '2021-to-sept-2023',
    label: 'January 2021 – September 2023',
    note: 'Between the two surges',
    from: '2021-01-01',
    to: '2023-09-30',
  },
  {
    key: '2023-2024-surge',
    label: 'October 2023 – February 2024',
    note: 'From the start of the Gaza war',
    from: '2023-10-01',
    to: '2024-02-29',
  },
  { key: 'since-march-2024', label: 'Since March 2024', note: null, from: '2024-03-01', to: null },
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (iso: string) => ISO_DATE.test(iso) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);

/** Throws unless periods have unique keys, valid dates, run forwards, do not overlap and only the last is open. */
export function checkPeriods(periods: readonly LedgerPeriod[]): void {
  if (periods.length === 0) throw new Error('ledger periods: at least one period is needed');
  const keys = new Set<string>();
  for (const [i, p] of periods.entries()) {
    const where = `ledger period "${p.key}"`;
    if (keys.has(p.key)) throw new Error(`${where} appears twice`);
    keys.add(p.key);
    if (!validDate(p.from)) throw new Error(`${where} › from "${p.from}" is not a yyyy-mm-dd date`);
    if (p.to !== null && !validDate(p.to)) throw new Error(`${where} › to "${p.to}" is not a yyyy-mm-dd date`);
    if (p.to !== null && p.to < p.from) throw new Error(`${where} › to (${p.to}) is before from (${p.from})`);
    if (p.to === null && i < periods.length - 1) throw new Error(`${where} › to is open (null), but only the last period may be`);
    const previous = periods[i - 1];
    if (previous?.to && p.from <= previous.to)
      throw new Error(`${where} › from (${p.from}) is not after the previous period's last day (${previous.to})`);
  }
}

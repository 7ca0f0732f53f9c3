/** The claims ledger's pure parts: periods, statuses, tallies, layout geometry and words. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import type { Event } from '../../src/lib/data/schemas.ts';
import { countsPhrase, describeLedger, shownStatuses } from '../../src/lib/ledger/describe.ts';
import { layoutLedger, wrap } from '../../src/lib/ledger/layout.ts';
import { type LedgerAttack, prepareLedger } from '../../src/lib/ledger/model.ts';
import { checkPeriods, escalationPeriods, type LedgerPeriod } from '../../src/lib/ledger/periods.ts';
import { tallyLedger } from '../../src/lib/ledger/tally.ts';
import { textWidth } from '../../src/lib/timeline/labels.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
type Actor = Event['actors'][number];
const link = (
  id: string,
  attribution: Actor['attribution'],
  attributedBy: string | null = null,
  role: Actor['role'] = 'perpetrator',
): Actor => ({
  id,
  role,
  attribution,
  attributedBy,
  sources: ['s1'],
});
const event = (id: string, date: string, extra: Partial<Event> = {}): { id: string; data: Event } => ({
  id,
  data: {
    date,
    datePrecision: 'day',
    endDate: null,
    title: id,
    summary: id,
    type: 'rocket-attack',
    severity: 1,
    place: null,
    actors: [],
    casualties: { killed: null, wounded: null, notes: null },
    respondsTo: [],
    sources: ['s1'],
    notes: null,
    ...extra,
  },
});
const attack = (id: string, date: string, status: LedgerAttack['status'], precision: LedgerAttack['precision'] = 'day'): LedgerAttack => ({
  id,
  date,
  precision,
  status,
  attributions: [],
});

describe('periods', () => {
  it('are sound as shipped, in order, with only the last open', () => {
    expect(() => checkPeriods(escalationPeriods)).not.toThrow();
    expect(escalationPeriods.at(-1)?.to).toBeNull();
    expect(escalationPeriods.find((p) => p.key === 'k1-to-missiles')).toMatchObject({ from: '2019-12-27', to: '2020-01-08' });
  });

  it('reject overlaps, reversed bounds, an open period before the last, repeats and bad dates', () => {
    const p = (key: string, from: string, to: string | null): LedgerPeriod => ({ key, label: key, note: null, from, to });
    expect(() => checkPeriods([p('a', '2020-01-01', '2020-06-30'), p('b', '2020-06-30', null)])).toThrow(
      /"b" › from \(2020-06-30\) is not after/,
    );
    expect(() => checkPeriods([p('a', '2020-06-01', '2020-01-01')])).toThrow(/"a" › to \(2020-01-01\) is before from/);
    expect(() => checkPeriods([p('a', '2020-01-01', null), p('b', '2021-01-01', null)])).toThrow(/"a" › to is open/);
    expect(() => checkPeriods([p('a', '2020-01-01', '2020-02-01'), p('a', '2021-01-01', null)])).toThrow(/"a" appears twice/);
    expect(() => checkPeriods([p('a', '2020-02-30', null)])).toThrow(/"a" › from "2020-02-30"/);
    expect(() => checkPeriods([])).toThrow(/at least one/);
  });
});

describe('prepareLedger', () => {
  const entries = [
    event('claimed-and-blamed', '2020-03-11', {
      actors: [
        link('front', 'claimed', null, 'claimant'),
        link('kh', 'attributed', 'US Central Command'),
        link('us', 'confirmed', null, 'target'),
      ],
    }),
    event('blamed-and-denied', '2019-12-27', { actors: [link('kh', 'attributed', 'US Department of Defense'), link('iran', 'denied')] }),
    event('denied-only', '2020-01-26', { actors: [link('pmf', 'denied')] }),
    event('nobody', '2020-01-04'),
    event('a-vote', '2020-01-05', { type: 'legislation', severity: 0 }),
    event('airstrike', '2019-12-29', { type: 'airstrike', actors: [link('us', 'confirmed')], endDate: '2020-01-02' }),
  ];
  const names = { front: 'A front name', kh: 'Kataib Hezbollah', iran: 'Iran', pmf: 'PMF', us: 'United States' };
  const data = prepareLedger(entries, { names });

  it('counts only attack types, each under its first applicable status', () => {
    expect(data.attacks.map((a) => [a.id, a.status])).toEqual([
      ['blamed-and-denied', 'attributed'],
      ['nobody', 'unattributed'],
      ['denied-only', 'denied'],
      ['claimed-and-blamed', 'claimed'],
    ]);
    expect(data.subject).toBe('attacks and armed assaults');
  });

  it('keeps who attributed each attack, verbatim, and to whom by name', () => {
    expect(data.attacks.find((a) => a.id === 'claimed-and-blamed')?.attributions).toEqual([
      { by: 'US Central Command', actor: 'Kataib Hezbollah' },
    ]);
  });

  it('ends open periods at the last day any event covers, and credits the attack records', () => {
    expect(data.coverageEnd).toBe('2020-03-11');
    expect(prepareLedger([entries[5]!, entries[0]!]).coverageEnd).toBe('2020-03-11');
    expect(prepareLedger([entries[5]!]).coverageEnd).toBe('2020-01-02');
    expect(data.citation.records).toBe(4);
  });

  it('takes other attack types, and names an actor missing from the names', () => {
    const withStrikes = prepareLedger(entries, { attackTypes: ['rocket-attack', 'airstrike'] });
    expect(withStrikes.attacks.find((a) => a.id === 'airstrike')?.status).toBe('confirmed');
    expect(withStrikes.subject).toBe('events of the kinds rocket attack and airstrike');
    expect(() => prepareLedger(entries, { names: { front: 'A front name' } })).toThrow(
      /event "claimed-and-blamed" › actors names the unknown actor "kh"/,
    );
  });
});

describe('tallyLedger', () => {
  const attacks = [
    attack('before-k1', '2019-12-26', 'attributed'),
    attack('k1', '2019-12-27', 'attributed'),
    attack('missiles-day', '2020-01-08', 'unattributed'),
    attack('after', '2020-01-09', 'denied'),
    attack('claimed-2020', '2020-03-14', 'claimed'),
    attack('month-dec-2019', '2019-12-01', 'unattributed', 'month'),
    attack('year-2016', '2016-01-01', 'attributed', 'year'),
    attack('late', '2025-05-01', 'claimed'),
  ];
  const tally = tallyLedger(attacks, escalationPeriods, '2026-01-25');
  const row = (key: string) => tally.rows.find((r) => r.period.key === key)!;

  it('puts each attack in the period holding its date, bounds inclusive', () => {
    expect(row('2019-before-k1').ids).toEqual(['before-k1']);
    expect(row('k1-to-missiles').ids).toEqual(['k1', 'missiles-day']);
    expect(row('2020-after').ids).toEqual(['after', 'claimed-2020']);
    expect(row('2014-2018').ids).toEqual(['year-2016']);
    expect(row('since-march-2024').ids).toEqual(['late']);
  });

  it('sets aside an attack dated to a month that straddles two periods', () => {
    expect(tally.unplaced.map((a) => a.id)).toEqual(['month-dec-2019']);
    expect(tally.rows.reduce((sum, r) => sum + r.total, 0) + tally.unplaced.length).toBe(attacks.length);
  });

  it('adds up counts per status to the total', () => {
    for (const r of tally.rows) expect(Object.values(r.counts).reduce((a, n) => a + n, 0)).toBe(r.total);
    expect(row('2020-after').counts).toMatchObject({ claimed: 1, denied: 1, attributed: 0, unattributed: 0 });
  });

  it('closes the open period after the dataset’s last day', () => {
    expect(row('since-march-2024').to).toBe(utc('2026-01-26'));
    expect(row('k1-to-missiles').to).toBe(utc('2020-01-09'));
  });

  it('groups attributions by who made them', () => {
    const t = tallyLedger(
      [
        { ...attack('x', '2019-06-01', 'attributed'), attributions: [{ by: 'US officials', actor: 'KH' }] },
        {
          ...attack('y', '2019-07-01', 'attributed'),
          attributions: [
            { by: 'US officials', actor: 'AAH' },
            { by: 'Analyst', actor: 'KH' },
          ],
        },
      ],
      escalationPeriods,
      '2020-01-01',
    );
    expect(t.rows.find((r) => r.period.key === '2019-before-k1')?.attributions).toEqual([
      { by: 'US officials', blamed: ['AAH', 'KH'], attacks: 2 },
      { by: 'Analyst', blamed: ['KH'], attacks: 1 },
    ]);
  });

  it('names an attack that falls in no period, or repeats', () => {
    const withGap = escalationPeriods.filter((p) => p.key !== '2021-to-sept-2023');
    expect(() => tallyLedger([attack('gap', '2023-05-01', 'claimed')], withGap, '2026-01-01')).toThrow(
      /attack "gap" \(2023-05-01\) falls in no ledger period/,
    );
    // The site's own periods leave no gap from 2014 on.
    expect(
      tallyLedger([attack('lull', '2023-05-01', 'claimed')], escalationPeriods, '2026-01-01').rows.find(
        (r) => r.period.key === '2021-to-sept-2023',
      )?.total,
    ).toBe(1);
    expect(() => tallyLedger([attack('old', '2010-05-01', 'claimed')], escalationPeriods, '2026-01-01')).toThrow(/attack "old"/);
    expect(() =>
      tallyLedger([attack('x', '2019-05-01', 'claimed'), attack('x', '2019-06-01', 'claimed')], escalationPeriods, '2026-01-01'),
    ).toThrow(/attack "x" appears twice/);
    expect(() => tallyLedger([attack('x', 'soon', 'claimed')], escalationPeriods, '2026-01-01')).toThrow(/attack "x" › date "soon"/);
  });
});

describe('layoutLedger', () => {
  const attacks = [
    attack('a', '2019-06-01', 'attributed'),
    attack('b', '2019-06-02', 'attributed'),
    attack('c', '2019-06-03', 'denied'),
    attack('d', '2019-06-04', 'unattributed'),
    attack('e', '2020-03-14', 'claimed'),
    ...Array.from({ length: 30 }, (_, i) => attack(`u${i}`, '2020-05-01', 'unattributed')),
  ];
  const tally = tallyLedger(attacks, escalationPeriods, '2026-01-25');

  for (const width of [640, 336]) {
    const g = layoutLedger(tally.rows, { width });

    it(`fills each non-empty bar exactly, left to right, in status order (${width} px)`, () => {
      const barWidth = g.bar.right - g.bar.left;
      for (const r of g.rows.filter((r) => !r.empty)) {
        expect(r.segments[0]?.x).toBe(g.bar.left);
        expect(r.segments.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(barWidth, 0);
        for (const [i, s] of r.segments.slice(1).entries()) expect(s.x).toBeCloseTo(r.segments[i]!.x + r.segments[i]!.width, 1);
        const order = r.segments.map((s) => g.statuses.indexOf(s.status));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
      const mixed = g.rows.find((r) => r.key === '2019-before-k1')!;
      expect(mixed.segments.map((s) => [s.status, s.width])).toEqual([
        ['attributed', expect.closeTo(barWidth / 2, 0)],
        ['denied', expect.closeTo(barWidth / 4, 0)],
        ['unattributed', expect.closeTo(barWidth / 4, 0)],
      ]);
    });

    it(`stacks rows without overlap and keeps every line inside the width (${width} px)`, () => {
      for (const [i, r] of g.rows.slice(1).entries()) expect(r.band.y).toBeGreaterThanOrEqual(g.rows[i]!.band.y + g.rows[i]!.band.height);
      for (const r of g.rows) {
        expect(r.barY).toBeGreaterThan(r.labelY);
        expect(r.detailY).toBeGreaterThan(r.barY + g.bar.height);
        for (const line of [...r.noteLines, ...r.detailLines]) expect(textWidth(line, 12)).toBeLessThanOrEqual(g.bar.right - g.bar.left);
        for (const line of r.labelLines)
          expect(textWidth(line, 12) + textWidth(r.totalText, 12)).toBeLessThanOrEqual(g.bar.right - g.bar.left);
      }
      expect(g.height).toBeGreaterThan(g.rows.at(-1)!.detailY);
    });

    it(`writes a count inside a segment only when it fits (${width} px)`, () => {
      for (const r of g.rows) for (const s of r.segments) if (s.label) expect(s.width).toBeGreaterThanOrEqual(textWidth(s.label, 12) + 8);
      const thin = g.rows.find((r) => r.key === '2020-after')!.segments.find((s) => s.status === 'claimed')!;
      expect(thin.count).toBe(1);
    });
  }

  it('marks empty periods and writes their counts in words', () => {
    const g = layoutLedger(tally.rows, { width: 640 });
    expect(g.rows.find((r) => r.key === '2021-to-sept-2023')).toMatchObject({
      empty: true,
      segments: [],
      detailLines: ['No attacks recorded'],
    });
    expect(g.rows.find((r) => r.key === '2019-before-k1')?.detailLines).toEqual(['2 attributed · 1 denied · 1 unattributed']);
    expect(g.rows.find((r) => r.key === '2020-after')?.totalText).toBe('31 attacks');
  });

  it('wraps long text at separators', () => {
    expect(wrap('1 claimed · 10 attributed · 2 denied · 12 unattributed', 180, ' · ')).toEqual([
      '1 claimed · 10 attributed',
      '2 denied · 12 unattributed',
    ]);
  });

  it('shows "confirmed" only when an attack has it', () => {
    expect(shownStatuses(tally.rows)).toEqual(['claimed', 'attributed', 'denied', 'unattributed']);
    const withConfirmed = tallyLedger([attack('s', '2019-06-01', 'confirmed')], escalationPeriods, '2020-01-01');
    expect(shownStatuses(withConfirmed.rows)).toContain('confirmed');
  });

  it('is deterministic and rejects a bad width', () => {
    expect(layoutLedger(tally.rows, { width: 336 })).toEqual(
      layoutLedger(tallyLedger([...attacks].reverse(), escalationPeriods, '2026-01-25').rows, { width: 336 }),
    );
    expect(() => layoutLedger(tally.rows, { width: 50 })).toThrow(/width/);
  });
});

describe('describeLedger', () => {
  it('gives totals, each period and where claims and silence were most common', () => {
    const tally = tallyLedger(
      [
        attack('a', '2019-06-01', 'attributed'),
        attack('b', '2019-06-02', 'unattributed'),
        attack('c', '2020-03-14', 'claimed'),
        attack('d', '2020-03-15', 'unattributed'),
        attack('e', '2024-01-01', 'claimed'),
      ],
      escalationPeriods,
      '2026-01-25',
    );
    const text = describeLedger(tally);
    expect(text).toMatch(/^5 attacks in 7 periods: 2 claimed, 1 attributed, 2 unattributed\./);
    expect(text).toContain('1 January – 26 December 2019 (Before the K-1 attack): 2 attacks, 1 attributed, 1 unattributed.');
    expect(text).toContain('January 2021 – September 2023 (Between the two surges): no attacks.');
    expect(text).toContain('Highest share claimed: October 2023 – February 2024 (1 of 1).');
    expect(text).toContain(
      'Highest share with nobody named: 1 January – 26 December 2019 (1 of 2); 9 January – 31 December 2020 (1 of 2).',
    );
    expect(countsPhrase({ claimed: 0, confirmed: 0, attributed: 3, denied: 1, unattributed: 0 })).toBe('3 attributed · 1 denied');
    expect(describeLedger(tallyLedger([], escalationPeriods, '2026-01-25'))).toBe('No attacks are recorded in these periods.');
  });
});

describe('the real dataset', () => {
  const { dataset } = loadDataset('content/data');
  const entries = dataset.events as unknown as { id: string; data: Event }[];
  const names = Object.fromEntries([...dataset.factions, ...dataset.people, ...dataset.organizations].map((e) => [e.id, e.data.name]));
  const data = prepareLedger(entries, { names, sources: new Map(dataset.sources.map((s) => [s.id, s.data])) });

  it('places every attack in a period and keeps the narrow drawing’s text inside 336 px', () => {
    const tally = tallyLedger(data.attacks, escalationPeriods, data.coverageEnd);
    expect(tally.rows.reduce((sum, r) => sum + r.total, 0) + tally.unplaced.length).toBe(data.attacks.length);
    const g = layoutLedger(tally.rows, { width: 336 });
    for (const r of g.rows)
      for (const line of [...r.labelLines, ...r.noteLines, ...r.detailLines]) expect(textWidth(line, 12)).toBeLessThanOrEqual(328);
  });
});

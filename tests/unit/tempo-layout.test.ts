/** The monthly tempo chart's pure parts: buckets, layout geometry, words, and the linked-views helpers. */
import { describe, expect, it } from 'vitest';
import { isWindowDetail, overlaps, within } from '../../src/lib/charts/linked-views.ts';
import { loadDataset } from '../../src/lib/data/load.ts';
import type { Event } from '../../src/lib/data/schemas.ts';
import { bucketize, killedText, tallyKilled } from '../../src/lib/tempo/buckets.ts';
import { citationOf, publisherList } from '../../src/lib/tempo/citation.ts';
import { describeTempo, tempoTable, yearOnlyNote } from '../../src/lib/tempo/describe.ts';
import { chooseGranularity, findPeaks, layoutTempo } from '../../src/lib/tempo/layout.ts';
import { prepareTempo, type TempoEvent } from '../../src/lib/tempo/model.ts';
import { textWidth } from '../../src/lib/timeline/labels.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const ev = (id: string, date: string, extra: Partial<TempoEvent> = {}): TempoEvent => ({
  id,
  date,
  precision: 'day',
  group: 'attacks',
  violent: true,
  killed: { min: 0, max: 0 },
  ...extra,
});

/** Two bursts a few years apart, a quiet stretch, a month-only event and a year-only one. */
const events: TempoEvent[] = [
  ev('a1', '2019-12-03'),
  ev('a2', '2019-12-27', { killed: { min: 1, max: 1 } }),
  ev('s1', '2019-12-29', { group: 'strikes', killed: { min: 24, max: 25 } }),
  ev('a3', '2020-01-08', { killed: null }),
  ev('p1', '2020-01-05', { group: 'politics', violent: false, killed: null }),
  ev('m1', '2020-02-01', { precision: 'month', group: 'streets', killed: { min: 2, max: 4 } }),
  ev('y1', '2021-01-01', { precision: 'year', group: 'attacks' }),
  ev('b1', '2023-10-18'),
  ev('b2', '2024-01-28', { killed: { min: 3, max: 3 } }),
  ev('b3', '2024-01-20', { group: 'strikes' }),
];

describe('bucketize', () => {
  const months = bucketize(events, 'month');

  it('covers every month from the first event to the last, gaps included', () => {
    expect(months[0]?.key).toBe('2019-12');
    expect(months.at(-1)?.key).toBe('2024-01');
    expect(months).toHaveLength(50);
    for (const [i, b] of months.slice(1).entries()) expect(b.start).toBe(months[i]?.end);
  });

  it('counts each placeable event once, per kind, and leaves out year-only events', () => {
    expect(months.reduce((sum, b) => sum + b.total, 0)).toBe(events.length - 1);
    for (const b of months) expect(Object.values(b.counts).reduce((a, n) => a + n, 0)).toBe(b.total);
    const dec = months.find((b) => b.key === '2019-12');
    expect(dec?.counts).toMatchObject({ attacks: 2, strikes: 1, politics: 0 });
    expect(months.find((b) => b.key === '2020-02')?.counts.streets).toBe(1);
    expect(months.find((b) => b.key === '2021-01')?.total).toBe(0);
  });

  it('sums death ranges and flags a violent event without a figure instead of counting 0', () => {
    expect(months.find((b) => b.key === '2019-12')?.killed).toEqual({ min: 25, max: 26, withFigures: 3, unknown: 0 });
    // a3 (violent, no figure) makes January incomplete; p1 (a vote, no figure) does not.
    expect(months.find((b) => b.key === '2020-01')?.killed).toEqual({ min: 0, max: 0, withFigures: 0, unknown: 1 });
    expect(killedText(tallyKilled([events[2] as TempoEvent]))).toBe('24–25');
    expect(killedText(tallyKilled([events[3] as TempoEvent]))).toBe('not known (1 violent event without a figure)');
    expect(killedText(tallyKilled([events[4] as TempoEvent]))).toBe('none recorded');
    expect(killedText(tallyKilled([events[1] as TempoEvent, events[3] as TempoEvent]))).toMatch(/^1 reported; figures incomplete/);
  });

  it('groups months into calendar quarters and years', () => {
    const quarters = bucketize(events, 'quarter');
    expect(quarters[0]?.key).toBe('2019-Q4');
    expect(quarters.find((q) => q.key === '2020-Q1')?.total).toBe(3);
    expect(quarters.find((q) => q.key === '2020-Q1')?.label).toBe('Jan–Mar 2020');
    expect(bucketize(events, 'year').map((y) => y.key)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
  });
});

describe('layoutTempo', () => {
  const wide = layoutTempo(events, { width: 640 });

  it('keeps months when they fit and merges them when the chart is narrow', () => {
    expect(wide.granularity).toBe('month');
    expect(chooseGranularity(events, 150, 4)).toBe('quarter');
    expect(chooseGranularity(events, 20, 4)).toBe('year');
    const many = Array.from({ length: 140 }, (_, i) => ev(`e${i}`, new Date(Date.UTC(2014, i, 1)).toISOString().slice(0, 10)));
    expect(layoutTempo(many, { width: 336 }).granularity).toBe('quarter');
    for (const c of layoutTempo(many, { width: 336 }).columns) expect(c.slot.width).toBeGreaterThanOrEqual(4);
  });

  it('places columns left to right without overlap, inside the plot', () => {
    const cols = wide.columns;
    for (const [i, c] of cols.entries()) {
      expect(c.x).toBeGreaterThanOrEqual(wide.plot.left);
      expect(c.x + c.width).toBeLessThanOrEqual(wide.plot.right + 0.1);
      const next = cols[i + 1];
      if (next) expect(c.x + c.width).toBeLessThanOrEqual(next.x);
    }
  });

  it('stacks the kinds of each column from the baseline to a height proportional to its total', () => {
    const perEvent = (wide.plot.bottom - wide.columns.find((c) => c.key === '2019-12')!.top) / 3;
    for (const c of wide.columns) {
      const height = c.segments.reduce((sum, s) => sum + s.height, 0);
      expect(height).toBeCloseTo(c.total * perEvent, 0);
      expect(wide.plot.bottom - c.top).toBeCloseTo(height, 0);
      for (const [i, s] of c.segments.slice(1).entries()) expect(s.y + s.height).toBeCloseTo(c.segments[i]!.y, 0);
    }
  });

  it('draws the death range between the reported sums and marks incomplete periods', () => {
    const dec = wide.columns.find((c) => c.key === '2019-12')!;
    expect(dec.killedBar!.maxY).toBeLessThan(dec.killedBar!.minY);
    expect(dec.killedBar!.minY).toBeLessThan(wide.killedPlot.bottom);
    expect(wide.columns.find((c) => c.key === '2020-01')?.incomplete).toBe(true);
    expect(wide.columns.filter((c) => c.incomplete).map((c) => c.key)).toEqual(['2020-01']);
    expect(wide.columns.find((c) => c.key === '2020-06')?.killedBar).toBeNull();
  });

  it('labels distinct peaks, without overlapping labels, and each year once', () => {
    expect(wide.peaks.map((p) => p.text)).toEqual(['Dec 2019: 3 events', 'Jan 2024: 2 events']);
    const sameRow = wide.peaks.filter((p) => p.y === wide.peaks[0]?.y);
    for (const [i, p] of sameRow.slice(1).entries()) expect(p.left).toBeGreaterThanOrEqual(sameRow[i]!.left + sameRow[i]!.width);
    for (const p of wide.peaks) expect(p.lineY2).toBeGreaterThan(p.lineY1);
    const labels = wide.years.filter((y) => y.label !== null);
    expect(labels.map((y) => y.label)).toEqual(
      ['2019', '2020', '2021', '2022', '2023', '2024'].filter((y) => labels.some((l) => l.label === y)),
    );
    const w = textWidth('2020', 12);
    for (const [i, y] of labels.slice(1).entries()) expect(y.labelX - w / 2).toBeGreaterThan(labels[i]!.labelX + w / 2);
    for (const y of labels) expect(y.labelX + w / 2).toBeLessThanOrEqual(640);
  });

  it('finds peaks at least the given number of months apart', () => {
    const months = bucketize(events, 'month');
    expect(findPeaks(months, 3, 12).map((b) => b.key)).toEqual(['2019-12', '2024-01']);
    expect(findPeaks(months, 3, 1).map((b) => b.key)).toEqual(['2019-12', '2020-01', '2024-01']);
  });

  it('is deterministic', () => {
    expect(layoutTempo(events, { width: 336 })).toEqual(layoutTempo([...events].reverse(), { width: 336 }));
  });

  it('rejects bad input, naming the record and field', () => {
    expect(() => layoutTempo([ev('x', '2020-13-01')], { width: 640 })).toThrow(/event "x" › date "2020-13-01"/);
    expect(() => layoutTempo([ev('x', '2020-02-30')], { width: 640 })).toThrow(/event "x" › date/);
    expect(() => layoutTempo([ev('x', '2020-01-01', { killed: { min: 3, max: 1 } })], { width: 640 })).toThrow(/event "x" › killed/);
    expect(() => layoutTempo([ev('x', '2020-01-01'), ev('x', '2020-02-01')], { width: 640 })).toThrow(/event "x" appears twice/);
    expect(() => layoutTempo([ev('x', '2020-01-01', { group: 'weather' as never })], { width: 640 })).toThrow(
      /event "x" › group "weather"/,
    );
    expect(() => layoutTempo(events, { width: 0 })).toThrow(/width/);
  });

  it('draws an empty chart for no events', () => {
    const empty = layoutTempo([], { width: 640 });
    expect(empty.columns).toEqual([]);
    expect(describeTempo([], 'month')).toMatch(/nothing to chart/);
  });
});

describe('words and table', () => {
  it('summarises span, peaks, kinds, deaths and the year-only events', () => {
    const text = describeTempo(events, 'month');
    expect(text).toContain('9 events dated to the day or month, from December 2019 to January 2024');
    expect(text).toContain('The busiest month was December 2019 with 3 events');
    expect(text).toContain('January 2024 (2 events)');
    expect(text).toContain('Reported deaths summed over the whole span: 30–33; figures are incomplete for 1 month');
    expect(text).toContain('1 event dated only to the year is not shown');
    expect(yearOnlyNote(events.filter((e) => e.precision !== 'year'))).toBeNull();
  });

  it('lists months with events, and totals that add up', () => {
    const { rows, totals } = tempoTable(events);
    expect(rows.map((r) => r.key)).toEqual(['2019-12', '2020-01', '2020-02', '2023-10', '2024-01']);
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(totals.total);
    expect(totals.counts.attacks).toBe(rows.reduce((sum, r) => sum + r.counts.attacks, 0));
    expect(rows[1]?.killed).toMatch(/^not known/);
  });

  it('credits sources and publishers, and rejects a citation of an unknown source', () => {
    const records = [
      { id: 'a', data: { sources: ['r1', 'r2'] } },
      { id: 'b', data: { sources: ['r2', 'c1'] } },
    ];
    const sources = new Map([
      ['r1', { publisher: 'Reuters' }],
      ['r2', { publisher: 'Reuters' }],
      ['c1', { publisher: 'CNN' }],
    ]);
    const citation = citationOf(records, sources);
    expect(citation).toEqual({
      records: 2,
      sources: 3,
      publishers: [
        { name: 'Reuters', count: 2 },
        { name: 'CNN', count: 1 },
      ],
    });
    expect(publisherList(citation)).toBe('Reuters and CNN');
    expect(publisherList(citation, 1)).toBe('Reuters and 1 other publisher');
    expect(() => citationOf([{ id: 'b', data: { sources: ['zz'] } }], sources)).toThrow(
      /event "b" › sources cites the unknown source "zz"/,
    );
  });
});

describe('linked views', () => {
  it('accepts only well-formed windows and tests overlap and containment', () => {
    expect(isWindowDetail({ from: 1, to: 2, actor: null, ids: [] })).toBe(true);
    expect(isWindowDetail({ from: 2, to: 1, actor: null, ids: [] })).toBe(false);
    expect(isWindowDetail({ from: 1, to: 2 })).toBe(false);
    expect(isWindowDetail(null)).toBe(false);
    const dec = { start: utc('2019-12-01'), end: utc('2020-01-01') };
    expect(overlaps(dec, { from: utc('2019-12-31'), to: utc('2020-02-01') })).toBe(true);
    expect(overlaps(dec, { from: utc('2020-01-01'), to: utc('2020-02-01') })).toBe(false);
    expect(within({ from: utc('2019-12-10'), to: utc('2020-01-01') }, dec)).toBe(true);
    expect(within({ from: utc('2019-12-10'), to: utc('2020-01-02') }, dec)).toBe(false);
  });
});

describe('the real dataset', () => {
  const { dataset } = loadDataset('content/data');
  const entries = dataset.events as unknown as { id: string; data: Event }[];
  const data = prepareTempo(entries, new Map(dataset.sources.map((s) => [s.id, s.data])));

  it('prepares every event and credits the sources they cite', () => {
    expect(data.events).toHaveLength(entries.length);
    expect(data.citation.records).toBe(entries.length);
    expect(data.citation.sources).toBe(new Set(entries.flatMap((e) => e.data.sources)).size);
  });

  it('fits months on a wide column and keeps columns at least 4 px on a phone', () => {
    for (const width of [640, 336]) {
      const g = layoutTempo(data.events, { width });
      expect(g.columns.every((c) => c.slot.width >= 4)).toBe(true);
      expect(g.columns.reduce((sum, c) => sum + c.total, 0)).toBe(entries.filter((e) => e.data.datePrecision !== 'year').length);
    }
  });

  it('names an event whose type has no kind', () => {
    const bad = { id: 'odd', data: { ...entries[0]!.data, type: 'weather' as Event['type'] } };
    expect(() => prepareTempo([bad])).toThrow(/event "odd" › type "weather"/);
  });
});

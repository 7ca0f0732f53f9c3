/** The timeline's pure layout: what is drawn where, from synthetic and real events. */
import { describe, expect, it } from 'vitest';
import { timeScale, timeTicks } from '../../src/lib/timeline/axis.ts';
import { dodge } from '../../src/lib/timeline/dodge.ts';
import { placeLabels } from '../../src/lib/timeline/labels.ts';
import { layoutTimeline, radiusFor } from '../../src/lib/timeline/layout.ts';
import { periodEnd } from '../../src/lib/timeline/model.ts';
import { actorRows } from '../../src/lib/timeline/rows.ts';
import { symbolPath } from '../../src/lib/timeline/symbols.ts';
import { makeEvent, sample } from '../support/timeline-events.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('axis', () => {
  it('labels years across a decade, months across a year, days across weeks', () => {
    const labels = (from: string, to: string) => timeTicks(timeScale([utc(from), utc(to)], [0, 1000])).map((t) => t.label);
    expect(labels('2014-01-01', '2026-01-01')).toContain('2020');
    expect(labels('2019-05-01', '2020-04-01')).toEqual(expect.arrayContaining(['Dec 2019', '2020', 'Feb 2020']));
    expect(labels('2019-12-20', '2020-01-10')).toContain('1 Jan 2020');
  });
});

describe('periods', () => {
  it('gives a month-precision date the whole month and a span its last day', () => {
    expect(periodEnd('2019-10-01', 'month', null)).toBe(utc('2019-11-01'));
    expect(periodEnd('2019-12-31', 'day', '2020-01-01')).toBe(utc('2020-01-02'));
    expect(periodEnd('2014-01-01', 'year', null)).toBe(utc('2015-01-01'));
  });
});

describe('dodge', () => {
  it('stacks marks that would overlap and leaves apart ones on the centre line', () => {
    expect(
      dodge(
        [
          { x: 10, r: 5 },
          { x: 12, r: 5 },
          { x: 14, r: 5 },
          { x: 100, r: 5 },
        ],
        1,
        3,
      ),
    ).toEqual([0, -11, 11, 0]);
  });

  it('keeps a burst inside the lane by sharing the outermost slot', () => {
    const offsets = dodge(
      Array.from({ length: 6 }, (_, i) => ({ x: i, r: 4 })),
      1,
      3,
    );
    expect(Math.max(...offsets.map(Math.abs))).toBe(9);
  });
});

describe('labels', () => {
  it('puts colliding labels on separate rows and keeps them inside the chart', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 100, text: 'Soleimani killed' },
        { id: 'b', x: 110, text: 'Missiles on Ain al-Asad' },
        { id: 'c', x: 990, text: 'Late' },
      ],
      [0, 1000],
      12,
    );
    expect(placed.map((l) => l.row)).toEqual([0, 1, 0]);
    expect(placed.every((l) => l.left >= 0 && l.left + l.width <= 1000)).toBe(true);
  });
});

describe('layoutTimeline', () => {
  const events = [
    sample.rockets(),
    sample.strikes(),
    sample.protests(),
    makeEvent({ id: 'outside', date: '2014-06-13', type: 'political', group: 'politics', severity: 0, ledger: 'none' }),
  ];
  const layout = layoutTimeline(events, {
    width: 1000,
    domain: [utc('2019-09-01'), utc('2020-02-01')],
    mode: 'type',
    annotations: [{ event: 'strikes', label: 'US strikes' }],
  });

  it('shows only events inside the window and keeps the rest off stage', () => {
    expect(
      layout.marks
        .filter((m) => m.inView)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['k1', 'protests', 'strikes']);
    expect(layout.marks.find((m) => m.id === 'outside')?.inView).toBe(false);
  });

  it('places later events further right and sizes marks by severity', () => {
    const [k1, strikes] = ['k1', 'strikes'].map((id) => layout.marks.find((m) => m.id === id)!);
    expect(strikes!.x).toBeGreaterThan(k1!.x);
    expect(strikes!.r).toBe(radiusFor(4));
    expect(strikes!.shape).toBe('diamond');
  });

  it('draws a month-precision event as a span across the month, not a day', () => {
    const protests = layout.marks.find((m) => m.id === 'protests')!;
    expect(protests.span?.kind).toBe('period');
    expect(protests.span!.x1 - protests.span!.x0).toBeGreaterThan(150);
  });

  it('connects a response to its cause and labels the annotated turning point', () => {
    expect(layout.chains).toEqual([expect.objectContaining({ from: 'k1', to: 'strikes' })]);
    expect(layout.annotations[0]?.text).toBe('US strikes');
  });

  it('puts each lane below the labels and the axis below the lanes', () => {
    expect(layout.rows[0]!.y0).toBeGreaterThanOrEqual(layout.annotations[0]!.y);
    expect(layout.height).toBeGreaterThan(layout.plot.bottom);
  });

  it('orders the ladder view with the most severe row on top', () => {
    const ladder = layoutTimeline(events, { width: 1000, domain: [utc('2019-09-01'), utc('2020-02-01')], mode: 'ladder' });
    const y = (id: string) => ladder.marks.find((m) => m.id === id)!.y;
    expect(y('strikes')).toBeLessThan(y('k1'));
    expect(y('k1')).toBeLessThan(y('protests'));
  });
});

describe('actor lanes', () => {
  it('gives the most-named perpetrators their own rows and puts the unnamed last', () => {
    const spec = actorRows(
      [
        makeEvent({ id: 'a', date: '2020-01-01', perpetrators: ['kh'] }),
        makeEvent({ id: 'b', date: '2020-01-02', perpetrators: ['kh', 'us'] }),
        makeEvent({ id: 'c', date: '2020-01-03' }),
      ],
      { kh: 'Kataib Hezbollah' },
    );
    expect(spec.rows.map((r) => r.label)).toEqual(['Kataib Hezbollah', 'us', 'Other named actors', 'No one named']);
    expect(spec.rowOf(makeEvent({ id: 'b', date: '2020-01-02', perpetrators: ['us', 'kh'] }))).toBe('kh');
  });
});

describe('symbols', () => {
  it('draws each shape with rounded coordinates', () => {
    expect(symbolPath('square', 5)).toMatch(/^M-?\d/);
    expect(symbolPath('triangle', 5)).not.toMatch(/\d\.\d{2,}/);
  });
});

/** The seats chart's pure layer: preparing election records, the bar geometry, the words and the table. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { describeSeats, joinWords, seatsSources, seatsTable } from '../../src/lib/seats/describe.ts';
import { layoutSeats, type SeatsGeometry, spreadCallouts } from '../../src/lib/seats/layout.ts';
import { type ElectionRecord, prepareSeats, type SeatsElection, shortListName } from '../../src/lib/seats/model.ts';
import { textWidth } from '../../src/lib/timeline/labels.ts';

const names = { badr: 'Badr Organization', aah: 'Asaib Ahl al-Haq', babylon: 'Babylon Brigades', kh: 'Kataib Hezbollah' };

function record(overrides: Partial<ElectionRecord> = {}): ElectionRecord {
  return {
    date: '2018-05-12',
    name: '2018 election',
    totalSeats: 329,
    results: [
      { list: 'Sairoun', seats: 54, pmfLinked: false, factions: [], sources: ['s1'] },
      { list: 'Fatah Alliance', arabicName: 'ائتلاف الفتح', seats: 48, pmfLinked: true, factions: ['badr', 'aah'], sources: ['s2'] },
      { list: 'Victory Alliance (Nasr)', seats: 42, pmfLinked: false, factions: [], sources: ['s1'] },
      { list: 'Babylon Movement', seats: 2, pmfLinked: true, factions: ['babylon'], sources: ['s3'] },
    ],
    sources: ['s1', 's2'],
    notes: 'Final figures.',
    ...overrides,
  };
}

const synthetic: SeatsElection[] = prepareSeats(
  [
    {
      id: 'e2021',
      data: record({
        date: '2021-10-10',
        name: '2021 election',
        results: [
          { list: 'Sadrist bloc', seats: 73, pmfLinked: false, factions: [], sources: ['s4'] },
          { list: 'Fatah Alliance', seats: 17, pmfLinked: true, factions: ['badr'], sources: ['s4'] },
          { list: 'National Contract Alliance (al-Aqd al-Watani)', seats: 4, pmfLinked: true, factions: [], sources: ['s5'] },
          { list: 'Babylon Movement', seats: 4, pmfLinked: true, factions: ['babylon'], sources: ['s5'] },
          { list: 'Huquq Movement', seats: 1, pmfLinked: true, factions: ['kh'], sources: ['s5'] },
        ],
      }),
    },
    { id: 'e2018', data: record() },
  ],
  names,
);

const geometryOf = (elections: readonly SeatsElection[], width = 640) => layoutSeats(elections, { width, fontSize: 13 });

describe('prepareSeats', () => {
  it('sorts elections by date and resolves faction ids to names', () => {
    expect(synthetic.map((e) => e.id)).toEqual(['e2018', 'e2021']);
    const fatah = synthetic[0]?.results.find((r) => r.list === 'Fatah Alliance');
    expect(fatah?.factions).toEqual([
      { id: 'badr', name: 'Badr Organization' },
      { id: 'aah', name: 'Asaib Ahl al-Haq' },
    ]);
    expect(fatah?.arabicName).toBe('ائتلاف الفتح');
    expect(synthetic[0]?.results[0]?.arabicName).toBeNull();
  });

  it('names the election and field of an unknown faction', () => {
    expect(() => prepareSeats([{ id: 'e2018', data: record() }], { badr: 'Badr' })).toThrow(
      'Election "e2018" › results[1].factions[1] names the unknown faction "aah"',
    );
  });

  it('refuses lists that win more seats than the chamber has, naming the election', () => {
    expect(() => prepareSeats([{ id: 'tiny', data: record({ totalSeats: 100 }) }], names)).toThrow(
      'Election "tiny" › results assign 146 seats, more than the 100 in parliament',
    );
  });

  it('refuses negative seats, repeated lists and bad dates', () => {
    const bad =
      (results: ElectionRecord['results'], date = '2018-05-12') =>
      () =>
        prepareSeats([{ id: 'x', data: record({ results, date }) }], names);
    expect(bad([{ list: 'A', seats: -1, pmfLinked: false, factions: [], sources: [] }])).toThrow('Election "x" › results[0].seats');
    expect(
      bad([
        { list: 'A', seats: 1, pmfLinked: false, factions: [], sources: [] },
        { list: 'A', seats: 2, pmfLinked: true, factions: [], sources: [] },
      ]),
    ).toThrow('Election "x" › results[1].list repeats the list "A"');
    expect(bad([{ list: 'A', seats: 1, pmfLinked: false, factions: [], sources: [] }], '12 May 2018')).toThrow('Election "x" › date');
  });

  it('reads the real elections collection', () => {
    const { dataset } = loadDataset('content/data');
    const factionNames = Object.fromEntries(dataset.factions.map((f) => [f.id, f.data.name]));
    const elections = prepareSeats(dataset.elections, factionNames);
    expect(elections.length).toBeGreaterThanOrEqual(3);
    expect(elections.map((e) => e.date)).toEqual([...elections.map((e) => e.date)].sort());
    const layout = geometryOf(elections);
    expect(layout.rows).toHaveLength(elections.length);
    const summary = describeSeats(elections);
    for (const e of elections) expect(summary).toContain(`in ${e.year}`);
  });
});

describe('shortListName', () => {
  it('drops bracketed alternatives and a trailing generic word, but never empties a name', () => {
    expect(shortListName('Fatah Alliance')).toBe('Fatah');
    expect(shortListName('National Contract Alliance (al-Aqd al-Watani)')).toBe('National Contract');
    expect(shortListName('State of Law Coalition')).toBe('State of Law');
    expect(shortListName('Sadiqoun')).toBe('Sadiqoun');
    expect(shortListName('Alliance')).toBe('Alliance');
  });
});

describe('layoutSeats', () => {
  const layout = geometryOf(synthetic);
  const perSeat = (layout.plot.right - layout.plot.left) / layout.maxSeats;

  it('draws each bar as wide as its chamber, with segments that tile it exactly', () => {
    for (const [i, row] of layout.rows.entries()) {
      const e = synthetic[i]!;
      expect(row.bar.width).toBeCloseTo(e.totalSeats * perSeat, 1);
      let cursor = row.bar.x;
      for (const s of row.segments) {
        expect(s.x).toBeCloseTo(cursor, 0);
        cursor = s.x + s.width;
      }
      expect(cursor).toBeCloseTo(row.bar.x + row.bar.width, 0);
      expect(row.segments.reduce((sum, s) => sum + s.seats, 0)).toBe(e.totalSeats);
    }
  });

  it('puts PMF-linked lists first, largest first, then other lists, then unassigned seats', () => {
    const kinds = layout.rows[1]!.segments.map((s) => s.kind);
    expect(kinds).toEqual(['pmf', 'pmf', 'pmf', 'pmf', 'other', 'unlisted']);
    expect(layout.rows[1]!.segments.map((s) => s.seats)).toEqual([17, 4, 4, 1, 73, 230]);
    const other = layout.rows[0]!.segments.find((s) => s.kind === 'other');
    expect(other?.seats).toBe(54 + 42);
  });

  it('leaves out the unassigned segment when the lists fill the chamber', () => {
    const full = prepareSeats([{ id: 'full', data: record({ totalSeats: 146 }) }], names);
    expect(geometryOf(full).rows[0]!.segments.some((s) => s.kind === 'unlisted')).toBe(false);
  });

  it('keeps a list in the same colour in every election', () => {
    const colourOf = (row: number, list: string) => layout.rows[row]!.segments.find((s) => s.list === list)?.colour;
    expect(colourOf(0, 'Fatah Alliance')).toBe(colourOf(1, 'Fatah Alliance'));
    expect(colourOf(0, 'Babylon Movement')).toBe(colourOf(1, 'Babylon Movement'));
    expect(colourOf(1, 'Fatah Alliance')).not.toBe(colourOf(1, 'Babylon Movement'));
  });

  it('marks the majority at half the seats plus one, with a label clear of the heading', () => {
    for (const g of [layout, geometryOf(synthetic, 360), geometryOf(synthetic, 200)]) {
      for (const row of g.rows) {
        const unit = (g.plot.right - g.plot.left) / g.maxSeats;
        expect(row.majority.seats).toBe(165);
        expect(row.majority.x).toBeCloseTo(g.plot.left + 165 * unit, 1);
        const label = row.majority.label;
        const sameLine = label.y === row.heading.y;
        if (sameLine) expect(label.x).toBeGreaterThanOrEqual(row.heading.x + row.heading.width);
        expect(label.y).toBeLessThan(row.bar.y);
        expect(label.x).toBeGreaterThanOrEqual(g.plot.left);
      }
    }
  });

  it('labels every segment, inside when the text fits and below the bar otherwise', () => {
    for (const g of [layout, geometryOf(synthetic, 360)]) {
      for (const row of g.rows) {
        const calledOut = new Set(row.callouts.map((c) => c.key));
        for (const s of row.segments) {
          if (s.inside) {
            const half = textWidth(s.inside.text, g.fontSize) / 2;
            expect(s.inside.x - half).toBeGreaterThanOrEqual(s.x);
            expect(s.inside.x + half).toBeLessThanOrEqual(s.x + s.width);
            // The majority line never strikes through a label.
            expect(row.majority.x < s.inside.x - half || row.majority.x > s.inside.x + half).toBe(true);
            expect(calledOut.has(s.key)).toBe(false);
          } else expect(calledOut.has(s.key)).toBe(true);
        }
      }
    }
    const fatah2018 = layout.rows[0]!.segments[0]!;
    expect(fatah2018.inside?.text).toBe('Fatah 48');
    expect(layout.rows[1]!.callouts.map((c) => c.text)).toContain('Huquq 1');
  });

  it('never overlaps callouts and keeps them inside the drawing', () => {
    for (const g of [layout, geometryOf(synthetic, 360), geometryOf(synthetic, 240)]) {
      expectNoCalloutOverlap(g);
    }
  });

  it('stacks elections top to bottom without overlap', () => {
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i]!.y0).toBeGreaterThan(layout.rows[i - 1]!.y1);
    expect(layout.height).toBeGreaterThanOrEqual(layout.rows.at(-1)!.y1);
  });

  it('is deterministic', () => {
    expect(geometryOf(synthetic)).toEqual(geometryOf(synthetic));
  });

  it('refuses a drawing too narrow to hold anything', () => {
    expect(() => layoutSeats(synthetic, { width: 10 })).toThrow('layoutSeats › width');
  });
});

function expectNoCalloutOverlap(g: SeatsGeometry) {
  for (const row of g.rows) {
    for (const c of row.callouts) {
      expect(c.left).toBeGreaterThanOrEqual(g.plot.left - 0.05);
      expect(c.left + c.width).toBeLessThanOrEqual(g.plot.right + 0.05);
      expect(c.y).toBeLessThanOrEqual(row.y1);
    }
    for (const a of row.callouts)
      for (const b of row.callouts) if (a !== b && a.y === b.y) expect(a.left + a.width <= b.left || b.left + b.width <= a.left).toBe(true);
  }
}

describe('spreadCallouts', () => {
  it('keeps labels in one row when they fit and deals them into more rows when not', () => {
    const requests = ['a', 'b', 'c'].map((key, i) => ({ key, anchor: 50 + i, text: key, width: 40 }));
    expect(new Set(spreadCallouts(requests, [0, 200]).map((c) => c.row))).toEqual(new Set([0]));
    const crowded = spreadCallouts(requests, [0, 90]);
    expect(Math.max(...crowded.map((c) => c.row))).toBe(1);
  });
});

describe('describeSeats', () => {
  it('summarises PMF-linked seats per election and the change between them', () => {
    const text = describeSeats(synthetic);
    expect(text).toContain('won 50 of 329 in 2018 and 26 in 2021');
    expect(text).toContain('2018: Fatah Alliance 48 and Babylon Movement 2.');
    expect(text).toContain(
      '2021: Fatah Alliance 17, Babylon Movement 4, National Contract Alliance (al-Aqd al-Watani) 4 and Huquq Movement 1.',
    );
    expect(text).toContain('The largest list was Sairoun (54) in 2018 and Sadrist bloc (73) in 2021.');
    expect(text).toContain('A majority needs 165 of 329 seats.');
    expect(text).toContain('Our data does not assign 183 seats in 2018 and 230 seats in 2021 to any list.');
  });

  it('says when an election has no PMF-linked list and when chambers differ', () => {
    const small = prepareSeats(
      [
        {
          id: 'small',
          data: record({
            date: '2010-03-07',
            totalSeats: 325,
            results: [{ list: 'A', seats: 10, pmfLinked: false, factions: [], sources: [] }],
          }),
        },
      ],
      names,
    );
    const text = describeSeats([...small, ...synthetic]);
    expect(text).toContain('2010: none recorded.');
    expect(text).toContain('won 0 of 325 in 2010, 50 of 329 in 2018');
    expect(text).toContain('A majority needs 163 of 325 in 2010');
  });

  it('joins words as prose', () => {
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('seatsTable', () => {
  it('lists every list largest first with its share, then the unassigned seats', () => {
    const [first] = seatsTable(synthetic);
    expect(first?.rows.map((r) => r.list)).toEqual(['Sairoun', 'Fatah Alliance', 'Victory Alliance (Nasr)', 'Babylon Movement', null]);
    expect(first?.rows[1]?.share).toBe('14.6%');
    expect(first?.rows.at(-1)).toMatchObject({ seats: 183, pmfLinked: null, share: '55.6%' });
    expect(first?.rows.reduce((sum, r) => sum + r.seats, 0)).toBe(329);
    expect(first).toMatchObject({ majority: 165, pmfSeats: 50, listedSeats: 146, notes: 'Final figures.' });
  });

  it('gathers every cited source once', () => {
    expect(seatsSources(synthetic)).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });
});

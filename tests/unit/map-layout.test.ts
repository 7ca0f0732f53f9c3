/** The incident map's pure layout: grouping, geometry, labels and words, from synthetic and real events. */
import { geoContains } from 'd3-geo';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/data/load.ts';
import { loadDataset } from '../../src/lib/data/load.ts';
import { loadCountries } from '../../src/lib/map/atlas.ts';
import { groupPlaces, type PlaceGrouping } from '../../src/lib/map/cluster.ts';
import { describeMap, notDrawnNote, notDrawnRows, placeLabel, placeRows } from '../../src/lib/map/describe.ts';
import { DRAWINGS, type Drawing } from '../../src/lib/map/frames.ts';
import { type Box, type LandCollection, simplifyPath } from '../../src/lib/map/geo.ts';
import { boxesOverlap, circleHitsBox, insideBox } from '../../src/lib/map/labels.ts';
import { layoutMap, type MapGeometry } from '../../src/lib/map/layout.ts';
import { countLine, placeState, visibleByPlace } from '../../src/lib/map/linked.ts';
import { type MapEvent, markRadius, prepareMapEvents } from '../../src/lib/map/model.ts';
import { BAGHDAD_INSET, COUNTRY_LABELS, IRAQ_FRAME, IRAQ_ID } from '../../src/lib/map/places.ts';

let seq = 0;
function event(
  overrides: Partial<MapEvent> & { at?: [number, number] | null; precision?: 'exact' | 'city' | 'province' | 'country' },
): MapEvent {
  seq += 1;
  const { at = [44.39, 33.3], precision = 'exact', ...rest } = overrides;
  return {
    id: `event-${String(seq).padStart(3, '0')}`,
    title: `Event ${seq}`,
    date: '2020-01-01',
    datePrecision: 'day',
    type: 'rocket-attack',
    group: 'attacks',
    severity: 1,
    place: at ? { name: 'Green Zone, Baghdad', lon: at[0], lat: at[1], precision } : null,
    sources: ['source-a'],
    ...rest,
  };
}

/** A square "Iraq" and a neighbour east of it, wound clockwise as d3-geo expects. */
const tinyLand: LandCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: IRAQ_ID,
      properties: { name: 'Iraq' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [39, 29.5],
            [39, 37],
            [46, 37],
            [46, 29.5],
            [39, 29.5],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      id: '364',
      properties: { name: 'Iran' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [46, 29.5],
            [46, 37],
            [49.5, 37],
            [49.5, 29.5],
            [46, 29.5],
          ],
        ],
      },
    },
  ],
};

const drawings: [string, Drawing][] = [
  ['wide', DRAWINGS.wide],
  ['narrow', DRAWINGS.narrow],
];

/** Every drawn text box: labels, the inset heading and mark counts. */
function textBoxes(g: MapGeometry): { text: string; box: Box }[] {
  return [
    ...g.labels.map((l) => ({ text: l.text, box: l.box })),
    ...g.marks.flatMap((m) => (m.countLabel ? [{ text: `count ${m.countLabel.text} (${m.name})`, box: m.countLabel.box }] : [])),
    ...(g.inset ? [{ text: g.inset.title.text, box: g.inset.title.box }] : []),
  ];
}

function overlappingTexts(g: MapGeometry): string[] {
  const boxes = textBoxes(g);
  return boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b) => (boxesOverlap(a.box, b.box) ? [`${a.text} × ${b.text}`] : [])));
}

describe('prepareMapEvents', () => {
  const entry = (id: string, data: Record<string, unknown>) => ({
    id,
    data: {
      date: '2020-01-05',
      datePrecision: 'day',
      endDate: null,
      title: 'A title',
      summary: 'A summary.',
      type: 'rocket-attack',
      severity: 2,
      place: { name: 'Green Zone', lat: 33.3, lon: 44.39, precision: 'exact' },
      actors: [],
      casualties: { killed: null, wounded: null },
      respondsTo: [],
      sources: ['s1'],
      ...data,
    },
  });
  // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed records
  const prepare = (entries: { id: string; data: any }[]) => prepareMapEvents(entries);

  it('keeps place, kind, severity and sources, in date order', () => {
    const events = prepare([entry('later', { date: '2021-01-01' }), entry('earlier', { type: 'protest', place: null })]);
    expect(events.map((e) => e.id)).toEqual(['earlier', 'later']);
    expect(events[0]).toMatchObject({ group: 'streets', place: null });
    expect(events[1]).toMatchObject({
      group: 'attacks',
      severity: 2,
      place: { lat: 33.3, lon: 44.39, precision: 'exact' },
      sources: ['s1'],
    });
  });

  it('filters by kind when asked', () => {
    const events = prepareMapEvents([entry('a', {}), entry('b', { type: 'election' })] as never, { groups: ['politics'] });
    expect(events.map((e) => e.id)).toEqual(['b']);
  });

  it('throws naming the record and field for input it cannot draw honestly', () => {
    expect(() => prepare([entry('bad-severity', { severity: 7 })])).toThrow(/event "bad-severity" › severity/);
    expect(() => prepare([entry('bad-lat', { place: { name: 'x', lat: Number.NaN, lon: 44, precision: 'city' } })])).toThrow(
      /event "bad-lat" › place\.lat/,
    );
    expect(() => prepare([entry('bad-precision', { place: { name: 'x', lat: 33, lon: 44, precision: 'street' } })])).toThrow(
      /event "bad-precision" › place\.precision/,
    );
    expect(() => prepare([entry('bad-type', { type: 'picnic' })])).toThrow(/event "bad-type" › type "picnic"/);
    expect(() => prepare([entry('twice', {}), entry('twice', {})])).toThrow(/event "twice" appears twice/);
  });
});

describe('groupPlaces', () => {
  it('accounts for every event exactly once: drawn at one place, or not drawn with a reason', () => {
    const events = [
      event({}),
      event({ at: [47.66, 30.55] }),
      event({ at: [44.0, 33.0], precision: 'country' }),
      event({ at: null }),
      event({ at: [35.78, 33.13] }),
    ];
    const g = groupPlaces(events);
    expect(g.drawn + g.notDrawn.length).toBe(g.total);
    expect(g.total).toBe(events.length);
    const ids = [...g.places.flatMap((p) => p.events.map((e) => e.id)), ...g.notDrawn.map((n) => n.event.id)];
    expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
    expect(g.notDrawn.map((n) => n.reason).sort()).toEqual(['country', 'outside', 'unplaced']);
  });

  it('gathers events at one spot into one place whose area is the sum of their weights', () => {
    const spot = [event({ severity: 1 }), event({ severity: 2 }), event({ severity: 0, type: 'legislation', group: 'politics' })];
    const g = groupPlaces([...spot, event({ at: [47.66, 30.55] })]);
    const greenZone = g.places.find((p) => p.events.length === 3);
    expect(greenZone).toMatchObject({ panel: 'inset', precision: 'point', weight: 2 + 3 + 1, worst: 2 });
    expect(greenZone?.groups).toEqual([
      { group: 'attacks', count: 2, weight: 5 },
      { group: 'politics', count: 1, weight: 1 },
    ]);
    expect(g.places).toHaveLength(2);
  });

  it('keeps apart places whose marks do not crowd each other', () => {
    const g = groupPlaces([event({ at: [43.13, 36.34] }), event({ at: [47.66, 30.55] }), event({ at: [42.44, 33.8] })]);
    expect(g.places).toHaveLength(3);
  });

  it('draws province-level events as areas on the main map, even inside the enlarged area', () => {
    const g = groupPlaces([event({ precision: 'province' }), event({ precision: 'city' })]);
    expect(g.places.map((p) => [p.panel, p.precision]).sort()).toEqual([
      ['inset', 'point'],
      ['main', 'area'],
    ]);
  });

  it('does not depend on the order of its input', () => {
    const events = [
      event({}),
      event({ at: [44.37, 33.31] }),
      event({ at: [44.23, 33.26] }),
      event({ at: [42.44, 33.8] }),
      event({ at: [42.45, 33.79] }),
    ];
    expect(groupPlaces([...events].reverse())).toEqual(groupPlaces(events));
  });

  it('rejects bad events, naming them', () => {
    expect(() => groupPlaces([event({ id: 'broken', severity: -1 })])).toThrow(/event "broken" › severity/);
  });
});

describe('layoutMap with synthetic land', () => {
  const events = [
    event({}),
    event({}),
    event({ at: [44.23, 33.26] }),
    event({ at: [42.44, 33.8] }),
    event({ at: [43.68, 34.6], precision: 'province' }),
  ];
  const grouping = groupPlaces(events);

  it('is deterministic', () => {
    expect(layoutMap(grouping, DRAWINGS.wide, { land: tinyLand })).toEqual(layoutMap(grouping, DRAWINGS.wide, { land: tinyLand }));
  });

  it('sizes marks so area is proportional to weight (1 + severity)', () => {
    const g = layoutMap(
      groupPlaces([event({ severity: 0, at: [47.66, 30.55] }), event({ severity: 3, at: [42.44, 33.8] })]),
      DRAWINGS.narrow,
      {
        land: tinyLand,
      },
    );
    const [big, small] = g.marks;
    expect(big?.r).toBe(markRadius(4));
    expect(small?.r).toBe(markRadius(1));
    expect(((big?.r ?? 0) / (small?.r ?? 1)) ** 2).toBeCloseTo(4, 1);
  });

  it('marks the subject country and draws the province ring', () => {
    const g = layoutMap(grouping, DRAWINGS.wide, { land: tinyLand });
    expect(g.land.filter((c) => c.focus).map((c) => c.name)).toEqual(['Iraq']);
    const area = g.marks.find((m) => m.precision === 'area');
    expect(area?.halo).toBeGreaterThan(area?.r ?? 0);
    expect(g.marks.find((m) => m.count === 2)?.countLabel?.text).toBe('2');
  });

  it('refuses a drawing the places were not grouped for, and land that is not GeoJSON', () => {
    const other: Drawing = { ...DRAWINGS.wide, width: 500 };
    expect(() => layoutMap(grouping, other, { land: tinyLand })).toThrow(/grouped for other drawings/);
    expect(() => layoutMap(grouping, DRAWINGS.wide, { land: {} as LandCollection })).toThrow(/FeatureCollection/);
    expect(() => groupPlaces(events, { drawings: [{ ...DRAWINGS.wide, width: 50 }] })).toThrow(/at least 200/);
    expect(() => groupPlaces(events, { frame: { west: 49, south: 28, east: 38, north: 37 } })).toThrow(/map frame/);
  });
});

describe('simplifyPath', () => {
  it('drops vertices closer than the tolerance but keeps rings closed', () => {
    expect(simplifyPath('M0,0L0.2,0L10,0L10,10L0,10Z', 1)).toBe('M0,0L10,0L10,10L0,10Z');
    expect(simplifyPath('M0,0L0.1,0L0.2,0Z', 1)).toBe('');
  });
});

describe('the real dataset and atlas', () => {
  let dataset: Dataset;
  let land: LandCollection;
  let grouping: PlaceGrouping;
  const geometries = new Map<string, MapGeometry>();

  beforeAll(() => {
    dataset = loadDataset('content/data').dataset;
    land = loadCountries('50m');
    grouping = groupPlaces(prepareMapEvents(dataset.events));
    for (const [name, drawing] of drawings) geometries.set(name, layoutMap(grouping, drawing, { land }));
  });

  it('loads Natural Earth countries from world-atlas, Iraq among them', () => {
    const iraq = land.features.find((f) => String(f.id) === IRAQ_ID);
    expect(iraq?.properties?.name).toBe('Iraq');
    expect(geoContains(iraq as never, [44.37, 33.31])).toBe(true);
  });

  it('places every country name inside its country', () => {
    for (const spec of COUNTRY_LABELS) {
      const country = land.features.find((f) => f.properties?.name === spec.name);
      expect(country, spec.name).toBeDefined();
      for (const at of spec.candidates) expect(geoContains(country as never, [at[0], at[1]]), `${spec.name} at ${at}`).toBe(true);
    }
  });

  it('accounts for every event and lists the undrawn ones with reasons', () => {
    expect(grouping.drawn + grouping.notDrawn.length).toBe(dataset.events.length);
    const unplaced = dataset.events.filter((e) => e.data.place === null).length;
    const countryLevel = dataset.events.filter((e) => e.data.place?.precision === 'country').length;
    expect(grouping.notDrawn.filter((n) => n.reason === 'unplaced')).toHaveLength(unplaced);
    expect(grouping.notDrawn.filter((n) => n.reason === 'country')).toHaveLength(countryLevel);
    expect(notDrawnRows(grouping)).toHaveLength(grouping.notDrawn.length);
  });

  for (const [name, drawing] of drawings) {
    describe(`${name} drawing`, () => {
      it('keeps the land small: under 25 KB of path data', () => {
        const g = geometries.get(name) as MapGeometry;
        const bytes = [...g.land, ...(g.inset?.land ?? [])].reduce((sum, c) => sum + c.d.length, 0);
        expect(bytes).toBeLessThan(25_000);
        expect(bytes).toBeGreaterThan(1_000);
      });

      it('lets Iraq fill most of the width', () => {
        const g = geometries.get(name) as MapGeometry;
        const iraq = g.land.find((c) => c.id === IRAQ_ID);
        const xs = [...(iraq?.d.matchAll(/[ML](-?[\d.]+),/g) ?? [])].map((m) => Number(m[1]));
        expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(drawing.width * 0.8);
      });

      it('writes no text over other text, and keeps it inside the picture', () => {
        const g = geometries.get(name) as MapGeometry;
        expect(overlappingTexts(g)).toEqual([]);
        for (const { text, box } of textBoxes(g)) expect(insideBox(box, { x: 0, y: 0, width: g.width, height: g.height }), text).toBe(true);
      });

      it('never lets a mark cover another place’s count', () => {
        const g = geometries.get(name) as MapGeometry;
        const clashes = g.marks.flatMap((a) =>
          g.marks.flatMap((b) => (a !== b && b.countLabel && circleHitsBox(a, b.countLabel.box) ? [`${a.name} on ${b.name}`] : [])),
        );
        expect(clashes).toEqual([]);
      });

      it('names every neighbour and city, and the key bases with events', () => {
        const g = geometries.get(name) as MapGeometry;
        const named = g.labels.map((l) => l.text);
        expect(named).toEqual(expect.arrayContaining(['Iraq', 'Syria', 'Turkey', 'Iran', 'Jordan', 'Saudi Arabia', 'Kuwait']));
        expect(named).toEqual(expect.arrayContaining(['Baghdad', 'Mosul', 'Erbil', 'Basra', 'Kirkuk', 'Ain al-Asad', 'Camp Taji']));
        // K-1 shares Kirkuk's mark: the phone drawing has room for one of the two names.
        if (name === 'wide') expect(named).toContain('K-1');
        expect(g.dropped).not.toEqual(expect.arrayContaining(['Baghdad', 'Mosul', 'Erbil', 'Basra', 'Kirkuk']));
      });

      it('draws each place in its panel and the enlarged panel clear of the main map’s marks', () => {
        const g = geometries.get(name) as MapGeometry;
        const inset = g.inset;
        expect(inset).not.toBeNull();
        if (!inset) return;
        for (const m of g.marks) {
          const box = m.panel === 'inset' ? inset.map : g.main;
          expect(m.x >= box.x && m.x <= box.x + box.width && m.y >= box.y && m.y <= box.y + box.height, m.name).toBe(true);
          if (m.panel === 'main') expect(circleHitsBox({ x: m.x, y: m.y, r: m.r }, inset.box), m.name).toBe(false);
        }
        if (drawing.inset === 'below') expect(inset.box.y).toBeGreaterThanOrEqual(g.main.height);
        else expect(inset.box.y + inset.box.height).toBeLessThanOrEqual(g.main.height);
      });
    });
  }

  it('keeps the land of both drawings together under 25 KB of path data', () => {
    const bytes = [...geometries.values()].flatMap((g) => [...g.land, ...(g.inset?.land ?? [])]).reduce((sum, c) => sum + c.d.length, 0);
    expect(bytes).toBeLessThan(25_000);
  });

  it('draws the same places, in the same order of size, in both drawings', () => {
    const keys = (g: MapGeometry) => g.marks.map((m) => m.key).sort();
    expect(keys(geometries.get('wide') as MapGeometry)).toEqual(keys(geometries.get('narrow') as MapGeometry));
    expect(keys(geometries.get('wide') as MapGeometry)).toEqual(grouping.places.map((p) => p.key).sort());
  });

  it('gathers the Green Zone’s many attacks into one mark with a count', () => {
    const greenZone = grouping.places.filter((p) => p.events.some((e) => e.place?.name.includes('Green Zone')));
    expect(greenZone).toHaveLength(1);
    expect(greenZone[0]?.events.length).toBeGreaterThan(5);
  });

  it('describes the map in words computed from the data', () => {
    const text = describeMap(grouping);
    const top = grouping.places[0];
    expect(text).toContain(`${grouping.drawn} of the ${dataset.events.length} events`);
    expect(text).toContain(`${placeLabel(top as never)} (${top?.events.length}`);
    expect(text).toContain(notDrawnNote(grouping));
    const rows = placeRows(grouping);
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(grouping.drawn);
    expect(rows.map((r) => r.count)).toEqual([...rows.map((r) => r.count)].sort((a, b) => b - a));
  });

  it('is the same on a second run', () => {
    const again = groupPlaces(prepareMapEvents(dataset.events));
    expect(again).toEqual(grouping);
    expect(layoutMap(again, DRAWINGS.narrow, { land })).toEqual(geometries.get('narrow'));
  });

  it('uses the frame and panel it was asked for', () => {
    expect(grouping.frame).toEqual(IRAQ_FRAME);
    expect(grouping.inset).toEqual(BAGHDAD_INSET);
  });
});

describe('notDrawnNote', () => {
  it('counts what is left out in plain words', () => {
    const g = groupPlaces([event({}), event({ at: null }), event({ at: null }), event({ at: [44, 33], precision: 'country' })]);
    expect(notDrawnNote(g)).toBe('1 event placed only at country level and 2 with no recorded place are not drawn. The table lists them.');
    expect(notDrawnNote(groupPlaces([event({})]))).toBe('Every event has a place on the map.');
  });
});

describe('linked views', () => {
  const placeOf = new Map([
    ['a', 'p-1'],
    ['b', 'p-1'],
    ['c', 'p-2'],
  ]);

  it('shows everything until a timeline speaks', () => {
    expect(visibleByPlace(placeOf, null)).toEqual(
      new Map([
        ['p-1', 2],
        ['p-2', 1],
      ]),
    );
    expect(countLine(3, 3, false, '3 of 5 events are on the map.')).toBe('3 of 5 events are on the map.');
  });

  it('counts the events in the timeline’s window per place and fades places with none', () => {
    const visible = visibleByPlace(placeOf, new Set(['a', 'z']));
    expect(visible).toEqual(
      new Map([
        ['p-1', 1],
        ['p-2', 0],
      ]),
    );
    expect(placeState(visible.get('p-1') ?? 0, 2)).toBe('partial');
    expect(placeState(visible.get('p-2') ?? 0, 1)).toBe('out');
    expect(placeState(2, 2)).toBe('all');
    expect(countLine(1, 3, true, '')).toBe('Showing 1 of 3 events on the map: those in the timeline’s window and filters.');
  });
});

describe('groupPlaces at scale', () => {
  it('pools a thousand scattered points into a readable number of marks, losing none', () => {
    // A deterministic scatter over about a degree around Baghdad, as the scale benchmarks make.
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const events = Array.from({ length: 1000 }, () => event({ at: [44 + random(), 33 + random()], precision: 'city' }));
    const grouping = groupPlaces(events);
    expect(grouping.drawn + grouping.notDrawn.length).toBe(1000);
    expect(grouping.places.length).toBeGreaterThan(0);
    // No two marks share a spot or a count, so the number left is bounded by the room on the map.
    expect(grouping.places.length).toBeLessThan(150);
    // Pooling depends on positions only, not on the order events arrive in.
    expect(groupPlaces([...events].reverse()).places.map((p) => p.events.length)).toEqual(grouping.places.map((p) => p.events.length));
  });
});

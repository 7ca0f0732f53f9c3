/** The incident map as drawn at build time, from a few synthetic events over a tiny synthetic land. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import IncidentMap from '../../src/components/charts/map/IncidentMap.astro';
import type { LandCollection } from '../../src/lib/map/geo.ts';
import type { MapEvent } from '../../src/lib/map/model.ts';
import { normalizeSvg } from '../support/normalize-svg.ts';

const square = (west: number, south: number, east: number, north: number) => [
  [
    [west, south],
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ],
];

/** Two boxes standing for Iraq and Iran: enough to check the drawing without the 50m atlas. */
const land: LandCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: '368', properties: { name: 'Iraq' }, geometry: { type: 'Polygon', coordinates: square(39, 29.5, 46, 37) } },
    { type: 'Feature', id: '364', properties: { name: 'Iran' }, geometry: { type: 'Polygon', coordinates: square(46, 29.5, 49.5, 37) } },
  ],
};

const base = { datePrecision: 'day', type: 'rocket-attack', group: 'attacks', severity: 1, sources: ['src-a'] } as const;
const at = (name: string, lat: number, lon: number, precision: 'exact' | 'city' | 'province' | 'country' = 'exact') => ({
  name,
  lat,
  lon,
  precision,
});
const events: MapEvent[] = [
  { ...base, id: 'gz-1', title: 'Rockets hit the Green Zone', date: '2020-01-05', place: at('Green Zone, Baghdad', 33.3, 44.39) },
  {
    ...base,
    id: 'gz-2',
    title: 'More rockets hit the Green Zone',
    date: '2020-01-08',
    severity: 2,
    place: at('Green Zone, Baghdad', 33.3, 44.39),
  },
  {
    ...base,
    id: 'gz-3',
    title: 'Rockets land near the embassy',
    date: '2020-01-20',
    place: at('US Embassy, Baghdad', 33.3, 44.39),
    sources: ['src-b'],
  },
  {
    ...base,
    id: 'asad-1',
    title: 'Rockets hit Ain al-Asad',
    date: '2020-03-03',
    severity: 3,
    place: at('Ain al-Asad air base', 33.8, 42.44),
  },
  {
    ...base,
    id: 'asad-2',
    title: 'Missiles strike Ain al-Asad',
    date: '2020-01-08',
    type: 'missile-strike',
    group: 'strikes',
    severity: 4,
    place: at('Ain al-Asad air base', 33.8, 42.44),
  },
  {
    ...base,
    id: 'tikrit',
    title: 'Offensive around Tikrit',
    date: '2015-03-02',
    datePrecision: 'month',
    type: 'military-operation',
    group: 'war',
    severity: 3,
    place: at('Tikrit and nearby towns', 34.6, 43.68, 'province'),
  },
  { ...base, id: 'vote', title: 'Parliament votes', date: '2020-01-05', type: 'legislation', group: 'politics', severity: 0, place: null },
  {
    ...base,
    id: 'election',
    title: 'Iraq holds elections',
    date: '2021-10-10',
    type: 'election',
    group: 'politics',
    severity: 0,
    place: at('Iraq', 33.2, 43.7, 'country'),
  },
];

let html = '';
const svgOf = (name: 'wide' | 'narrow') =>
  normalizeSvg(html.match(new RegExp(`<svg class="map-svg map-${name}"[\\s\\S]*?</svg>`))?.[0] ?? '');

beforeAll(async () => {
  const container = await AstroContainer.create();
  html = await container.renderToString(IncidentMap, { props: { events, id: 't', title: 'Test map', land } });
});

describe('incident map SVG', () => {
  it('draws the wide and the phone drawing', async () => {
    await expect(svgOf('wide')).toMatchFileSnapshot('./__snapshots__/map-wide.svg');
    await expect(svgOf('narrow')).toMatchFileSnapshot('./__snapshots__/map-narrow.svg');
  });

  it('gives each drawing a title and a description computed from the data', () => {
    for (const name of ['wide', 'narrow'] as const) {
      const svg = svgOf(name);
      expect(svg).toContain(`aria-labelledby="t-${name}-title t-${name}-desc"`);
      expect(svg).toContain(`<title id="t-${name}-title">Test map</title>`);
      expect(svg).toMatch(/<desc id="t-\w+-desc">Map of Iraq and its neighbours showing where 6 of the 8 events took place, at 3 places\./);
      expect(svg).toContain('1 event placed only at country level and 1 with no recorded place are not drawn.');
    }
  });

  it('gathers the three Green Zone events into one mark with a count', () => {
    const svg = svgOf('wide');
    expect(svg.match(/<g class="map-mark /g)).toHaveLength(3);
    expect(svg).toMatch(/<text class="count" data-place="p-gz-1" data-total="3"[^>]*>3<\/text>/);
    expect(svg).toContain('<g class="map-mark point mixed" data-place="p-asad-2"');
    expect(svg).toMatch(/<circle class="halo" data-place="p-tikrit"/);
  });

  it('has a complete table alternative and a note on what is not drawn', () => {
    expect(html).toContain('<summary>Table of the 3 places on the map and their events, and of the 2 events not drawn</summary>');
    expect(html).toMatch(/<caption>Places on the map, busiest first/);
    const placeRows = html.match(/<tr data-place="[^"]+">/g) ?? [];
    expect(placeRows).toHaveLength(3);
    expect(html.match(/<li data-id="/g)).toHaveLength(6);
    expect(html).toContain('<th scope="row">Green Zone, Baghdad');
    expect(html).toContain('<td>2: Injuries</td>');
    expect(html).toContain('Placed only at country level (Iraq)');
    expect(html).toContain('No place recorded');
    expect(html).toContain('8 events citing 2 sources');
  });

  it('carries the place picker hidden until the enhancement runs', () => {
    expect(html).toMatch(/<div class="map-explore" data-explore hidden>/);
    expect(html).toContain('<option value="p-gz-1">Green Zone, Baghdad (3)</option>');
  });
});

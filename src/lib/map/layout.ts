/**
 * Incident map layout: grouped places + land + a drawing (width, text size) → every shape, label
 * and panel the SVG draws. Pure (no DOM, no files): the component passes the world atlas, tests
 * pass a small polygon. Run once per drawing over the same grouping.
 */
import type { GeoProjection } from 'd3-geo';
import { arc, pie } from 'd3-shape';
import { type MarkShape, type TypeGroupKey, typeGroups } from '../timeline/model.ts';
import { symbolPath } from '../timeline/symbols.ts';
import type { MapPlace, Panel, PlaceGrouping, Precision } from './cluster.ts';
import { buildFrames, type Drawing } from './frames.ts';
import {
  type Box,
  type CountryPath,
  contains,
  countryPaths,
  type Extent,
  type LandCollection,
  type LonLat,
  projectPoint,
  round1,
  unitsPerKm,
} from './geo.ts';
import {
  boxesOverlap,
  type Circle,
  candidatesAround,
  centredOn,
  circleHitsBox,
  countLabel,
  countLabelCandidates,
  firstFree,
  type Obstacles,
  type PlacedText,
  textAt,
  textWidth,
} from './labels.ts';
import { markRadius, roomyMark } from './model.ts';
import { COUNTRY_LABELS, type CountryLabelSpec, IRAQ_ID, KEY_PLACES, type KeyPlace } from './places.ts';

export interface MapLayoutOptions {
  readonly land: LandCollection;
  /** The country drawn as the subject (default Iraq). */
  readonly focusCountry?: string;
  readonly keyPlaces?: readonly KeyPlace[];
  readonly countryLabels?: readonly CountryLabelSpec[];
}

export interface MapMark {
  readonly key: string;
  readonly panel: Panel;
  readonly precision: Precision;
  readonly x: number;
  readonly y: number;
  /** Radius of the circle of equal area. */
  readonly r: number;
  /** For places with province-level events: radius of the uncertainty ring. */
  readonly halo: number | null;
  /** One kind: its group and symbol; several: `slices` of a circle instead. */
  readonly group: TypeGroupKey | null;
  readonly shape: MarkShape | null;
  readonly symbol: string | null;
  readonly slices: readonly { readonly group: TypeGroupKey; readonly d: string }[];
  readonly count: number;
  readonly worst: number;
  readonly ids: readonly string[];
  readonly name: string;
  readonly countLabel: PlacedText | null;
}

export type MapLabel = PlacedText & { readonly kind: 'country' | 'place' };
export type LandPath = CountryPath & { readonly focus: boolean };

export interface MapInset {
  /** The whole panel: heading band and map. */
  readonly box: Box;
  readonly map: Box;
  readonly title: PlacedText;
  readonly land: readonly LandPath[];
  /** The enlarged area as drawn on the main map, and a line joining it to the panel. */
  readonly outline: Box;
  readonly connector: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly main: Box;
  readonly land: readonly LandPath[];
  readonly inset: MapInset | null;
  /** Drawing order: largest first, so small marks stay on top. */
  readonly marks: readonly MapMark[];
  readonly labels: readonly MapLabel[];
  /** Orientation rings for the named cities. */
  readonly cities: readonly { readonly name: string; readonly x: number; readonly y: number }[];
  /** Labels that found no free position (none with the real data; tests check). */
  readonly dropped: readonly string[];
}

/** Province-level events get a ring of this radius: "somewhere around here", not a spot. */
export const HALO_KM = 45;
export const CITY_RING = 2.5;
const MARGIN = 6;
/** A site is named when an event on the map lies this close to it. */
const SITE_KM = 8;

const shapes = Object.fromEntries(typeGroups.map((g) => [g.key, g.shape])) as Record<TypeGroupKey, MarkShape>;

function kmBetween([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const x = (lon2 - lon1) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  return Math.hypot(x, lat2 - lat1) * 111.2;
}

function markFor(place: MapPlace, [x, y]: [number, number], halo: number | null, drawing: Drawing): MapMark {
  const r = markRadius(place.weight, drawing.markScale);
  const single = place.groups.length === 1 ? (place.groups[0]?.group ?? null) : null;
  const slices = single
    ? []
    : pie<{ group: TypeGroupKey; weight: number }>()
        .sort(null)
        .value((g) => g.weight)(place.groups.map((g) => ({ group: g.group, weight: g.weight })))
        .map((slice) => ({
          group: slice.data.group,
          d: arc().digits(1)({ innerRadius: 0, outerRadius: r, startAngle: slice.startAngle, endAngle: slice.endAngle, padAngle: 0 }) ?? '',
        }));
  const count = place.events.length;
  return {
    key: place.key,
    panel: place.panel,
    precision: place.precision,
    x,
    y,
    r,
    halo,
    group: single,
    shape: single ? shapes[single] : null,
    symbol: single ? symbolPath(shapes[single], r) : null,
    slices,
    count,
    worst: place.worst,
    ids: place.events.map((e) => e.id),
    name: place.name,
    countLabel: count > 1 ? countLabel(count, x, y, r, drawing.fontSize, roomyMark(place.groups.map((g) => g.group))) : null,
  };
}

export function layoutMap(grouping: PlaceGrouping, drawing: Drawing, options: MapLayoutOptions): MapGeometry {
  const { land } = options;
  if (land?.type !== 'FeatureCollection' || !Array.isArray(land.features)) throw new Error('map land must be a GeoJSON FeatureCollection');
  if (!grouping.drawings.includes(drawing))
    throw new Error(`the places were grouped for other drawings than this one (width ${drawing.width}): pass it to groupPlaces`);
  const frames = buildFrames(drawing, { frame: grouping.frame, inset: grouping.inset });
  const { width, fontSize } = drawing;
  const focus = options.focusCountry ?? IRAQ_ID;
  const main: Box = { x: 0, y: 0, width, height: frames.mainHeight };
  const haloAt = (at: LonLat) => round1(HALO_KM * unitsPerKm(frames.main, at));

  const mainMarks = grouping.places
    .filter((p) => p.panel === 'main')
    .map((p) => markFor(p, projectPoint(frames.main, p.at), p.precision === 'point' ? null : haloAt(p.at), drawing));
  const insetPlaces = grouping.places.filter((p) => p.panel === 'inset');

  // The enlarged panel: in a corner of the main map where it hides no mark, or else below the map.
  let inset: MapInset | null = null;
  let insetMarks: MapMark[] = [];
  let insetProjection: GeoProjection | null = null;
  let height = frames.mainHeight;
  if (frames.inset && insetPlaces.length > 0) {
    const { spec, width: iw, mapHeight } = frames.inset;
    const band = fontSize + 8;
    const ih = band + mapHeight;
    const outline = outlineBox(frames.main, spec.extent);
    const corners: [number, number][] =
      drawing.inset === 'corner'
        ? [
            [MARGIN, frames.mainHeight - MARGIN - ih],
            [MARGIN, MARGIN],
            [width - MARGIN - iw, frames.mainHeight - MARGIN - ih],
            [width - MARGIN - iw, MARGIN],
          ]
        : [];
    const fits = ([x, y]: [number, number]) => {
      const box = { x, y, width: iw, height: ih };
      return (
        !boxesOverlap(box, outline, 8) && !mainMarks.some((m) => circleHitsBox({ x: m.x, y: m.y, r: Math.max(m.r, m.halo ?? 0) }, box, 4))
      );
    };
    const corner = corners.find(fits);
    const [bx, by] = corner ?? [Math.round((width - iw) / 2), frames.mainHeight + MARGIN];
    if (!corner) height = frames.mainHeight + MARGIN + ih + MARGIN;
    const box: Box = { x: bx, y: by, width: iw, height: ih };
    const map: Box = { x: bx, y: by + band, width: iw, height: mapHeight };
    insetProjection = frames.inset.at([map.x, map.y]);
    const projection = insetProjection;
    insetMarks = insetPlaces.map((p) => markFor(p, projectPoint(projection, p.at), null, drawing));
    inset = {
      box,
      map,
      title: textAt(spec.title, bx + 6, by + 4, textWidth(spec.title, fontSize), fontSize, 'start'),
      land: countryPaths(land, projection, spec.extent).map((c) => ({ ...c, focus: c.id === focus })),
      outline,
      connector: connect(outline, box),
    };
  }

  const marks = placeCounts([...mainMarks, ...insetMarks], drawing, inset).sort((a, b) => b.r - a.r || a.key.localeCompare(b.key));

  // Labels: country names first (fixed spots in open ground), then places in order of priority.
  const obstacles: Obstacles = {
    boxes: marks.flatMap((m) => (m.countLabel ? [m.countLabel.box] : [])),
    circles: marks.map((m): Circle => ({ x: m.x, y: m.y, r: m.r })),
  };
  if (inset) obstacles.boxes.push(inset.title.box);
  // Labels on the main map must also keep off the enlarged panel and the outline of what it enlarges.
  const mainOnly: Box[] = inset ? [inset.box, inset.outline] : [];
  const avoid = (panel: Panel, except?: Box): Obstacles => ({
    boxes: panel === 'main' ? [...obstacles.boxes, ...mainOnly.filter((b) => b !== except)] : obstacles.boxes,
    circles: obstacles.circles,
  });
  const labels: MapLabel[] = [];
  const dropped: string[] = [];
  const take = (label: PlacedText | null, kind: MapLabel['kind'], text: string) => {
    if (!label) {
      dropped.push(text);
      return;
    }
    labels.push({ ...label, kind });
    obstacles.boxes.push(label.box);
  };

  // Only countries the land actually draws are named.
  const drawnCountries = new Set(land.features.map((f) => f.properties?.name));
  for (const country of (options.countryLabels ?? COUNTRY_LABELS).filter((c) => drawnCountries.has(c.name))) {
    const candidates = country.candidates
      .filter((at) => contains(frames.frame, at))
      .map((at) => centredOn(country.name, projectPoint(frames.main, at), fontSize));
    take(firstFree(candidates, main, avoid('main')), 'country', country.name);
  }

  const drawnPoints = grouping.places.flatMap((p) =>
    p.events.map((e) => ({ panel: p.panel, at: [e.place?.lon ?? 0, e.place?.lat ?? 0] as LonLat })),
  );
  const cities: { name: string; x: number; y: number }[] = [];
  for (const place of options.keyPlaces ?? KEY_PLACES) {
    const inInsetArea = inset !== null && frames.inset !== null && contains(frames.inset.spec.extent, place.at);
    if (inInsetArea && place.kind === 'city') {
      // The enlarged area's outline stands for the city on the main map, and is named after it.
      if (inset && frames.inset?.spec.name === place.name)
        take(firstFree(candidatesAround(place.name, inset.outline, fontSize), main, avoid('main', inset.outline)), 'place', place.name);
      continue;
    }
    const panel: Panel = inInsetArea ? 'inset' : 'main';
    if (place.kind === 'site' && !drawnPoints.some((p) => p.panel === panel && kmBetween(p.at, place.at) <= SITE_KM)) continue;
    if (panel === 'main' && !contains(frames.frame, place.at)) continue;
    const [x, y] = projectPoint(panel === 'inset' && insetProjection ? insetProjection : frames.main, place.at);
    const bounds = panel === 'inset' && inset ? inset.map : main;
    if (x < bounds.x || x > bounds.x + bounds.width || y < bounds.y || y > bounds.y + bounds.height) continue;
    // A place hidden under the enlarged panel is not named on the main map.
    if (panel === 'main' && inset && circleHitsBox({ x, y, r: CITY_RING }, inset.box)) continue;
    // Clear the mark the place sits under, if any, rather than writing over it.
    const under = marks.filter((m) => m.panel === panel && Math.hypot(m.x - x, m.y - y) < m.r + 1);
    const reach = Math.max(CITY_RING, ...under.map((m) => Math.hypot(m.x - x, m.y - y) + m.r));
    const anchor: Box = { x: x - reach, y: y - reach, width: 2 * reach, height: 2 * reach };
    take(firstFree(candidatesAround(place.name, anchor, fontSize), bounds, avoid(panel)), 'place', place.name);
    if (place.kind === 'city') {
      cities.push({ name: place.name, x, y });
      obstacles.circles.push({ x, y, r: CITY_RING });
    }
  }

  return {
    width,
    height,
    fontSize,
    main,
    land: countryPaths(land, frames.main, frames.frame).map((c) => ({ ...c, focus: c.id === focus })),
    inset,
    marks,
    labels,
    cities,
    dropped,
  };
}

/**
 * Keeps each count clear of other marks and counts: the grouping guarantees the preferred spot is
 * free in every drawing, so this only moves a count that the guarantee does not cover (a count
 * pushed outside its panel's edge, say). Busiest places choose first.
 */
function placeCounts(marks: MapMark[], drawing: Drawing, inset: MapInset | null): MapMark[] {
  const placed: Box[] = [];
  const order = [...marks].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const moved = new Map<string, PlacedText>();
  for (const m of order) {
    if (!m.countLabel) continue;
    const bounds: Box = m.panel === 'inset' && inset ? inset.map : { x: 0, y: 0, width: drawing.width, height: Number.POSITIVE_INFINITY };
    const others = marks.filter((o) => o !== m && o.panel === m.panel);
    const free = countLabelCandidates(m.count, m.x, m.y, m.r, drawing.fontSize, roomyMark(m.group ? [m.group] : [])).find(
      (c) =>
        c.box.x >= bounds.x &&
        c.box.y >= bounds.y &&
        c.box.x + c.box.width <= bounds.x + bounds.width &&
        c.box.y + c.box.height <= bounds.y + bounds.height &&
        !others.some((o) => circleHitsBox(o, c.box, 1)) &&
        !placed.some((b) => boxesOverlap(b, c.box, 1)),
    );
    const label = free ?? m.countLabel;
    placed.push(label.box);
    if (label !== m.countLabel) moved.set(m.key, label);
  }
  return marks.map((m) => (moved.has(m.key) ? { ...m, countLabel: moved.get(m.key) ?? m.countLabel } : m));
}

/** The bounding box of a lon/lat extent on the main map. */
function outlineBox(projection: GeoProjection, extent: Extent): Box {
  const midLon = (extent.west + extent.east) / 2;
  const corners = (
    [
      [extent.west, extent.south],
      [extent.east, extent.south],
      [extent.west, extent.north],
      [extent.east, extent.north],
      [midLon, extent.north],
      [midLon, extent.south],
    ] as const
  ).map((p) => projectPoint(projection, p));
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: round1(Math.max(...xs) - x), height: round1(Math.max(...ys) - y) };
}

/** The shortest line from a corner of one box to a corner of the other. */
function connect(a: Box, b: Box) {
  const cornersOf = (box: Box): [number, number][] => [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x, box.y + box.height],
    [box.x + box.width, box.y + box.height],
  ];
  let best = { x1: 0, y1: 0, x2: 0, y2: 0, d: Number.POSITIVE_INFINITY };
  for (const [x1, y1] of cornersOf(a))
    for (const [x2, y2] of cornersOf(b)) {
      const d = Math.hypot(x2 - x1, y2 - y1);
      if (d < best.d) best = { x1, y1, x2, y2, d };
    }
  return { x1: round1(best.x1), y1: round1(best.y1), x2: round1(best.x2), y2: round1(best.y2) };
}

/**
 * Groups events into the places the map draws. Events at one spot (the Green Zone's many rocket
 * attacks), or so close that a mark would sit on another's count, become one mark with a count.
 * The test is made in every drawing the map will be shown in (phone and wide), so one grouping
 * serves them all and the table, the place list and both drawings agree on what a "place" is.
 */
import type { GeoProjection } from 'd3-geo';
import { type TypeGroupKey, typeGroups } from '../timeline/model.ts';
import { buildFrames, DRAWINGS, type Drawing, type FrameOptions, resolveFrameOptions } from './frames.ts';
import { contains, type Extent, type LonLat, projectPoint } from './geo.ts';
import { boxesOverlap, circleHitsBox, countLabel } from './labels.ts';
import { assertMapEvents, byDate, type MapEvent, markRadius, roomyMark, weightOf } from './model.ts';
import type { InsetSpec } from './places.ts';

export type Panel = 'main' | 'inset';
/** 'point' for exact sites and cities; 'area' for events known only to the province; 'mixed' for a place with both. */
export type Precision = 'point' | 'area' | 'mixed';
export type NotDrawnReason = 'country' | 'unplaced' | 'outside';

export interface MapPlace {
  /** Stable id: "p-" and the id of the place's earliest event. */
  readonly key: string;
  readonly panel: Panel;
  readonly precision: Precision;
  /** Mean position of its events. */
  readonly at: LonLat;
  /** The place name most of its events give. */
  readonly name: string;
  /** Events in date order. */
  readonly events: readonly MapEvent[];
  /** Sum of event weights (1 + severity each): the mark's area. */
  readonly weight: number;
  readonly worst: number;
  /** Kinds of event here, in the timeline's group order. */
  readonly groups: readonly { readonly group: TypeGroupKey; readonly count: number; readonly weight: number }[];
}

export interface PlaceGrouping {
  readonly places: readonly MapPlace[];
  readonly notDrawn: readonly { readonly event: MapEvent; readonly reason: NotDrawnReason }[];
  readonly total: number;
  readonly drawn: number;
  /** The frame and panel the grouping was made for: layoutMap draws with the same. */
  readonly frame: Extent;
  readonly inset: InsetSpec | null;
  readonly drawings: readonly Drawing[];
}

export interface GroupOptions extends FrameOptions {
  /** The drawings the map will be shown in (default: wide and narrow). */
  readonly drawings?: readonly Drawing[];
}

interface Cluster {
  events: MapEvent[];
  lon: number;
  lat: number;
  weight: number;
  /** Position in each drawing. */
  at: [number, number][];
}

const groupsOf = (c: Cluster) => [...new Set(c.events.map((e) => e.group))];

/** Marks closer than this are the same spot whatever their size. */
const SAME_SPOT = 3;

const mean = (events: readonly MapEvent[], pick: (e: MapEvent) => number) =>
  Math.round((events.reduce((sum, e) => sum + pick(e), 0) / events.length) * 1e4) / 1e4;

/**
 * In one drawing: two marks become one when they mark the same spot, when their counts would
 * collide or when one would sit on the other's count (which would then seem to be its own).
 * Marks may otherwise overlap: the smaller is drawn on top with an outline, so both stay visible.
 */
function tooCloseIn(a: Cluster, b: Cluster, i: number, drawing: Drawing): boolean {
  const [ax, ay] = a.at[i] ?? [0, 0];
  const [bx, by] = b.at[i] ?? [0, 0];
  if (Math.hypot(ax - bx, ay - by) < SAME_SPOT) return true;
  const ra = markRadius(a.weight, drawing.markScale);
  const rb = markRadius(b.weight, drawing.markScale);
  const labelA = a.events.length > 1 ? countLabel(a.events.length, ax, ay, ra, drawing.fontSize, roomyMark(groupsOf(a))).box : null;
  const labelB = b.events.length > 1 ? countLabel(b.events.length, bx, by, rb, drawing.fontSize, roomyMark(groupsOf(b))).box : null;
  if (labelA && labelB && boxesOverlap(labelA, labelB, 1)) return true;
  return (
    (labelB !== null && circleHitsBox({ x: ax, y: ay, r: ra }, labelB, 1)) ||
    (labelA !== null && circleHitsBox({ x: bx, y: by, r: rb }, labelA, 1))
  );
}

/** Repeatedly merges the closest pair that is too close in any drawing, until none is: the result does not depend on input order. */
function agglomerate(
  clusters: Cluster[],
  drawings: readonly Drawing[],
  project: (lonLat: LonLat, i: number) => [number, number],
): Cluster[] {
  const list = [...clusters];
  for (;;) {
    let best: { i: number; j: number; d: number; key: string } | null = null;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as Cluster;
        const b = list[j] as Cluster;
        if (!drawings.some((drawing, k) => tooCloseIn(a, b, k, drawing))) continue;
        const d = Math.hypot(a.lon - b.lon, a.lat - b.lat);
        const key = [a.events[0]?.id ?? '', b.events[0]?.id ?? ''].sort().join('|');
        if (!best || d < best.d - 1e-9 || (Math.abs(d - best.d) <= 1e-9 && key < best.key)) best = { i, j, d, key };
      }
    }
    if (!best) return list;
    const a = list[best.i] as Cluster;
    const b = list[best.j] as Cluster;
    const events = [...a.events, ...b.events].sort(byDate);
    const lon = mean(events, (e) => e.place?.lon ?? 0);
    const lat = mean(events, (e) => e.place?.lat ?? 0);
    list.splice(best.j, 1);
    list[best.i] = { events, lon, lat, weight: a.weight + b.weight, at: drawings.map((_, k) => project([lon, lat], k)) };
  }
}

/** The name most of the events give; among equals, the earliest event's. */
function commonName(events: readonly MapEvent[]): string {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.place?.name ?? '', (counts.get(e.place?.name ?? '') ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const e of events) {
    const count = counts.get(e.place?.name ?? '') ?? 0;
    if (count > bestCount) {
      best = e.place?.name ?? '';
      bestCount = count;
    }
  }
  return best;
}

const isArea = (e: MapEvent) => e.place?.precision === 'province';

function toPlace(cluster: Cluster, panel: Panel): MapPlace {
  const events = cluster.events;
  const first = events[0];
  if (!first) throw new Error('empty place');
  const areas = events.filter(isArea).length;
  const precision: Precision = areas === 0 ? 'point' : areas === events.length ? 'area' : 'mixed';
  return {
    key: `p-${first.id}`,
    panel,
    precision,
    at: [cluster.lon, cluster.lat],
    name: commonName(events),
    events,
    weight: cluster.weight,
    worst: Math.max(...events.map((e) => e.severity)),
    groups: typeGroups.flatMap((g) => {
      const here = events.filter((e) => e.group === g.key);
      return here.length ? [{ group: g.key, count: here.length, weight: here.reduce((sum, e) => sum + weightOf(e), 0) }] : [];
    }),
  };
}

/** Past this many separate spots, neighbours are pooled on a grid before the pairwise merging. */
const POOL_ABOVE = 120;
/** Grid cell for pooling, in the first drawing's pixels: about one count label across. */
const POOL_CELL = 12;

/**
 * Pools clusters that fall in the same grid cell of the first drawing. The pairwise merging looks
 * at every pair after every merge, which is fine for the few dozen spots real data has but not for
 * thousands of scattered points (the scale benchmarks); those would be merged into marks this size
 * anyway. The cells come from positions alone, so the result does not depend on input order.
 */
function pool(clusters: Cluster[], drawings: readonly Drawing[], project: (lonLat: LonLat, i: number) => [number, number]): Cluster[] {
  if (clusters.length <= POOL_ABOVE) return clusters;
  const cells = new Map<string, Cluster[]>();
  for (const cluster of clusters) {
    const [x, y] = cluster.at[0] ?? [0, 0];
    const key = `${Math.floor(x / POOL_CELL)},${Math.floor(y / POOL_CELL)}`;
    cells.set(key, [...(cells.get(key) ?? []), cluster]);
  }
  return [...cells.keys()].sort().map((key) => {
    const members = cells.get(key) as Cluster[];
    if (members.length === 1) return members[0] as Cluster;
    const events = members.flatMap((m) => m.events).sort(byDate);
    const lon = mean(events, (e) => e.place?.lon ?? 0);
    const lat = mean(events, (e) => e.place?.lat ?? 0);
    const weight = members.reduce((sum, m) => sum + m.weight, 0);
    return { events, lon, lat, weight, at: drawings.map((_, k) => project([lon, lat], k)) };
  });
}

/** Sorts events into drawn places (most events first) and those the map cannot draw, with the reason. */
export function groupPlaces(events: readonly MapEvent[], options: GroupOptions = {}): PlaceGrouping {
  assertMapEvents(events);
  const { frame, inset } = resolveFrameOptions(options);
  const drawings = options.drawings ?? [DRAWINGS.narrow, DRAWINGS.wide];
  if (drawings.length === 0) throw new Error('groupPlaces needs at least one drawing');
  const frames = drawings.map((d) => buildFrames(d, { frame, inset }));
  const projections = (panel: Panel): GeoProjection[] => frames.map((f) => (panel === 'inset' && f.inset ? f.inset.at([0, 0]) : f.main));
  const byPanel = { main: projections('main'), inset: projections('inset') };
  const [reference] = frames;
  if (!reference) throw new Error('groupPlaces needs at least one drawing');

  const notDrawn: { event: MapEvent; reason: NotDrawnReason }[] = [];
  const buckets = new Map<Panel, Cluster[]>();
  for (const event of [...events].sort(byDate)) {
    const place = event.place;
    if (!place) {
      notDrawn.push({ event, reason: 'unplaced' });
      continue;
    }
    if (place.precision === 'country') {
      notDrawn.push({ event, reason: 'country' });
      continue;
    }
    const lonLat: LonLat = [place.lon, place.lat];
    // A province-wide event would cover the whole enlarged panel: it stays on the main map.
    const panel: Panel = inset && !isArea(event) && contains(inset.extent, lonLat) ? 'inset' : 'main';
    if (panel === 'main') {
      const [x, y] = projectPoint(reference.main, lonLat);
      if (x < 0 || x > reference.drawing.width || y < 0 || y > reference.mainHeight) {
        notDrawn.push({ event, reason: 'outside' });
        continue;
      }
    }
    const list = buckets.get(panel) ?? [];
    list.push({
      events: [event],
      lon: place.lon,
      lat: place.lat,
      weight: weightOf(event),
      at: byPanel[panel].map((p) => projectPoint(p, lonLat)),
    });
    buckets.set(panel, list);
  }
  // Sites and province-level events share one grouping: a ring's centre beside a site would otherwise cover its count.
  const places = [...buckets.entries()]
    .flatMap(([panel, clusters]) => {
      const project = (lonLat: LonLat, k: number) => projectPoint(byPanel[panel][k] as GeoProjection, lonLat);
      return agglomerate(pool(clusters, drawings, project), drawings, project).map((c) => toPlace(c, panel));
    })
    .sort((a, b) => b.events.length - a.events.length || b.weight - a.weight || a.key.localeCompare(b.key));
  const drawn = places.reduce((sum, p) => sum + p.events.length, 0);
  return { places, notDrawn, total: events.length, drawn, frame, inset, drawings };
}

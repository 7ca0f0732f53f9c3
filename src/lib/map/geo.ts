/**
 * Projections and land paths for the incident map. A conic equal-area projection keeps areas true
 * (a province ring covers the same ground wherever it sits) and is fitted to a lon/lat box, so the
 * box fills the chart's width at every size. Pure: plain GeoJSON in, numbers and path strings out.
 */
import { type GeoProjection, geoBounds, geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type LonLat = readonly [lon: number, lat: number];

/** A box of longitudes and latitudes, in degrees. */
export interface Extent {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** A rectangle in SVG user units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Countries as GeoJSON: each feature's `id` and `properties.name` name it. */
export type LandCollection = FeatureCollection<Geometry, { name?: string } | null>;

/** A country's outline in one panel. */
export interface CountryPath {
  readonly id: string;
  readonly name: string;
  readonly d: string;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

export function contains(extent: Extent, [lon, lat]: LonLat): boolean {
  return lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north;
}

export function assertExtent(extent: Extent, name: string): void {
  const { west, south, east, north } = extent;
  if (![west, south, east, north].every(Number.isFinite) || west >= east || south >= north)
    throw new Error(`${name} must have west < east and south < north in degrees (got ${west}, ${south}, ${east}, ${north})`);
}

/** Points along the box's edges: its parallels curve under a conic projection, so corners alone under-fit. */
function outline(extent: Extent): FeatureCollection {
  const steps = 8;
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = extent.west + ((extent.east - extent.west) * i) / steps;
    const lat = extent.south + ((extent.north - extent.south) * i) / steps;
    coordinates.push([lon, extent.south], [lon, extent.north], [extent.west, lat], [extent.east, lat]);
  }
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: null, geometry: { type: 'MultiPoint', coordinates } }] };
}

/** A conic equal-area projection for the box (standard parallels at one sixth and five sixths of its height). */
function conicFor(extent: Extent): GeoProjection {
  const span = extent.north - extent.south;
  return geoConicEqualArea()
    .parallels([extent.south + span / 6, extent.north - span / 6])
    .rotate([-(extent.west + extent.east) / 2, 0]);
}

/** A projection drawing `extent` exactly `width` wide with its top-left corner at `origin`; returns the height it needs. */
export function fitProjection(extent: Extent, width: number, origin: readonly [number, number] = [0, 0]) {
  const shape = outline(extent);
  const sized = conicFor(extent).fitWidth(width, shape);
  const [[x0, y0], [x1, y1]] = geoPath(sized).bounds(shape);
  const height = Math.ceil(((y1 - y0) * width) / (x1 - x0));
  const projection = conicFor(extent)
    .fitExtent(
      [
        [origin[0], origin[1]],
        [origin[0] + width, origin[1] + height],
      ],
      shape,
    )
    .clipExtent([
      [origin[0], origin[1]],
      [origin[0] + width, origin[1] + height],
    ]);
  return { projection, height };
}

/** Projects a point, rounded to 0.1 unit. */
export function projectPoint(projection: GeoProjection, point: LonLat): [number, number] {
  const p = projection([point[0], point[1]]);
  if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new Error(`cannot project ${point[0]}, ${point[1]}`);
  return [round1(p[0]), round1(p[1])];
}

/** Units per kilometre near a point (the projection is equal-area, so this barely varies across the map). */
export function unitsPerKm(projection: GeoProjection, [lon, lat]: LonLat): number {
  const a = projection([lon, lat]);
  const b = projection([lon, lat + 1]);
  if (!a || !b) return 0;
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / 111.2;
}

/**
 * Each country's outline clipped to the projection's extent, coordinates rounded to 0.1 unit and
 * points closer than `tolerance` to the last kept one dropped: at chart scale they add bytes, not detail.
 */
export function countryPaths(land: LandCollection, projection: GeoProjection, near: Extent, tolerance = 0.6): CountryPath[] {
  const path = geoPath(projection).digits(1);
  return land.features.flatMap((feature: Feature<Geometry, { name?: string } | null>, index) => {
    if (!overlapsExtent(feature, near)) return [];
    const id = feature.id === undefined ? `feature-${index}` : String(feature.id);
    const d = simplifyPath(path(feature) ?? '', tolerance);
    return d ? [{ id, name: feature.properties?.name ?? id, d }] : [];
  });
}

/** Cheap pre-check: projecting and clipping all of Russia to find nothing in the frame is slow. */
const boundsCache = new WeakMap<Feature, ReturnType<typeof geoBounds>>();

function overlapsExtent(feature: Feature, extent: Extent): boolean {
  const bounds = boundsCache.get(feature) ?? geoBounds(feature);
  boundsCache.set(feature, bounds);
  const [[west, south], [east, north]] = bounds;
  // A box crossing the antimeridian comes back with west > east: keep it and let clipping decide.
  if (!(west <= east)) return true;
  return west <= extent.east && east >= extent.west && south <= extent.north && north >= extent.south;
}

/**
 * Radial-distance simplification of an SVG path made of M, L and Z commands (what d3-geo writes for
 * polygons): drops vertices within `tolerance` of the previous kept vertex, keeping every ring's
 * first and last point so rings stay closed. Rings that shrink below three points are dropped.
 */
export function simplifyPath(d: string, tolerance: number): string {
  const rings = d.match(/M[^M]*/g) ?? [];
  const kept: string[] = [];
  for (const ring of rings) {
    const closed = ring.trimEnd().endsWith('Z');
    const points = (ring.replace(/Z\s*$/, '').slice(1).split('L') ?? []).map((pair) => pair.split(',').map(Number) as [number, number]);
    if (points.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y)))
      throw new Error(`unexpected path command in "${ring.slice(0, 40)}"`);
    const out: [number, number][] = [];
    points.forEach((p, i) => {
      const last = out[out.length - 1];
      if (!last || i === points.length - 1 || Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance) out.push(p);
    });
    if (out.length < (closed ? 3 : 2)) continue;
    kept.push(`M${out.map(([x, y]) => `${x},${y}`).join('L')}${closed ? 'Z' : ''}`);
  }
  return kept.join('');
}

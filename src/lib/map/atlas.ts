/**
 * Country outlines from Natural Earth (public domain), as packaged by world-atlas, read from disk at
 * build time: the map needs no tiles and makes no request. Server-only (node:fs); never import it
 * from browser code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LandCollection } from './geo.ts';

export type AtlasResolution = '50m' | '110m';

const cache = new Map<AtlasResolution, LandCollection>();

/** Every country, with ISO 3166 numeric ids and English names. 1:50m by default: 1:110m loses Kuwait's coast. */
export function loadCountries(resolution: AtlasResolution = '50m'): LandCollection {
  const cached = cache.get(resolution);
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = topology.objects.countries;
  if (!countries) throw new Error(`${file} has no "countries" object`);
  const collection = feature(topology, countries) as LandCollection;
  cache.set(resolution, collection);
  return collection;
}

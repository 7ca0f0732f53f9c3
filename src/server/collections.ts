/** Collection queries shared by pages: the only module besides pages that talks to astro:content. */
import { getCollection } from 'astro:content';
import type { Source } from '../lib/data/schemas.ts';

/** Every source, by id. */
export async function sourcesById(): Promise<Map<string, Source>> {
  const entries = await getCollection('sources');
  return new Map(entries.map((e) => [e.id, e.data]));
}

/** Display names of every faction, person and organization, by id, for labels and ledgers. */
export async function actorNames(): Promise<Record<string, string>> {
  const [factions, people, organizations] = await Promise.all([
    getCollection('factions'),
    getCollection('people'),
    getCollection('organizations'),
  ]);
  return Object.fromEntries([...factions, ...people, ...organizations].map((e) => [e.id, e.data.name]));
}

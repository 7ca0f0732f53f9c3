/** Collection queries shared by pages: the only module besides pages that talks to astro:content. */
import { getCollection } from 'astro:content';
import type { Source } from '../lib/data/schemas.ts';
import { existingRoutes } from '../lib/site/routes.ts';

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

/** Every route that exists in this build: page files in src/pages/ and the MDX pages they serve. */
export async function builtRoutes(): Promise<Set<string>> {
  const pages = await getCollection('pages');
  return new Set([...existingRoutes(), ...pages.map((p) => `/${p.id}/`)]);
}

/** The page of a faction or person, or null for actors without one (states, bodies). */
export async function actorHref(): Promise<(id: string) => string | null> {
  const [factions, people] = await Promise.all([getCollection('factions'), getCollection('people')]);
  const factionIds = new Set(factions.map((f) => f.id));
  const personIds = new Set(people.map((p) => p.id));
  return (id) => (factionIds.has(id) ? `/factions/${id}/` : personIds.has(id) ? `/people/${id}/` : null);
}

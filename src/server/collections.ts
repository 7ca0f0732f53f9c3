/** Collection queries shared by pages: the only module besides pages that talks to astro:content. */
import { getCollection } from 'astro:content';
import type { Source } from '../lib/data/schemas.ts';

/** Every source, by id. */
export async function sourcesById(): Promise<Map<string, Source>> {
  const entries = await getCollection('sources');
  return new Map(entries.map((e) => [e.id, e.data]));
}

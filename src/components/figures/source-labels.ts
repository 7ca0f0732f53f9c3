import { sourcesById } from '../../server/collections.ts';

/** "Publisher: Title" for each source id, the way charts name their sources. */
export async function sourceLabels(): Promise<Record<string, string>> {
  return Object.fromEntries([...(await sourcesById())].map(([id, s]) => [id, `${s.publisher}: ${s.title}`]));
}

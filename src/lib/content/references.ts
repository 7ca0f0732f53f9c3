import type { Source } from '../data/schemas.ts';
import { formatDate } from '../site/dates.ts';

/** A numbered reference on a page. */
export interface Reference {
  readonly n: number;
  readonly id: string;
  readonly source: Source;
}

/**
 * Numbers source ids in the order a page first cites them; repeated ids keep their first number.
 * Throws on an id the sources collection does not have, naming the page, so the build fails.
 */
export function numberReferences(ids: readonly string[], sources: ReadonlyMap<string, Source>, page: string): Reference[] {
  const references: Reference[] = [];
  for (const id of ids) {
    if (references.some((r) => r.id === id)) continue;
    const source = sources.get(id);
    if (!source) throw new Error(`${page} › cites the unknown source "${id}"`);
    references.push({ n: references.length + 1, id, source });
  }
  return references;
}

/** The reference as one line of text: Publisher. “Title.” 3 January 2020. */
export function referenceText(source: Source): string {
  const authors = source.authors.length > 0 ? `${source.authors.join(', ')}. ` : '';
  const date = source.published ? ` ${formatDate(source.published)}.` : ' Undated.';
  return `${authors}“${source.title}.” ${source.publisher}.${date}`;
}

/**
 * What every MDX page needs before it renders: its citations numbered in reading order (handed to
 * <Cite> through Astro.locals) and its reading time and level, both read from the MDX source with
 * the build's own parser.
 */
import { scanMdx } from '../lib/content/mdx-scan.ts';
import { type ReadingStats, readingStats } from '../lib/content/reading.ts';
import { numberReferences, type Reference } from '../lib/content/references.ts';
import { sourcesById } from './collections.ts';

export interface PreparedPage {
  readonly references: readonly Reference[];
  readonly reading: ReadingStats;
}

/**
 * Numbers the page's citations and stores them for <Cite>; `page` names the file in errors.
 * `before` are sources the page cites ahead of the MDX (a generated key-facts box), numbered first.
 */
export async function preparePage(
  locals: App.Locals,
  body: string | undefined,
  page: string,
  before: readonly string[] = [],
): Promise<PreparedPage> {
  const scan = scanMdx(body ?? '');
  const ids = scan.components.filter((c) => c.name === 'Cite').map((c) => c.attributes.id ?? '');
  const references = numberReferences([...before, ...ids], await sourcesById(), page);
  locals.references = new Map(references.map((r) => [r.id, r]));
  return { references, reading: readingStats(scan.prose) };
}

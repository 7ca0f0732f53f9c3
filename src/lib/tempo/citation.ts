/**
 * The "Source:" line under a chart: how many dataset records it is computed from, how many sources
 * those records cite and which publishers they are. Shared by the tempo and ledger charts, so both
 * credit their evidence the same way.
 */

export interface Citation {
  /** Dataset records the chart is computed from. */
  readonly records: number;
  /** Distinct sources those records cite. */
  readonly sources: number;
  /** Publishers of those sources, most cited first (empty when no source details were given). */
  readonly publishers: readonly { readonly name: string; readonly count: number }[];
}

/**
 * Counts the sources cited by `records`. With `sources` (the sources collection by id) it also names
 * their publishers; an id missing from that map is a broken reference and throws, naming the record.
 */
export function citationOf(
  records: readonly { readonly id: string; readonly data: { readonly sources: readonly string[] } }[],
  sources?: ReadonlyMap<string, { readonly publisher: string }>,
): Citation {
  const cited = new Set<string>();
  for (const record of records) {
    for (const sourceId of record.data.sources) {
      if (sources && !sources.has(sourceId)) throw new Error(`event "${record.id}" › sources cites the unknown source "${sourceId}"`);
      cited.add(sourceId);
    }
  }
  const byPublisher = new Map<string, number>();
  for (const sourceId of sources ? cited : []) {
    const name = sources?.get(sourceId)?.publisher ?? '';
    byPublisher.set(name, (byPublisher.get(name) ?? 0) + 1);
  }
  const publishers = [...byPublisher]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { records: records.length, sources: cited.size, publishers };
}

/** "Reuters, CNN, UPI and 40 other publishers" — the first few by citations, then a count. */
export function publisherList(citation: Citation, shown = 5): string {
  const names = citation.publishers.slice(0, shown).map((p) => p.name);
  const rest = citation.publishers.length - names.length;
  if (names.length === 0) return '';
  if (rest > 0) return `${names.join(', ')} and ${rest} other publisher${rest === 1 ? '' : 's'}`;
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Binning for dense views: when thousands of marks share a few hundred pixels, individual shapes
 * cannot be told apart, so each row is drawn as columns `width` px wide whose height shows how
 * many events fall in them and whose colour shows the most common kind.
 */
import type { Mark } from './layout.ts';
import type { TypeGroupKey } from './model.ts';

export interface Bin {
  readonly row: number;
  readonly x: number;
  readonly count: number;
  readonly group: TypeGroupKey;
  readonly maxSeverity: number;
}

/** Bins in-view marks by row (their y band) and x column. */
export function binMarks(marks: readonly Mark[], rows: readonly { y0: number; y1: number }[], width: number): Bin[] {
  const bins = new Map<string, { row: number; x: number; count: number; groups: Map<TypeGroupKey, number>; maxSeverity: number }>();
  for (const mark of marks) {
    if (!mark.inView) continue;
    const row = rows.findIndex((r) => mark.y >= r.y0 && mark.y < r.y1);
    const x = Math.floor(mark.x / width) * width;
    const key = `${row}:${x}`;
    const bin = bins.get(key) ?? { row, x, count: 0, groups: new Map(), maxSeverity: 0 };
    bin.count += 1;
    bin.groups.set(mark.group, (bin.groups.get(mark.group) ?? 0) + 1);
    bin.maxSeverity = Math.max(bin.maxSeverity, mark.severity);
    bins.set(key, bin);
  }
  return [...bins.values()].map(({ groups, ...bin }) => ({
    ...bin,
    group: [...groups.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'politics',
  }));
}

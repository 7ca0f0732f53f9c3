/**
 * Density bars for crowded views: when thousands of events share a few hundred pixels, single
 * shapes cannot be told apart, so each row is drawn as columns `binWidth` px wide, as tall as the
 * square root of their share of the busiest column, coloured by their most common kind and more
 * opaque the more severe their worst event. Pure geometry, drawn as SVG on the server and client.
 */
import type { TypeGroupKey } from './model.ts';

/**
 * Above this many events in view, the timeline draws density bars instead of marks: at 600 events
 * across a 1,100-unit chart marks already overlap more than they separate.
 */
export const DENSE_LIMIT = 600;
/** Width of a density column, in chart units. */
export const BIN_WIDTH = 3;

export interface DensityBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly group: TypeGroupKey;
  /** 0.35–1: the worst severity in the column. */
  readonly opacity: number;
  readonly count: number;
}

export interface BinInput {
  readonly x: number;
  /** Index of the row the event sits in. */
  readonly row: number;
  readonly group: TypeGroupKey;
  readonly severity: number;
}

/** Bars for events already placed on x and in a row; rows give each bar its vertical band. */
export function densityBars(
  items: readonly BinInput[],
  rows: readonly { readonly y0: number; readonly y1: number }[],
  binWidth = BIN_WIDTH,
): DensityBar[] {
  const bins = new Map<string, { row: number; x: number; count: number; groups: Map<TypeGroupKey, number>; maxSeverity: number }>();
  for (const item of items) {
    const x = Math.floor(item.x / binWidth) * binWidth;
    const key = `${item.row}:${x}`;
    let bin = bins.get(key);
    if (!bin) {
      bin = { row: item.row, x, count: 0, groups: new Map(), maxSeverity: 0 };
      bins.set(key, bin);
    }
    bin.count += 1;
    bin.groups.set(item.group, (bin.groups.get(item.group) ?? 0) + 1);
    bin.maxSeverity = Math.max(bin.maxSeverity, item.severity);
  }
  let most = 1;
  for (const bin of bins.values()) most = Math.max(most, bin.count);
  const bars: DensityBar[] = [];
  for (const bin of bins.values()) {
    const row = rows[bin.row];
    if (!row) continue;
    const height = Math.round(Math.max(2, Math.sqrt(bin.count / most) * (row.y1 - row.y0 - 22)) * 10) / 10;
    let group: TypeGroupKey = 'politics';
    let best = -1;
    for (const [key, count] of bin.groups) if (count > best) [group, best] = [key, count];
    bars.push({
      x: bin.x,
      y: Math.round((row.y1 - 4 - height) * 10) / 10,
      width: binWidth - 0.5,
      height,
      group,
      opacity: Math.round((0.35 + 0.65 * (bin.maxSeverity / 4)) * 100) / 100,
      count: bin.count,
    });
  }
  return bars.sort((a, b) => a.x - b.x || a.y - b.y);
}

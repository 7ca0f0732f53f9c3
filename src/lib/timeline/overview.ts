/**
 * The overview strip under the chart: every event as a thin tick on the full time range, with a
 * brush over the window the main chart shows. Dragging the brush pans; its edges zoom.
 */
import { round, type Tick, timeScale, timeTicks } from './axis.ts';
import type { TimelineEvent } from './model.ts';

export interface OverviewGeometry {
  readonly width: number;
  readonly height: number;
  readonly ticks: readonly Tick[];
  readonly events: readonly { readonly id: string; readonly x: number; readonly severity: number }[];
  readonly brush: { readonly x0: number; readonly x1: number };
}

export const OVERVIEW_HEIGHT = 44;

export function layoutOverview(
  events: readonly TimelineEvent[],
  full: readonly [number, number],
  window: readonly [number, number],
  width: number,
): OverviewGeometry {
  const x = timeScale(full, [12, width - 12]);
  return {
    width,
    height: OVERVIEW_HEIGHT,
    ticks: timeTicks(x, 120),
    events: events.map((e) => ({ id: e.id, x: round(x(new Date(e.start))), severity: e.severity })),
    brush: { x0: round(x(new Date(window[0]))), x1: round(x(new Date(window[1]))) },
  };
}

/** Window (ms) for a brush drawn between two x positions on the overview. */
export function windowFromBrush(full: readonly [number, number], width: number, x0: number, x1: number): [number, number] {
  const x = timeScale(full, [12, width - 12]);
  const [a, b] = [x.invert(Math.min(x0, x1)).getTime(), x.invert(Math.max(x0, x1)).getTime()];
  return [Math.max(full[0], a), Math.min(full[1], b)];
}

/** The full range shown by "All": whole years around the data. */
export function fullDomain(events: readonly TimelineEvent[]): [number, number] {
  const first = events[0]?.start ?? Date.UTC(2014, 0, 1);
  const last = Math.max(...events.map((e) => e.end), first);
  return [Date.UTC(new Date(first).getUTCFullYear(), 0, 1), Date.UTC(new Date(last).getUTCFullYear() + 1, 0, 1)];
}

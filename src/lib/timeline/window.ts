/** Moving the visible time window: zoom about a point, pan by a fraction, jump to a preset range. */
import { DAY } from './model.ts';

export type Window = readonly [number, number];

/** The narrowest window the chart zooms to: a week keeps single days legible. */
export const MIN_SPAN = 7 * DAY;

/** Keeps a window inside the full range and at least MIN_SPAN wide, preserving its span when it can. */
export function clampWindow([a, b]: Window, full: Window): [number, number] {
  const span = Math.min(Math.max(b - a, MIN_SPAN), full[1] - full[0]);
  const start = Math.min(Math.max(a, full[0]), full[1] - span);
  return [start, start + span];
}

/** Zooms by `factor` (< 1 zooms in) keeping the time at `anchor` fixed on screen. */
export function zoomWindow([a, b]: Window, factor: number, anchor: number, full: Window): [number, number] {
  const t = Math.min(Math.max((anchor - a) / (b - a), 0), 1);
  const span = (b - a) * factor;
  return clampWindow([anchor - t * span, anchor + (1 - t) * span], full);
}

/** Pans by a fraction of the current span (negative = earlier). */
export function panWindow([a, b]: Window, fraction: number, full: Window): [number, number] {
  const shift = (b - a) * fraction;
  return clampWindow([a + shift, b + shift], full);
}

const utc = (year: number, month = 0) => Date.UTC(year, month, 1);

/** The quick ranges offered above the chart. */
export const presets: Record<string, (full: Window) => [number, number]> = {
  all: (full) => [full[0], full[1]],
  '2014-2018': () => [utc(2014), utc(2019)],
  '2019-05-2020-03': () => [utc(2019, 4), utc(2020, 3)],
  '2023-2024': () => [utc(2023), utc(2025)],
};

/** The preset a window matches exactly, if any (to mark its button pressed). */
export function matchingPreset(window: Window, full: Window): string | null {
  return (
    Object.entries(presets).find(([, make]) => {
      const [a, b] = clampWindow(make(full), full);
      return a === window[0] && b === window[1];
    })?.[0] ?? null
  );
}

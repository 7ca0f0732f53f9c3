/**
 * The time axis: a UTC scale and ticks whose labels match the zoom level (years, then months,
 * then days), so a reader sees "2020", "Mar 2020" or "12 Mar" and never a misleading precision.
 */
import { type ScaleTime, scaleUtc } from 'd3-scale';

export interface Tick {
  readonly x: number;
  readonly label: string;
  /** Year boundaries get a stronger grid line. */
  readonly major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([range[0], range[1]]);
}

/** Roughly one tick per `spacing` pixels, labelled at the coarsest unit that tells them apart. */
export function timeTicks(scale: ScaleTime<number, number>, spacing = 90): Tick[] {
  const [x0, x1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(x1 - x0) / spacing));
  const dates = scale.ticks(count);
  const allJanuary = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const allFirsts = dates.every((d) => d.getUTCDate() === 1);
  return dates.map((d) => {
    const year = d.getUTCFullYear();
    const month = MONTHS[d.getUTCMonth()] ?? '';
    const isNewYear = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
    const label = allJanuary
      ? String(year)
      : allFirsts
        ? isNewYear
          ? String(year)
          : `${month} ${year}`
        : `${d.getUTCDate()} ${month}${isNewYear ? ` ${year}` : ''}`;
    return { x: round(scale(d)), label, major: isNewYear };
  });
}

/** Geometry is rounded to 0.1 px: finer detail is invisible and only bloats the markup. */
export const round = (n: number) => Math.round(n * 10) / 10;

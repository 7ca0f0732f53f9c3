/** Figures that describe the dataset as a whole, for the data page and `npm run data:stats`. */

import type { Keyed } from './downloads.ts';
import type { Event } from './schemas.ts';

export interface Coverage {
  readonly events: number;
  readonly first: string | null;
  readonly last: string | null;
}

/** How many events there are and the span of dates they cover. */
export function eventCoverage(events: readonly Keyed<Pick<Event, 'date' | 'endDate'>>[]): Coverage {
  const dates = events.flatMap((e) => [e.data.date, e.data.endDate ?? e.data.date]).sort();
  return { events: events.length, first: dates[0] ?? null, last: dates.at(-1) ?? null };
}

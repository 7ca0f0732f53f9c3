/**
 * The incident map's side of the linked views (pure, shared by the enhancement and the tests):
 * given which events the timeline shows, how many each place still shows and what to say.
 */

/** How a place looks: all its events shown, some, or none (faded). */
export type PlaceState = 'all' | 'partial' | 'out';

/** Events shown per place; `shown` null means no timeline has spoken, so everything shows. */
export function visibleByPlace(placeOf: ReadonlyMap<string, string>, shown: ReadonlySet<string> | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [id, place] of placeOf) counts.set(place, (counts.get(place) ?? 0) + (!shown || shown.has(id) ? 1 : 0));
  return counts;
}

export function placeState(visible: number, total: number): PlaceState {
  return visible === 0 ? 'out' : visible < total ? 'partial' : 'all';
}

/** The "Showing N of M" line, or the server's own text when no timeline has spoken. */
export function countLine(visible: number, total: number, filtered: boolean, unfilteredText: string): string {
  if (!filtered) return unfilteredText;
  return `Showing ${visible} of ${total} events on the map: those in the timeline’s window and filters.`;
}

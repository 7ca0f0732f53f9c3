/**
 * Which actors and relations the network shows "as of" a year. Shared by the build (the default
 * year) and the browser enhancement (the year control), so both always agree.
 */
import type { NetworkData } from './model.ts';

/** An actor appears from its founding year; one whose founding is not known appears in every year. */
export function actorShown(foundedYear: number | null, year: number): boolean {
  return foundedYear === null || foundedYear <= year;
}

/**
 * A relation appears from its start year until its end year (inclusive); one whose start is not
 * known appears in every year, and the table says so.
 */
export function relationShown(startYear: number | null, endYear: number | null, year: number): boolean {
  return (startYear === null || startYear <= year) && (endYear === null || endYear >= year);
}

export interface Visible {
  readonly actors: ReadonlySet<string>;
  readonly relations: ReadonlySet<string>;
}

/** Actors and relations on show in a year; a relation also needs both its ends on show. */
export function visibleAt(data: Pick<NetworkData, 'actors' | 'relations'>, year: number): Visible {
  const actors = new Set(data.actors.filter((a) => actorShown(a.foundedYear, year)).map((a) => a.id));
  const relations = new Set(
    data.relations.filter((r) => relationShown(r.startYear, r.endYear, year) && actors.has(r.from) && actors.has(r.to)).map((r) => r.id),
  );
  return { actors, relations };
}

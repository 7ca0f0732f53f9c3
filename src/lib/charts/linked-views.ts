/**
 * The linked-views protocol between the timeline and the charts beside it, as pure helpers the
 * enhancements share: event names, a guard for what arrives on `pmf:window`, and the overlap test
 * that decides which periods a window lights up.
 */

/** Dispatched by the timeline whenever its window or filters change. */
export const WINDOW_EVENT = 'pmf:window';
/** Dispatched by a chart when the reader picks a period; the timeline moves its window there. */
export const SELECT_WINDOW_EVENT = 'pmf:select-window';
/** Dispatched by a chart when the reader picks a faction; the timeline filters to its events. */
export const SELECT_ACTOR_EVENT = 'pmf:select-actor';

export interface WindowDetail {
  readonly from: number;
  readonly to: number;
  readonly actor: string | null;
  readonly ids: readonly string[];
}

export interface SelectWindowDetail {
  readonly from: number;
  readonly to: number;
}

/** True for a well-formed `pmf:window` detail; anything else is ignored rather than half-applied. */
export function isWindowDetail(detail: unknown): detail is WindowDetail {
  if (typeof detail !== 'object' || detail === null) return false;
  const d = detail as Record<string, unknown>;
  return (
    Number.isFinite(d.from) &&
    Number.isFinite(d.to) &&
    (d.from as number) < (d.to as number) &&
    (d.actor === null || typeof d.actor === 'string') &&
    Array.isArray(d.ids)
  );
}

export interface SelectActorDetail {
  readonly actor: string;
}

/** True for a well-formed `pmf:select-window` detail. */
export function isSelectWindowDetail(detail: unknown): detail is SelectWindowDetail {
  if (typeof detail !== 'object' || detail === null) return false;
  const d = detail as Record<string, unknown>;
  return Number.isFinite(d.from) && Number.isFinite(d.to) && (d.from as number) < (d.to as number);
}

/** True for a well-formed `pmf:select-actor` detail. */
export function isSelectActorDetail(detail: unknown): detail is SelectActorDetail {
  return typeof detail === 'object' && detail !== null && typeof (detail as Record<string, unknown>).actor === 'string';
}

/** Whether a period [start, end) shares any time with a window [from, to). */
export const overlaps = (
  period: { readonly start: number; readonly end: number },
  window: { readonly from: number; readonly to: number },
) => period.start < window.to && period.end > window.from;

/**
 * Whether a window lies inside the period. The timeline may clamp a picked period to the span its
 * events cover, so a picked year comes back as a window inside that year rather than equal to it.
 */
export const within = (window: { readonly from: number; readonly to: number }, period: { readonly start: number; readonly end: number }) =>
  window.from >= period.start && window.to <= period.end;

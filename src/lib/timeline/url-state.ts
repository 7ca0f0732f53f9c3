/**
 * The timeline's state in the address bar, so a teacher can share exactly what they see:
 * ?from=2019-05-01&to=2020-03-31&view=ladder&kinds=attacks,strikes&who=claimed&actor=kataib-hezbollah&min=2&event=…
 */

import type { Filters } from './filters.ts';
import type { LaneMode } from './layout.ts';
import { DAY, type LedgerStatus, type TypeGroupKey, typeGroups } from './model.ts';
import type { Window } from './window.ts';

export interface TimelineState {
  readonly window: Window;
  readonly mode: LaneMode;
  readonly filters: Filters;
  readonly selected: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fromIso = (text: string | null) => (text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : null);
const modes: readonly LaneMode[] = ['type', 'actor', 'ladder'];
const groupKeys = typeGroups.map((g) => g.key) as readonly string[];
const ledgerKeys: readonly string[] = ['claimed', 'confirmed', 'attributed', 'denied', 'unattributed', 'none'];

/** Query string for a state; defaults are left out so links stay short. */
export function serializeState(state: TimelineState, defaults: TimelineState): string {
  const params = new URLSearchParams();
  if (state.window[0] !== defaults.window[0] || state.window[1] !== defaults.window[1]) {
    params.set('from', iso(state.window[0]));
    params.set('to', iso(state.window[1] - DAY));
  }
  if (state.mode !== defaults.mode) params.set('view', state.mode);
  if (state.filters.groups) params.set('kinds', [...state.filters.groups].join(','));
  if (state.filters.ledgers) params.set('who', [...state.filters.ledgers].join(','));
  if (state.filters.actor) params.set('actor', state.filters.actor);
  if (state.filters.minSeverity > 0) params.set('min', String(state.filters.minSeverity));
  if (state.selected) params.set('event', state.selected);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** State from a query string; anything missing or malformed falls back to the defaults. */
export function parseState(search: string, defaults: TimelineState): TimelineState {
  const params = new URLSearchParams(search);
  const from = fromIso(params.get('from'));
  const to = fromIso(params.get('to'));
  const list = <T extends string>(key: string, allowed: readonly string[]) => {
    const values = params
      .get(key)
      ?.split(',')
      .filter((v) => allowed.includes(v));
    return values && values.length > 0 ? new Set(values as T[]) : null;
  };
  const view = params.get('view');
  const min = Number(params.get('min'));
  return {
    window: from !== null && to !== null && to >= from ? [from, to + DAY] : defaults.window,
    mode: modes.includes(view as LaneMode) ? (view as LaneMode) : defaults.mode,
    filters: {
      groups: list<TypeGroupKey>('kinds', groupKeys),
      ledgers: list<LedgerStatus>('who', ledgerKeys),
      actor: params.get('actor') || null,
      minSeverity: Number.isInteger(min) && min >= 0 && min <= 4 ? min : 0,
    },
    selected: params.get('event') || defaults.selected,
  };
}

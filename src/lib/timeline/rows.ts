/**
 * The three ways to split the timeline into rows: by kind of event, by who carried it out, or by
 * severity (the escalation ladder, strongest at the top).
 */
import { severityLevels } from '../data/vocabulary.ts';
import { type TimelineEvent, typeGroups } from './model.ts';

export interface Row {
  readonly key: string;
  readonly label: string;
  readonly y0: number;
  readonly y1: number;
}

export interface RowSpec {
  readonly rows: readonly { readonly key: string; readonly label: string }[];
  readonly rowOf: (event: TimelineEvent) => string;
  readonly rowHeight: number;
  /** Marks sit a little below the row's middle, leaving room for the row's label. */
  readonly labelOffset: number;
  readonly maxSlots: number;
}

export function typeRows(): RowSpec {
  return {
    rows: typeGroups.map((g) => ({ key: g.key, label: g.label })),
    rowOf: (e) => e.group,
    rowHeight: 76,
    labelOffset: 6,
    maxSlots: 3,
  };
}

export function severityRows(): RowSpec {
  return {
    rows: [...severityLevels].reverse().map((level) => ({ key: String(level.value), label: `${level.value} · ${level.label}` })),
    rowOf: (e) => String(e.severity),
    rowHeight: 64,
    labelOffset: 6,
    maxSlots: 3,
  };
}

export const NO_ONE_NAMED = 'none';
const ACTOR_LANES = 6;

/**
 * One row for each of the actors most often named as perpetrators, then "others", then events
 * no one was named for. An event goes in the row of its most frequently named perpetrator.
 */
export function actorRows(events: readonly TimelineEvent[], names: Readonly<Record<string, string>>): RowSpec {
  const counts = new Map<string, number>();
  for (const e of events) for (const id of e.perpetrators) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  const top = ranked.slice(0, ACTOR_LANES);
  const rowOf = (e: TimelineEvent) => {
    if (e.perpetrators.length === 0) return NO_ONE_NAMED;
    const best = [...e.perpetrators].sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b))[0] ?? NO_ONE_NAMED;
    return top.includes(best) ? best : 'others';
  };
  return {
    rows: [
      ...top.map((id) => ({ key: id, label: names[id] ?? id })),
      { key: 'others', label: 'Other named actors' },
      { key: NO_ONE_NAMED, label: 'No one named' },
    ],
    rowOf,
    rowHeight: 64,
    labelOffset: 6,
    maxSlots: 3,
  };
}

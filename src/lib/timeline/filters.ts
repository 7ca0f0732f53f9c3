/** Which events the reader has chosen to see. */
import type { LedgerStatus, TimelineEvent, TypeGroupKey } from './model.ts';

export interface Filters {
  readonly groups: ReadonlySet<TypeGroupKey> | null;
  readonly ledgers: ReadonlySet<LedgerStatus> | null;
  /** Only events this actor was said to have carried out. */
  readonly actor: string | null;
  readonly minSeverity: number;
}

export const noFilters: Filters = { groups: null, ledgers: null, actor: null, minSeverity: 0 };

export function filterEvents(events: readonly TimelineEvent[], f: Filters): TimelineEvent[] {
  return events.filter(
    (e) =>
      (!f.groups || f.groups.has(e.group)) &&
      (!f.ledgers || f.ledgers.has(e.ledger)) &&
      (!f.actor || e.perpetrators.includes(f.actor)) &&
      e.severity >= f.minSeverity,
  );
}

/**
 * Everything linked to an event through respondsTo, in both directions: what it answered, what
 * answered it, and so on, so selecting one event lights its whole chain of action and reaction.
 */
export function chainOf(events: readonly TimelineEvent[], id: string): Set<string> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  for (const e of events) {
    for (const cause of e.respondsTo) {
      link(e.id, cause);
      link(cause, e.id);
    }
  }
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length > 0) {
    for (const next of neighbours.get(queue.shift() as string) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

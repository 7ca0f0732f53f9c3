/** A synthetic timeline event with sensible defaults, for layout and interaction tests. */
import type { TimelineEvent } from '../../src/lib/timeline/model.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function makeEvent(overrides: Partial<TimelineEvent> & { id: string; date: string }): TimelineEvent {
  const { date, ...rest } = overrides;
  return {
    start: utc(date),
    end: utc(date) + 86_400_000,
    precision: 'day',
    title: rest.id,
    type: 'rocket-attack',
    group: 'attacks',
    severity: 1,
    ledger: 'unattributed',
    perpetrators: [],
    killed: null,
    respondsTo: [],
    ...rest,
  };
}

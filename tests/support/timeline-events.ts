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

/**
 * The December 2019 chain in miniature, shared by the layout, interaction and snapshot tests:
 * a rocket attack blamed on "kh", the US strikes that answered it, the embassy siege that answered
 * those, and a month-precision wave of protests.
 */
export const sample = {
  rockets: (extra: Partial<TimelineEvent> = {}) =>
    makeEvent({ id: 'k1', date: '2019-12-27', severity: 3, ledger: 'attributed', perpetrators: ['kh'], ...extra }),
  strikes: (extra: Partial<TimelineEvent> = {}) =>
    makeEvent({
      id: 'strikes',
      date: '2019-12-29',
      type: 'airstrike',
      group: 'strikes',
      severity: 4,
      ledger: 'confirmed',
      perpetrators: ['us'],
      respondsTo: ['k1'],
      ...extra,
    }),
  siege: (extra: Partial<TimelineEvent> = {}) =>
    makeEvent({ id: 'embassy', date: '2019-12-31', end: utc('2020-01-02'), type: 'siege', severity: 2, respondsTo: ['strikes'], ...extra }),
  protests: (extra: Partial<TimelineEvent> = {}) =>
    makeEvent({
      id: 'protests',
      date: '2019-10-01',
      end: utc('2019-11-01'),
      precision: 'month',
      type: 'protest',
      group: 'streets',
      severity: 0,
      ledger: 'none',
      ...extra,
    }),
};

/**
 * Words for the timeline: the text summary of a window that screen readers hear, and the short
 * phrases (dates at their precision, casualty ranges) used in titles, tables and details.
 */
import { formatDate } from '../site/dates.ts';
import { type LedgerStatus, type TimelineEvent, typeGroups } from './model.ts';

/** "1 killed", "23–25 killed", or null when no figure is sourced. */
export function rangeText(range: { min: number; max: number } | null, noun: string): string | null {
  if (!range) return null;
  return `${range.min === range.max ? range.min : `${range.min}–${range.max}`} ${noun}`;
}

const ledgerWords: Record<LedgerStatus, string> = {
  claimed: 'claimed',
  confirmed: 'acknowledged or not in doubt',
  attributed: 'blamed on a group by others',
  denied: 'denied by the group blamed',
  unattributed: 'unattributed',
  none: 'not attacks',
};

/** One or two sentences describing what a window of the timeline shows. */
export function summarizeWindow(events: readonly TimelineEvent[], domain: readonly [number, number]): string {
  const from = formatDate(new Date(domain[0]).toISOString().slice(0, 10));
  const to = formatDate(new Date(domain[1] - 1).toISOString().slice(0, 10));
  if (events.length === 0) return `No events match between ${from} and ${to}.`;
  const groups = typeGroups
    .map((g) => ({ label: g.noun, n: events.filter((e) => e.group === g.key).length }))
    .filter((g) => g.n > 0)
    .map((g) => `${g.n} ${g.label}`);
  const attacks = events.filter((e) => e.group === 'attacks');
  const ledger = (['claimed', 'attributed', 'denied', 'unattributed'] as const)
    .map((status) => ({ status, n: attacks.filter((e) => e.ledger === status).length }))
    .filter((l) => l.n > 0)
    .map((l) => `${l.n} ${ledgerWords[l.status]}`);
  const attackSentence = attacks.length > 0 ? ` Of the ${attacks.length} attacks, ${ledger.join(', ')}.` : '';
  return `${events.length} event${events.length === 1 ? '' : 's'} from ${from} to ${to}: ${groups.join('; ')}.${attackSentence}`;
}

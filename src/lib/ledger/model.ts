/**
 * What the claims ledger counts: each attack's place in time and its overall status — claimed,
 * attributed by others, denied or unattributed — plus who attributed it to whom. `prepareLedger`
 * turns the events collection into this plain input. The status is the dataset's own rule
 * (`eventAttribution` in src/lib/data/stats.ts), the same one the timeline's ledger fill uses.
 */
import type { Event } from '../data/schemas.ts';
import { eventAttribution } from '../data/stats.ts';
import { eventTypes, labelOf } from '../data/vocabulary.ts';
import { type Citation, citationOf } from '../tempo/citation.ts';
import { DAY, periodEnd, typeGroups } from '../timeline/model.ts';

/** Statuses from "owned" to "nobody named", the order of the bar's segments. */
export const ledgerStatuses = ['claimed', 'confirmed', 'attributed', 'denied', 'unattributed'] as const;
export type LedgerStatusKey = (typeof ledgerStatuses)[number];

/**
 * By default the ledger counts the timeline's "attacks and armed assaults" lane: the acts whose
 * authorship is in question. State strikes (airstrikes, missiles) are acknowledged acts and would
 * only dilute the pattern; a page can pass other types.
 */
export const defaultAttackTypes: readonly Event['type'][] = typeGroups.find((g) => g.key === 'attacks')?.types ?? [];

export interface LedgerAttack {
  readonly id: string;
  /** "yyyy-mm-dd": the day, or first day of the month or year, the attack is dated to. */
  readonly date: string;
  readonly precision: Event['datePrecision'];
  readonly status: LedgerStatusKey;
  /** Every "attributed" link on the attack: who attributed it (verbatim) and to whom (display name). */
  readonly attributions: readonly { readonly by: string; readonly actor: string }[];
}

export interface LedgerData {
  readonly attacks: readonly LedgerAttack[];
  /** Last day any event in the dataset covers, "yyyy-mm-dd": where an open period ends. */
  readonly coverageEnd: string;
  /** What was counted, for captions: "attacks and armed assaults" by default. */
  readonly subject: string;
  readonly citation: Citation;
}

export interface PrepareLedgerOptions {
  readonly attackTypes?: readonly Event['type'][];
  /** Display names of actors by id; without it the table shows ids. */
  readonly names?: Readonly<Record<string, string>>;
  /** The sources collection by id, to name the publishers in the "Source:" line. */
  readonly sources?: ReadonlyMap<string, { readonly publisher: string }>;
}

const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function prepareLedger(
  entries: readonly { readonly id: string; readonly data: Event }[],
  options: PrepareLedgerOptions = {},
): LedgerData {
  const types = options.attackTypes ?? defaultAttackTypes;
  const chosen = entries.filter((e) => types.includes(e.data.type));
  const nameOf = (eventId: string, actorId: string) => {
    if (!options.names) return actorId;
    const name = options.names[actorId];
    if (name === undefined) throw new Error(`event "${eventId}" › actors names the unknown actor "${actorId}"`);
    return name;
  };
  const attacks = chosen
    .map(({ id, data }) => ({
      id,
      date: data.date,
      precision: data.datePrecision,
      // The dataset's rule leaves a non-attack type with no perpetrator at null; counted as an attack here, nobody is named.
      status: (eventAttribution(data) ?? 'unattributed') as LedgerStatusKey,
      attributions: data.actors
        .filter((a) => (a.role === 'perpetrator' || a.role === 'claimant') && a.attribution === 'attributed')
        .map((a) => {
          if (a.attributedBy === null) throw new Error(`event "${id}" › actors › ${a.id}: an attributed link must say who attributed it`);
          return { by: a.attributedBy, actor: nameOf(id, a.id) };
        }),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const isDefault = types.length === defaultAttackTypes.length && defaultAttackTypes.every((t) => types.includes(t));
  const typeNames = types.map((t) => labelOf(eventTypes, t).toLowerCase());
  const subject = isDefault
    ? (typeGroups.find((g) => g.key === 'attacks')?.noun ?? 'attacks')
    : `events of the kinds ${typeNames.slice(0, -1).join(', ')}${typeNames.length > 1 ? ' and ' : ''}${typeNames.at(-1) ?? ''}`;
  const ends = entries.map((e) => periodEnd(e.data.date, e.data.datePrecision, e.data.endDate));
  return {
    attacks,
    coverageEnd: ends.length > 0 ? isoOf(Math.max(...ends) - DAY) : '1970-01-01',
    subject,
    citation: citationOf(chosen, options.sources),
  };
}

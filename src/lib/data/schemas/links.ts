/** Relations between actors, and parliamentary election results. */
import { z } from 'astro/zod';
import { datedPoint, isoDate, prose, slug, sourceIds } from '../primitives.ts';
import { relationKinds } from '../vocabulary.ts';
import { nullable } from './shared.ts';

export const relationSchema = z
  .strictObject({
    /** The actor the relation starts from. */
    from: slug.describe('The faction or organization the relation starts from.'),
    /** The actor it points to. */
    to: slug.describe('The faction or organization it points to.'),
    /** What the relation is. */
    kind: z.enum(relationKinds.values).describe('What the relation is.'),
    /** When it began, or null. */
    start: nullable(datedPoint).describe('When it began, or null.'),
    /** When it ended, or null. */
    end: nullable(datedPoint).describe('When it ended, or null while it lasts.'),
    /** Who makes the link, for contested links. */
    statedBy: nullable(prose).describe('Who makes the link, for contested links; null when undisputed.'),
    /** Sources for the relation. */
    sources: sourceIds,
    /** Caveats. */
    notes: nullable(prose).optional().describe('Caveats.'),
  })
  .refine((r) => r.from !== r.to, { message: 'a relation cannot point to itself', path: ['to'] })
  .refine((r) => !r.start || !r.end || r.end.date >= r.start.date, { message: 'ends before it starts', path: ['end'] });

export const electionSchema = z
  .strictObject({
    /** Polling day. */
    date: isoDate.describe('Polling day.'),
    /** The election's name. */
    name: prose.describe('The election’s name.'),
    /** Seats in the Council of Representatives. */
    totalSeats: z.number().int().positive().describe('Seats in the Council of Representatives.'),
    /** Seats won per list. */
    results: z
      .array(
        z.strictObject({
          /** The list or party. */
          list: prose.describe('The list or party.'),
          /** Its Arabic name, or null. */
          arabicName: nullable(prose).optional().describe('Its Arabic name, or null.'),
          /** Seats won. */
          seats: z.number().int().nonnegative().describe('Seats won.'),
          /** Where sources give this list another figure: which, and who gives it. */
          seatsNote: nullable(prose).optional().describe('Where sources give this list another figure: which, and who gives it.'),
          /** Whether sources describe the list as linked to PMF factions. */
          pmfLinked: z.boolean().describe('Whether sources describe the list as linked to PMF factions.'),
          /** Faction ids in the list. */
          factions: z.array(slug).default([]).describe('Ids of the factions in the list.'),
          /** Sources for the result. */
          sources: sourceIds,
        }),
      )
      .min(1)
      .describe('Seats won per list.'),
    /** Sources for the record. */
    sources: sourceIds,
    /** Caveats, such as preliminary against final counts. */
    notes: nullable(prose).optional().describe('Caveats, such as preliminary against certified counts.'),
  })
  .refine((e) => e.results.reduce((sum, r) => sum + r.seats, 0) <= e.totalSeats, {
    message: 'the lists win more seats than the parliament has',
    path: ['results'],
  });

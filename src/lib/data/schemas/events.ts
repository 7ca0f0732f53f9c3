/** The events collection: what happened, who was involved and how each link is known. */
import { z } from 'astro/zod';
import { countRange, datePrecision, isoDate, prose, slug, sourceIds } from '../primitives.ts';
import { actorRoles, attributionStatuses, eventTypes, placePrecisions } from '../vocabulary.ts';
import { nullable } from './shared.ts';

const place = z.strictObject({
  /** The place as a reader would name it. */
  name: prose.describe('The place as a reader would name it.'),
  /** Latitude in degrees. */
  lat: z
    .number()
    .min(12, 'lies outside the region (latitude 12–42)')
    .max(42, 'lies outside the region (latitude 12–42)')
    .describe('Latitude in degrees.'),
  /** Longitude in degrees. */
  lon: z
    .number()
    .min(24, 'lies outside the region (longitude 24–64)')
    .max(64, 'lies outside the region (longitude 24–64)')
    .describe('Longitude in degrees.'),
  /** How precisely the point places the event. */
  precision: z.enum(placePrecisions.values).describe('How precisely the point places the event.'),
});

const eventActor = z
  .strictObject({
    /** A faction, person or organization id. */
    id: slug.describe('A faction, person or organization id.'),
    /** The actor's part in the event. */
    role: z.enum(actorRoles.values).describe('The actor’s part in the event.'),
    /** How the link is known. */
    attribution: z.enum(attributionStatuses.values).describe('How the link is known.'),
    /** Who blamed the actor, when attribution is "attributed". */
    attributedBy: nullable(prose).describe('Who blamed the actor, when attribution is “attributed”.'),
    /** Sources for this link. */
    sources: sourceIds,
  })
  .refine((a) => a.attribution !== 'attributed' || a.attributedBy !== null, {
    message: 'an attributed link must say who attributed it',
    path: ['attributedBy'],
  });

export const eventSchema = z
  .strictObject({
    /** The day, or first day of the month or year, the event began. */
    date: isoDate.describe('The day it began (the first day of the period for coarser precision).'),
    /** How precisely the date is known. */
    datePrecision: datePrecision.describe('How precisely the date is known: day, month or year.'),
    /** The last day, for events that lasted, or null. */
    endDate: nullable(isoDate).describe('The last day, for events that lasted, or null.'),
    /** A short headline in our words. */
    title: prose.describe('A short headline in our words.'),
    /** Two to four sentences, attributions kept apart. */
    summary: prose.describe('Two to four sentences, with claims, attributions and denials kept apart.'),
    /** What kind of event. */
    type: z.enum(eventTypes.values).describe('What kind of event.'),
    /** 0–4 on the escalation scale. */
    severity: z.number().int().min(0).max(4).describe('0–4 on the escalation scale (see the severity table).'),
    /** Where it happened, or null. */
    place: nullable(place).describe('Where it happened, or null.'),
    /** Who was involved and how each link is known. */
    actors: z.array(eventActor).default([]).describe('Who was involved, and how each link is known.'),
    /** Killed and wounded, as ranges. `casualties: null` (a vote, a sanction) means no figures. */
    casualties: z
      .preprocess(
        (value) => value ?? { killed: null, wounded: null, notes: null },
        z.strictObject({
          /** People killed, or null when no figure is sourced. */
          killed: nullable(countRange).describe('People killed as a min–max range, or null when no figure is sourced.'),
          /** People wounded, or null when no figure is sourced. */
          wounded: nullable(countRange).describe('People wounded as a min–max range, or null when no figure is sourced.'),
          /** Who was hurt and which source says what. */
          notes: nullable(prose).optional().describe('Who was hurt, and which source gives which figure.'),
        }),
      )
      .describe('Killed and wounded, as ranges; both null for acts without violence.'),
    /** Ids of events this one answered. */
    respondsTo: z.array(slug).default([]).describe('Ids of the events this one answered, as sources report.'),
    /** Sources for the record. */
    sources: sourceIds,
    /** Disagreements between sources and other caveats. */
    notes: nullable(prose).optional().describe('Disagreements between sources and other caveats.'),
  })
  .superRefine((event, ctx) => {
    if (event.endDate !== null && event.endDate < event.date) {
      ctx.addIssue({ code: 'custom', message: `ends (${event.endDate}) before it starts (${event.date})`, path: ['endDate'] });
    }
    const firstOfPeriod = event.datePrecision === 'year' ? /-01-01$/ : event.datePrecision === 'month' ? /-01$/ : /./;
    if (!firstOfPeriod.test(event.date)) {
      ctx.addIssue({
        code: 'custom',
        message: `a ${event.datePrecision}-precision date must be the first day of its period`,
        path: ['date'],
      });
    }
  });

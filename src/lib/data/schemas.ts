/**
 * Every dataset collection's schema, in one place. Astro's content layer validates records with
 * these (src/content.config.ts); the integrity checks, downloads and tests reuse them.
 * Cross-references are plain ids resolved by ./integrity.ts, because an actor may be a faction, a
 * person or an organization — a union that reference() cannot express — and so every broken link
 * fails with the same file / record / field message.
 */
import { z } from 'astro/zod';
import { countRange, datedPoint, datePrecision, isoDate, prose, slug, sourceIds } from './primitives.ts';
import {
  actorRoles,
  alignments,
  attributionStatuses,
  designationKinds,
  eventTypes,
  factionStatuses,
  organizationKinds,
  placePrecisions,
  relationKinds,
  sourceKinds,
} from './vocabulary.ts';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

export const sourceSchema = z.strictObject({
  /** Headline or page title as published. */
  title: prose.describe('Headline or page title as published.'),
  /** The original publisher (for a copy on an aggregator, the publisher the copy names). */
  publisher: prose.describe('The original publisher; for a copy, the publisher the copy names.'),
  /** Authors, when known. */
  authors: z.array(prose).default([]).describe('Authors, when known.'),
  /** The address the fact was read at. */
  url: z.url().describe('The address the fact was read at.'),
  /** Publication date, or null when the page gives none. */
  published: nullable(isoDate).describe('Publication date, or null when the page gives none.'),
  /** When the page was read for this project. */
  accessed: isoDate.describe('When the page was read for this project.'),
  /** What kind of source it is. */
  kind: z.enum(sourceKinds.values).describe('What kind of source it is.'),
  /** ISO 639-1 language code. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .default('en')
    .describe('ISO 639-1 language code.'),
  /** An archived copy, if any. */
  archivedUrl: nullable(z.url()).optional().describe('An archived copy, if any.'),
  /** Copies, partisan outlets and other caveats. */
  notes: nullable(prose).optional().describe('Copies, partisan outlets and other caveats.'),
});

const designation = z.strictObject({
  /** The government or body that made the listing. */
  by: prose.describe('The government or body that made the listing.'),
  /** FTO, SDGT, SDN or other. */
  kind: z.enum(designationKinds.values).describe('FTO, SDGT, SDN or other.'),
  /** When the listing was announced or took effect. */
  date: isoDate.describe('When the listing was announced or took effect.'),
  /** How precisely that date is known. */
  precision: datePrecision.describe('How precisely that date is known.'),
  /** Sources for the listing. */
  sources: sourceIds,
  /** Caveats, such as the listing's stated grounds (attributed). */
  notes: nullable(prose).optional().describe('Caveats, such as the stated grounds (attributed).'),
});

const leader = z.strictObject({
  /** The people id, or null when the person has no record. */
  person: nullable(slug).describe('The people id, or null when the person has no record.'),
  /** The leader's name as the site writes it. */
  name: prose.describe('The leader’s name as the site writes it.'),
  /** The post held. */
  role: prose.describe('The post held.'),
  /** Start of the tenure, or null. */
  start: nullable(datedPoint).describe('Start of the tenure, or null when not sourced.'),
  /** End of the tenure, or null while it lasts or when not sourced. */
  end: nullable(datedPoint).describe('End of the tenure, or null while it lasts or when not sourced.'),
  /** Sources for the tenure. */
  sources: sourceIds,
});

const sizeEstimate = z
  .strictObject({
    /** Lowest estimated strength. */
    min: z.number().int().positive().describe('Lowest estimated strength (fighters).'),
    /** Highest estimated strength. */
    max: z.number().int().positive().describe('Highest estimated strength (fighters).'),
    /** The year the estimate refers to. */
    year: z.number().int().min(2003).max(2100).describe('The year the estimate refers to.'),
    /** Who made the estimate. */
    by: prose.describe('Who made the estimate.'),
    /** Sources for the estimate. */
    sources: sourceIds,
  })
  .refine((s) => s.min <= s.max, { message: 'min is above max', path: ['min'] });

export const factionSchema = z.strictObject({
  /** The name the site uses (EDITORIAL §5). */
  name: prose.describe('The name the site uses.'),
  /** The name in Arabic script, or null when no source gives it (never guessed). */
  arabicName: nullable(prose).describe('The name in Arabic script, or null when no source gives it.'),
  /** Common abbreviation, or null. */
  abbreviation: nullable(prose).describe('Common abbreviation, or null.'),
  /** Every spelling a reader might search for. */
  aliases: z.array(prose).default([]).describe('Every other spelling or name a reader might search for.'),
  /** Which current the faction belongs to. */
  alignment: z.enum(alignments.values).describe('Which current the faction belongs to.'),
  /** When it was founded, or null. */
  founded: nullable(datedPoint).describe('When it was founded, or null.'),
  /** How it came to be, in our words. */
  origins: prose.describe('How it came to be.'),
  /** Leaders with their tenures. */
  leaders: z.array(leader).default([]).describe('Leaders with their tenures.'),
  /** PMF brigade numbers where sourced, or null. */
  brigades: nullable(
    z.strictObject({
      /** The brigade numbers. */
      numbers: z.array(z.number().int().positive()).min(1).describe('PMF brigade numbers.'),
      /** Sources for the numbers. */
      sources: sourceIds,
    }),
  ).describe('PMF brigade numbers where sourced, or null.'),
  /** Political parties or lists linked to it. */
  politicalWings: z
    .array(
      z.strictObject({
        /** Name of the party or list. */
        name: prose.describe('Name of the party or list.'),
        /** Arabic name, or null. */
        arabicName: nullable(prose).optional().describe('Arabic name, or null.'),
        /** Sources for the link. */
        sources: sourceIds,
      }),
    )
    .default([])
    .describe('Political parties or lists linked to it.'),
  /** Size estimates, each with its year and source. */
  sizeEstimates: z.array(sizeEstimate).default([]).describe('Strength estimates, each with its year, author and source.'),
  /** Terrorist listings and sanctions. */
  designations: z.array(designation).default([]).describe('Terrorist listings and sanctions with dates.'),
  /** Whether it still operates. */
  status: z.enum(factionStatuses.values).describe('Whether it still operates.'),
  /** The date the leaders, sizes and status were last checked as true. */
  asOf: isoDate.describe('The date leaders, sizes and status were last true to our sources.'),
  /** Three to five sentences in our words. */
  summary: prose.describe('Three to five sentences in our words.'),
  /** Sources for the record. */
  sources: sourceIds,
  /** Disagreements between sources and other caveats. */
  notes: nullable(prose).optional().describe('Disagreements between sources and other caveats.'),
});

export const personSchema = z.strictObject({
  /** The name the site uses. */
  name: prose.describe('The name the site uses.'),
  /** The name in Arabic (or Persian) script, or null when no source gives it. */
  arabicName: nullable(prose).describe('The name in Arabic (or Persian) script, or null when no source gives it.'),
  /** Real names, noms de guerre and other spellings. */
  aliases: z.array(prose).default([]).describe('Real names, noms de guerre and other spellings.'),
  /** Birth date with precision, or null. */
  born: nullable(datedPoint).describe('Birth date with precision, or null when not sourced.'),
  /** Death date with precision, or null. */
  died: nullable(datedPoint).describe('Death date with precision, or null.'),
  /** Posts held. */
  roles: z
    .array(
      z.strictObject({
        /** The post. */
        title: prose.describe('The post.'),
        /** The faction id, or null. */
        faction: nullable(slug).describe('The faction id, or null.'),
        /** The organization id, or null. */
        organization: nullable(slug).optional().describe('The organization id, or null.'),
        /** Start of the tenure, or null. */
        start: nullable(datedPoint).describe('Start of the tenure, or null.'),
        /** End of the tenure, or null. */
        end: nullable(datedPoint).describe('End of the tenure, or null.'),
        /** Sources for the post. */
        sources: sourceIds,
      }),
    )
    .default([])
    .describe('Posts held, with tenures.'),
  /** Sanctions and listings. */
  designations: z.array(designation).default([]).describe('Sanctions and listings with dates.'),
  /** The date the roles were last checked as true. */
  asOf: isoDate.describe('The date the roles were last true to our sources.'),
  /** Three to five sentences in our words. */
  summary: prose.describe('Three to five sentences in our words.'),
  /** Sources for the record. */
  sources: sourceIds,
  /** Disagreements between sources and other caveats. */
  notes: nullable(prose).optional().describe('Disagreements between sources and other caveats.'),
});

export const organizationSchema = z.strictObject({
  /** The name the site uses. */
  name: prose.describe('The name the site uses.'),
  /** The name in Arabic script, or null. */
  arabicName: nullable(prose).describe('The name in Arabic script, or null.'),
  /** Other names and abbreviations. */
  aliases: z.array(prose).default([]).describe('Other names and abbreviations.'),
  /** What kind of body it is. */
  kind: z.enum(organizationKinds.values).describe('What kind of body it is.'),
  /** One to three sentences in our words. */
  summary: prose.describe('One to three sentences in our words.'),
  /** Sources for the record. */
  sources: sourceIds,
});

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

/** Every dataset collection and its schema, by folder name under content/data/. */
export const datasetSchemas = {
  sources: sourceSchema,
  factions: factionSchema,
  people: personSchema,
  organizations: organizationSchema,
  events: eventSchema,
  relations: relationSchema,
  elections: electionSchema,
} as const;

export type CollectionName = keyof typeof datasetSchemas;
export type Source = z.infer<typeof sourceSchema>;
export type Faction = z.infer<typeof factionSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Election = z.infer<typeof electionSchema>;

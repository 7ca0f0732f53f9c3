/** The actors: factions (with leaders and size estimates), people and organizations. */
import { z } from 'astro/zod';
import { datedPoint, isoDate, prose, slug, sourceIds } from '../primitives.ts';
import { alignments, factionStatuses, organizationKinds } from '../vocabulary.ts';
import { designation, nullable } from './shared.ts';

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
  /**
   * When it was set up, where it matters to the period covered (the network leaves it out of the
   * years before); null for states and bodies older than the period.
   */
  founded: nullable(datedPoint)
    .default(null)
    .describe('When it was set up, where that falls in or near the period covered; null for states and older bodies.'),
  /** One to three sentences in our words. */
  summary: prose.describe('One to three sentences in our words.'),
  /** Sources for the record. */
  sources: sourceIds,
});

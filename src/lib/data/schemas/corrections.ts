/** The public corrections log: what was wrong, what it says now, and when it changed. */
import { z } from 'astro/zod';
import { isoDate, prose, sourceIds } from '../primitives.ts';
import { nullable } from './shared.ts';

export const correctionSchema = z
  .strictObject({
    /** When the correction was made. */
    date: isoDate.describe('When the correction was made.'),
    /** The dataset record corrected, as "collection/id" (for example "events/2019-12-27-k1-air-base-rocket-attack"), or null. */
    record: nullable(z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'must be written "collection/id"')).describe(
      'The dataset record corrected, as "collection/id", or null.',
    ),
    /** The page corrected, as a site path such as "/history/", or null. */
    page: nullable(z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'must be a site path such as "/history/"')).describe(
      'The page corrected, as a site path, or null.',
    ),
    /** What the site said before, in a sentence. */
    was: prose.describe('What the site said before.'),
    /** What it says now, in a sentence. */
    now: prose.describe('What it says now.'),
    /** Sources that show the corrected version. */
    sources: sourceIds,
  })
  .refine((c) => c.record !== null || c.page !== null, { message: 'name the record or the page corrected', path: ['record'] });

/** The sources collection: every page a fact was read on. */
import { z } from 'astro/zod';
import { isoDate, prose } from '../primitives.ts';
import { sourceKinds } from '../vocabulary.ts';
import { nullable } from './shared.ts';

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

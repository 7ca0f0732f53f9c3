/** Glossary terms: the words a reader meets on the pages, defined once and linked from every page. */
import { z } from 'astro/zod';
import { prose, slug, sourceIds } from '../primitives.ts';
import { nullable } from './shared.ts';

export const glossarySchema = z.strictObject({
  /** The term as shown: "Fatwa", "FTO". */
  term: prose.describe('The term as shown.'),
  /** The Arabic form, or null when the term is not Arabic (FTO) or no source gives it. */
  arabic: nullable(prose).describe('The Arabic form, or null.'),
  /** A Latin transliteration of the Arabic, or null. */
  transliteration: nullable(prose).describe('A Latin transliteration of the Arabic, or null.'),
  /** Other spellings and abbreviations readers may search for. */
  aliases: z.array(prose).describe('Other spellings and abbreviations readers may search for.'),
  /** A few short, plain sentences in our own words (about grade 10): what it means and why it matters here. */
  definition: prose.describe('A few short, plain sentences: what it means and why it matters here.'),
  /** Sources that support the definition. */
  sources: sourceIds,
  /** Other glossary terms worth reading next. */
  related: z.array(slug).max(6).describe('Ids of other glossary terms worth reading next.'),
});

import { z } from 'astro/zod';
import { isoDate, prose } from '../data/primitives.ts';

/** Front matter of an MDX page in content/pages/. */
export const pageSchema = z.strictObject({
  /** The page's title, shown as its heading and in the browser tab. */
  title: prose.describe('The page title.'),
  /** One sentence for search results and link previews. */
  description: prose.describe('One sentence for search results and link previews.'),
  /** Three to five sentences: "the short version" shown at the top. */
  summary: z.array(prose).min(1).max(5).optional().describe('“The short version” shown at the top of the page.'),
  /** Other names for the page's subject that readers search for; shown under the title and weighted in search. */
  aliases: z.array(prose).optional().describe('Other names for the subject, shown under the title and weighted in search.'),
  /** Turning points the page's timeline labels: an event id and a label of a few words. */
  annotations: z
    .array(z.strictObject({ event: z.string().describe('An event id.'), label: prose.describe('A few words.') }))
    .optional()
    .describe('Turning points labelled on the page’s timeline.'),
  /** When the facts on the page were last checked. */
  asOf: isoDate.describe('When the facts on the page were last checked.'),
});
export type PageFrontmatter = z.infer<typeof pageSchema>;

/**
 * Front matter of a profile in content/profiles/<actor-id>.mdx. The file name is a faction's or
 * person's id; the title and key facts come from that record, so the profile only adds prose.
 */
export const profileSchema = z.strictObject({
  /** One sentence for search results and link previews. */
  description: prose.describe('One sentence for search results and link previews.'),
  /** Three to five sentences: "the short version" shown at the top. */
  summary: z.array(prose).min(1).max(5).describe('“The short version” shown at the top of the profile.'),
  /** When the facts in the profile were last checked. */
  asOf: isoDate.describe('When the facts in the profile were last checked.'),
});
export type ProfileFrontmatter = z.infer<typeof profileSchema>;

/** A C3 Framework indicator (or another standard) a lesson addresses. */
const standard = z.strictObject({
  /** The indicator's code, such as "D2.His.1.9-12". */
  code: prose.describe('The indicator’s code, such as "D2.His.1.9-12".'),
  /** The indicator's wording, as the framework gives it. */
  text: prose.describe('The indicator’s wording.'),
});

/** Front matter of a lesson plan in content/lessons/<id>.mdx, served at /teach/<id>/. */
export const lessonSchema = z.strictObject({
  title: prose.describe('The lesson’s title.'),
  description: prose.describe('One sentence for search results and link previews.'),
  /** Its place in the sequence: 1 for the first lesson. */
  order: z.number().int().positive().describe('Its place in the sequence of lessons.'),
  gradeBand: prose.describe('The grades it suits, such as "Grades 9–12".'),
  duration: prose.describe('How long it takes, such as "One 50-minute lesson".'),
  objectives: z.array(prose).min(2).max(5).describe('What students will be able to do afterwards.'),
  standards: z.array(standard).min(1).describe('C3 Framework indicators the lesson addresses.'),
  /** Site pages and handouts the lesson uses, each with a label and a site path. */
  materials: z
    .array(z.strictObject({ label: prose, href: z.string().regex(/^\/[^ ]*$/, 'must be a site path such as "/start/"') }))
    .min(1)
    .describe('Site pages and handouts the lesson uses.'),
  /** Glossary ids of the words students need. */
  vocabulary: z.array(z.string()).min(3).describe('Glossary ids of the words students need.'),
  asOf: isoDate.describe('When the facts in the lesson were last checked.'),
});
export type LessonFrontmatter = z.infer<typeof lessonSchema>;

/** Front matter of a printable handout or answer key in content/handouts/. */
export const handoutSchema = z.strictObject({
  title: prose.describe('The handout’s title.'),
  /** The lesson it belongs to (a file name in content/lessons/). */
  lesson: z.string().describe('The lesson id it belongs to.'),
  /** A student handout or the teacher's answer key. */
  kind: z.enum(['handout', 'answers']).describe('A student handout or the teacher’s answer key.'),
  /** The most printed pages it may take (A4 or Letter); the tests hold it to this. */
  maxPages: z.number().int().min(1).max(6).describe('The most printed pages it may take.'),
  asOf: isoDate.describe('When its facts were last checked.'),
});
export type HandoutFrontmatter = z.infer<typeof handoutSchema>;

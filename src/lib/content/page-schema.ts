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

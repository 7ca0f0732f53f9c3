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
  /** When the facts on the page were last checked. */
  asOf: isoDate.describe('When the facts on the page were last checked.'),
});
export type PageFrontmatter = z.infer<typeof pageSchema>;

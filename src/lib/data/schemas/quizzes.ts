/** "Check your understanding" quizzes at the end of pages and lessons. */
import { z } from 'astro/zod';
import { prose } from '../primitives.ts';

const question = z
  .strictObject({
    /** The question. */
    prompt: prose.describe('The question.'),
    /** Two to five answers to choose from. */
    choices: z.array(prose).min(2).max(5).describe('Two to five answers to choose from.'),
    /** The index of the right answer, counting from 0. */
    answer: z.number().int().nonnegative().describe('The index of the right answer, counting from 0.'),
    /** Why that answer is right, in our words, pointing to where the page explains it. */
    explanation: prose.describe('Why that answer is right.'),
    /** The place on the site that explains it: a path with an anchor, such as "/start/#why-it-formed". */
    see: z
      .string()
      .regex(/^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/, 'must be a site path, optionally with an anchor')
      .describe('Where the site explains it.'),
  })
  .refine((q) => q.answer < q.choices.length, { message: 'the answer index is past the last choice', path: ['answer'] });

export const quizSchema = z.strictObject({
  /** The page or lesson the quiz ends, as a site path. */
  page: z
    .string()
    .regex(/^\/[a-z0-9/-]*\/$/, 'must be a site path such as "/start/"')
    .describe('The page or lesson the quiz ends.'),
  /** Four to six questions. */
  questions: z.array(question).min(4).max(6).describe('Four to six questions.'),
});

import { z } from 'astro/zod';
import { datePrecisions } from './vocabulary.ts';

/** A record id: lower-case ASCII words joined by hyphens, as used in file names and URLs. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "kataib-hezbollah"');

/** True when y-m-d names a real calendar day (rejects 2019-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written "yyyy-mm-dd". YAML parsers turn an unquoted date into a Date object,
 * so one is accepted and normalised back to the string form.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written "yyyy-mm-dd"' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written "yyyy-mm-dd"')
    .refine(isCalendarDate, 'is not a real calendar date'),
);

/** How precisely a date is known. */
export const datePrecision = z.enum(datePrecisions.values);

/** True when the date is the first day of its period, as coarse precisions require. */
export function fitsPrecision(date: string, precision: z.infer<typeof datePrecision>): boolean {
  if (precision === 'month') return date.endsWith('-01');
  if (precision === 'year') return date.endsWith('-01-01');
  return true;
}

/** A date with its precision; coarse dates sit on the first day of their month or year. */
export const datedPoint = z
  .strictObject({
    /** The date, or the first day of the period it is known to. */
    date: isoDate.describe('The date, or the first day of the month or year it is known to.'),
    /** day, month or year. */
    precision: datePrecision.describe('How precisely the date is known: day, month or year.'),
  })
  .refine((d) => fitsPrecision(d.date, d.precision), {
    message: 'a month-precision date must fall on the 1st, a year-precision date on 1 January',
    path: ['date'],
  });

/** A list of source ids; at least one. */
export const sourceIds = z.array(slug).min(1, 'needs at least one source').describe('Ids of the records in sources/ that support this.');

/** A minimum–maximum range of a count, for figures sources disagree on. */
export const countRange = z
  .strictObject({
    /** The lowest figure given by a credible source. */
    min: z.number().int().nonnegative().describe('The lowest figure given by a credible source.'),
    /** The highest figure given by a credible source. */
    max: z.number().int().nonnegative().describe('The highest figure given by a credible source.'),
  })
  .refine((r) => r.min <= r.max, { message: 'min is above max', path: ['min'] });

/** Plain text written in the project's own words. */
export const prose = z.string().trim().min(1, 'must not be empty');

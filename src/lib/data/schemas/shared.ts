/** Pieces several collections share: the nullable helper and the designation shape. */
import { z } from 'astro/zod';
import { datePrecision, isoDate, prose, sourceIds } from '../primitives.ts';
import { designationKinds } from '../vocabulary.ts';

/** Marks a field as allowed to be null, which in this dataset always means "not known". */
export const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** A terrorist listing or sanction, with its date and sources. */
export const designation = z.strictObject({
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

/** The site's releases: what changed in each version, for /changelog/ and the feed. */
import { z } from 'astro/zod';
import { isoDate, prose } from '../primitives.ts';

export const changeKinds = ['added', 'changed', 'fixed', 'removed'] as const;

export const releaseSchema = z.strictObject({
  /** The version number, "major.minor.patch"; the file is named after it ("v0-6-0.yaml"). */
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be a version written "major.minor.patch", such as "0.6.0"')
    .describe('The version number, "major.minor.patch".'),
  /** The day the version was published. */
  date: isoDate.describe('The day the version was published.'),
  /** A headline for the release. */
  title: prose.describe('A headline for the release.'),
  /** What the release means for readers and teachers, in a sentence or two. */
  summary: prose.describe('What the release means for readers and teachers.'),
  /** The changes, one line each. */
  changes: z
    .array(
      z.strictObject({
        /** added, changed, fixed or removed. */
        kind: z.enum(changeKinds).describe('added, changed, fixed or removed.'),
        /** What changed, in a sentence. */
        text: prose.describe('What changed, in a sentence.'),
        /** The page it concerns, as a site path such as "/timeline/", or null. */
        page: z
          .string()
          .regex(/^\/([a-z0-9-]+\/)*$/, 'must be a site path such as "/timeline/"')
          .nullable()
          .default(null)
          .describe('The page it concerns, as a site path, or null.'),
      }),
    )
    .min(1)
    .describe('The changes, one line each.'),
});

/** "0.6.0" → "v0-6-0", the file name and the anchor on /changelog/. */
export const releaseId = (version: string) => `v${version.replaceAll('.', '-')}`;

/** Compares "major.minor.patch" numerically. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

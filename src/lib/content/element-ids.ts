/**
 * Ids for elements a component repeats on one page (glossary tips). Pages render in a fixed order
 * at build time, so the ids are the same on every build.
 */
let next = 0;

/** A fresh id with the given prefix: `term-tip-1`, `term-tip-2`, … */
export function uniqueId(prefix: string): string {
  next += 1;
  return `${prefix}-${next}`;
}

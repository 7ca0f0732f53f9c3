/** A problem found in the content, located precisely enough to fix without searching. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  readonly file: string;
  /** The record's id (its file name). */
  readonly record: string;
  /** The field, as a path such as `actors[0].attribution`; empty for the whole record. */
  readonly field: string;
  readonly message: string;
}

/** Turns a path of keys and indexes into `actors[0].attribution`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** One line per problem: file › record › field: message. */
export function formatProblem(p: Problem): string {
  const field = p.field ? ` › field "${p.field}"` : '';
  return `${p.file} › record "${p.record}"${field}: ${p.message}`;
}

/** The error thrown when content is invalid: every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const lines = problems.map(formatProblem);
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${lines.join('\n  ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Words that mark unfinished text; none may reach a reader (in records or pages). */
export const PLACEHOLDER = /\b(lorem ipsum|TODO|TBD|FIXME)\b/i;

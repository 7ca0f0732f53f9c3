/**
 * Reading time and reading level of a page's prose, computed at build time with reading-time and
 * text-readability (Flesch–Kincaid grade), so a teacher can see both before assigning a page.
 */
import readingTime from 'reading-time';
import readability from 'text-readability';

export interface ReadingStats {
  readonly words: number;
  /** Whole minutes at an average adult reading speed, at least 1. */
  readonly minutes: number;
  /** Flesch–Kincaid grade level, one decimal; null for text too short to grade. */
  readonly grade: number | null;
}

/** Words, minutes and grade of plain prose (paragraphs separated by blank lines). */
export function readingStats(prose: string): ReadingStats {
  const text = prose.replace(/\s+\n/g, '\n').trim();
  const { words, minutes } = readingTime(text);
  const grade = words < 100 ? null : Math.round(readability.fleschKincaidGrade(text) * 10) / 10;
  return { words, minutes: Math.max(1, Math.round(minutes)), grade };
}

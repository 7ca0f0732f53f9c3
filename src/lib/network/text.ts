/**
 * Label sizing without a DOM. The build cannot measure text, so widths are estimated per
 * character from a sans-serif's typical advance widths, erring wide: a label may end up with a
 * little spare room, never spill into its neighbour.
 */

const NARROW = new Set([..."iljtfr.,;:!|’'()[]-/ "]);
const WIDE = new Set([...'mwMW@']);

/** Estimated advance width of one character, in ems. */
function charEm(char: string): number {
  if (NARROW.has(char)) return 0.34;
  if (WIDE.has(char)) return 0.9;
  if (char >= 'A' && char <= 'Z') return 0.7;
  return 0.58;
}

/** Estimated width of a line of text at a font size, in the same units as the size. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charEm(char);
  return ems * fontSize;
}

/** Splits a word that is wider than a line on its own, at hyphens first, then between characters. */
function splitWord(word: string, maxWidth: number, fontSize: number): string[] {
  if (textWidth(word, fontSize) <= maxWidth) return [word];
  const hyphenated = word.split(/(?<=-)/);
  if (hyphenated.length > 1) return hyphenated.flatMap((part) => splitWord(part, maxWidth, fontSize));
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(`${piece}${char}`, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Greedy word wrap: as many words per line as fit in maxWidth. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((w) => splitWord(w, maxWidth, fontSize));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joiner = line === '' || line.endsWith('-') ? '' : ' ';
    const candidate = `${line}${joiner}${word}`;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

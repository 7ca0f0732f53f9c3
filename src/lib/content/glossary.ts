/** Ordering and grouping of glossary terms for the glossary page. */

export interface Sortable {
  readonly id: string;
  readonly term: string;
}

/** The key a term is filed under: its first letter, ignoring an Arabic article ("al-") and case. */
export function filingKey(term: string): string {
  return term
    .replace(/^(al|el)-/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f'‘’ʿʾ]/g, '')
    .toLocaleUpperCase('en');
}

/** Terms in alphabetical order of their filing key, grouped under their initial letter. */
export function groupByLetter<T extends Sortable>(terms: readonly T[]): { letter: string; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => filingKey(a.term).localeCompare(filingKey(b.term), 'en'));
  const groups: { letter: string; terms: T[] }[] = [];
  for (const term of sorted) {
    const letter = /[A-Z]/.test(filingKey(term.term)[0] ?? '') ? (filingKey(term.term)[0] ?? '#') : '#';
    const last = groups.at(-1);
    if (last?.letter === letter) last.terms.push(term);
    else groups.push({ letter, terms: [term] });
  }
  return groups;
}

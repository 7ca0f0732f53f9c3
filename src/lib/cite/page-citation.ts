/**
 * "Cite this page": a page's reference in APA 7, MLA 9 and Chicago (notes and bibliography),
 * formatted by citation-js from CSL-JSON with the Citation Style Language's own style files
 * (src/lib/cite/styles/, CC BY-SA 3.0, from the CSL styles repository as packaged by Debian).
 */
import core from '@citation-js/core';
import '@citation-js/plugin-csl';
import apa from './styles/apa.csl?raw';
import chicago from './styles/chicago-note-bibliography.csl?raw';
import mla from './styles/modern-language-association.csl?raw';

const STYLES = {
  apa: { template: 'apa', label: 'APA (7th edition)', xml: apa },
  mla: { template: 'modern-language-association', label: 'MLA (9th edition)', xml: mla },
  chicago: { template: 'chicago-note-bibliography', label: 'Chicago (17th edition, bibliography)', xml: chicago },
} as const;
export type CitationStyle = keyof typeof STYLES;

let registered = false;
function registerStyles() {
  if (registered) return;
  const templates = core.plugins.config.get('@csl').styles;
  for (const { template, xml } of Object.values(STYLES)) if (!templates.has(template)) templates.add(template, xml);
  registered = true;
}

export interface CitablePage {
  readonly title: string;
  /** The page's full address. */
  readonly url: string;
  /** When its content was last checked or changed, "yyyy-mm-dd". */
  readonly date: string;
  /** The day the reader looks it up, "yyyy-mm-dd" (the build date). */
  readonly accessed: string;
  readonly siteName: string;
  /** A dataset rather than a web page. */
  readonly kind?: 'webpage' | 'dataset';
  /** The site's version when the reader looked, "0.6.0", so a citation names what was read. */
  readonly version?: string;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** The page's reference in each style, as plain text and as HTML (with italics where a style asks). */
export function pageCitations(page: CitablePage): { style: CitationStyle; label: string; text: string; html: string }[] {
  registerStyles();
  const cite = new core.Cite({
    id: 'page',
    type: page.kind ?? 'webpage',
    title: page.title,
    'container-title': page.siteName,
    author: [{ literal: page.siteName }],
    URL: page.url,
    issued: dateParts(page.date),
    accessed: dateParts(page.accessed),
    ...(page.version ? { version: page.version } : {}),
  });
  return (Object.keys(STYLES) as CitationStyle[]).map((style) => {
    const options = { template: STYLES[style].template, lang: 'en-US' };
    const text = String(cite.format('bibliography', { ...options, format: 'text' })).trim();
    const html = String(cite.format('bibliography', { ...options, format: 'html' }))
      .replace(/^\s*<div class="csl-bib-body">\s*<div data-csl-entry-id="page" class="csl-entry">/, '')
      .replace(/<\/div>\s*<\/div>\s*$/, '')
      .trim();
    return { style, label: STYLES[style].label, text, html };
  });
}

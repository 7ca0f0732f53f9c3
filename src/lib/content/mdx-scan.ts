/**
 * Reads an MDX page with the same parser the build uses (Sätteri) and lists what the checks and
 * page statistics need: citations and glossary terms in document order, components, links, and
 * paragraphs with whether each carries a citation. Pure: text in, facts about the text out.
 */
import { mdxToMdast } from 'satteri';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** A component used on the page, with its literal string attributes. */
export interface ComponentUse {
  readonly name: string;
  readonly line: number;
  readonly attributes: Readonly<Record<string, string>>;
  /** Attributes written as expressions (`actors={['kataib-hezbollah']}`), as their source text. */
  readonly expressions: Readonly<Record<string, string>>;
}

export interface Paragraph {
  readonly line: number;
  readonly text: string;
  readonly cited: boolean;
  /** The text of the nearest heading above it, or null before the first heading. */
  readonly section: string | null;
}

export interface MdxScan {
  /** The raw YAML front matter, or null when there is none. */
  readonly frontmatter: string | null;
  readonly components: readonly ComponentUse[];
  readonly headings: readonly { depth: number; text: string; line: number }[];
  readonly paragraphs: readonly Paragraph[];
  readonly links: readonly { url: string; line: number }[];
  /** The prose a reader reads (paragraphs and list items), for reading time and grade. */
  readonly prose: string;
}

/** Parses MDX source; throws with the parser's message when the MDX is not valid. */
export function scanMdx(source: string): MdxScan {
  const root = mdxToMdast(source) as unknown as Node;
  const components: ComponentUse[] = [];
  const headings: { depth: number; text: string; line: number }[] = [];
  const paragraphs: Paragraph[] = [];
  const links: { url: string; line: number }[] = [];
  let frontmatter: string | null = null;
  let section: string | null = null;

  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'yaml' && typeof node.value === 'string') frontmatter = node.value;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attributes: Record<string, string> = {};
      const expressions: Record<string, string> = {};
      for (const a of node.attributes ?? []) {
        if (!a.name) continue;
        if (typeof a.value === 'string') attributes[a.name] = a.value;
        else if (a.value && typeof a.value === 'object' && 'value' in a.value) expressions[a.name] = String(a.value.value);
      }
      components.push({ name: node.name, line, attributes, expressions });
    }
    if (node.type === 'heading') {
      section = textOf(node);
      headings.push({ depth: node.depth ?? 0, text: section, line });
    }
    if (node.type === 'link' && node.url) links.push({ url: node.url, line });
    if (node.type === 'paragraph') paragraphs.push({ line, text: textOf(node), cited: cites(node), section });
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return { frontmatter, components, headings, paragraphs, links, prose: paragraphs.map((p) => p.text).join('\n\n') };
}

/** The visible text of a node: text, code and the words inside components such as <Term>. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

function cites(node: Node): boolean {
  if (node.name === 'Cite') return true;
  return (node.children ?? []).some(cites);
}

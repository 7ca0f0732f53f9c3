/**
 * Checks every MDX page and profile against the dataset before anything renders: front matter,
 * MDX syntax, components, the sources each <Cite> names, the glossary terms each <Term> names, the
 * events and actors a <Timeline> names, and paragraphs that state dated facts without a citation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import type { Dataset } from '../data/load.ts';
import { fieldPath, PLACEHOLDER, type Problem } from '../data/problems.ts';
import { type MdxScan, scanMdx } from './mdx-scan.ts';
import { handoutSchema, lessonSchema, pageSchema, profileSchema } from './page-schema.ts';

/** The components an MDX page may use; each is provided by the page routes. */
export const PAGE_COMPONENTS = [
  'Cite',
  'Term',
  'Timeline',
  'AttributionTable',
  'SeverityTable',
  'AnswerLines',
  'TempoFigure',
  'LedgerFigure',
  'SeatsFigure',
  'LegalFigure',
  'NetworkFigure',
  'MapFigure',
] as const;

/** Sections that explain how to use the site rather than state facts, so need no citation. */
export const NON_FACTUAL_SECTIONS = ['How to read it', 'Where to go next', 'Reading these views', 'How to use this page'];

/** A paragraph states a dated fact when it names a year; such a paragraph needs a citation. */
const FACTUAL = /\b(1[89]|20)\d\d\b/;

interface Folder {
  readonly dir: string;
  readonly schema: z.ZodType;
  /** Extra rules for a file of this folder, given its id. */
  readonly check?: (id: string) => string | null;
  /** Handouts restate what the cited pages say, so they need no citations of their own. */
  readonly citations?: 'required' | 'optional';
}

/** Every problem in content/pages and content/profiles; an empty list when all is well. */
export function checkPages(contentDir: string, dataset: Dataset, root = process.cwd()): Problem[] {
  const actorIds = new Set([...dataset.factions, ...dataset.people, ...dataset.organizations].map((a) => a.id));
  const profileSubjects = new Set([...dataset.factions, ...dataset.people].map((a) => a.id));
  const lessonIds = new Set(mdxFiles(join(contentDir, 'lessons')).map((f) => f.replace(/\.mdx$/, '')));
  const pageIds = new Set(mdxFiles(join(contentDir, 'pages')).map((f) => f.replace(/\.mdx$/, '')));
  const folders: Folder[] = [
    { dir: join(contentDir, 'pages'), schema: pageSchema },
    {
      dir: join(contentDir, 'profiles'),
      schema: profileSchema,
      check: (id) => (profileSubjects.has(id) ? null : `the file name must be a faction or person id; "${id}" is neither`),
    },
    { dir: join(contentDir, 'lessons'), schema: lessonSchema },
    {
      dir: join(contentDir, 'handouts'),
      schema: handoutSchema,
      citations: 'optional',
      check: (id) =>
        lessonIds.has(id.replace(/-answers$/, ''))
          ? null
          : `must be named after a lesson in content/lessons/ ("<lesson>.mdx" or "<lesson>-answers.mdx")`,
    },
    {
      dir: join(contentDir, 'simple'),
      schema: pageSchema,
      check: (id) => (pageIds.has(id) ? null : `a simpler version needs the standard page content/pages/${id}.mdx`),
    },
  ];
  const problems: Problem[] = [];
  for (const folder of folders) {
    for (const fileName of mdxFiles(folder.dir)) {
      const id = fileName.replace(/\.mdx$/, '');
      const file = relative(root, join(folder.dir, fileName));
      const report = (field: string, message: string) => problems.push({ file, record: id, field, message });
      const subjectProblem = folder.check?.(id);
      if (subjectProblem) report('', subjectProblem);
      let scan: MdxScan;
      try {
        scan = scanMdx(readFileSync(join(folder.dir, fileName), 'utf8'));
      } catch (error) {
        report('', `is not valid MDX: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      const frontmatter = checkFrontmatter(scan.frontmatter, folder.schema, report);
      for (const [i, term] of (frontmatter?.vocabulary ?? []).entries()) {
        if (!dataset.glossary.some((t) => t.id === term)) report(`vocabulary[${i}]`, `names the unknown glossary term "${term}"`);
      }
      const placeholder = scan.paragraphs.find((p) => PLACEHOLDER.test(p.text)) ?? scan.headings.find((h) => PLACEHOLDER.test(h.text));
      if (placeholder) report(`line ${placeholder.line}`, `contains placeholder text (“${PLACEHOLDER.exec(placeholder.text)?.[0]}”)`);
      if (folder.citations !== 'optional' && !scan.components.some((c) => c.name === 'Cite'))
        report('', 'cites no sources: every page needs at least one <Cite>');
      checkComponents(scan, dataset, actorIds, report);
      for (const p of scan.paragraphs) {
        if (folder.citations !== 'optional' && !p.cited && FACTUAL.test(p.text) && !NON_FACTUAL_SECTIONS.includes(p.section ?? '')) {
          report(`line ${p.line}`, `this paragraph states facts but has no <Cite>: “${p.text.slice(0, 70)}…”`);
        }
      }
      // The page title is the h1; sections start at ## and never skip a level (screen readers navigate by them).
      let depth = 1;
      for (const heading of scan.headings) {
        if (heading.depth > depth + 1)
          report(`line ${heading.line}`, `the heading “${heading.text}” skips a level (h${heading.depth} after h${depth})`);
        depth = heading.depth;
      }
      for (const link of scan.links) {
        if (link.url.startsWith('/') && !/^\/[^?#]*\/(?:[?#].*)?$/.test(link.url) && !/\.[a-z]+$/.test(link.url)) {
          report(`line ${link.line}`, `the internal link "${link.url}" must end with a slash`);
        }
      }
    }
  }
  const quizTargets = new Set([...[...pageIds].map((id) => `/${id}/`), ...[...lessonIds].map((id) => `/teach/${id}/`)]);
  for (const quiz of dataset.quizzes) {
    if (!quizTargets.has(quiz.data.page)) {
      problems.push({ file: quiz.file, record: quiz.id, field: 'page', message: `"${quiz.data.page}" is not an MDX page or lesson` });
    }
  }
  return problems;
}

function mdxFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];
}

/** Validates the front matter; returns it when valid, so folder-specific rules can read it. */
function checkFrontmatter(
  yaml: string | null,
  schema: z.ZodType,
  report: (field: string, message: string) => void,
): { vocabulary?: string[] } | null {
  if (yaml === null) {
    report('', 'has no front matter');
    return null;
  }
  let value: unknown;
  try {
    value = parse(yaml);
  } catch (error) {
    report('', `has front matter that is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : ''}`);
    return null;
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) report(fieldPath(issue.path), issue.message);
    return null;
  }
  return result.data as { vocabulary?: string[] };
}

function checkComponents(scan: MdxScan, dataset: Dataset, actorIds: ReadonlySet<string>, report: (field: string, message: string) => void) {
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const termIds = new Set(dataset.glossary.map((t) => t.id));
  const eventIds = new Set(dataset.events.map((e) => e.id));
  for (const use of scan.components) {
    const at = `line ${use.line} › <${use.name}>`;
    const id = use.attributes.id;
    if (!(PAGE_COMPONENTS as readonly string[]).includes(use.name)) {
      report(at, `is not a component pages can use (${PAGE_COMPONENTS.join(', ')})`);
    } else if (use.name === 'Cite' && (!id || !sourceIds.has(id))) {
      report(`${at} › id`, id ? `names the unknown source "${id}"` : 'needs an id');
    } else if (use.name === 'Term' && (!id || !termIds.has(id))) {
      report(`${at} › id`, id ? `names the unknown glossary term "${id}"` : 'needs an id');
    } else if (use.name === 'Timeline') {
      const focus = use.attributes.focus;
      if (focus && !eventIds.has(focus)) report(`${at} › focus`, `names the unknown event "${focus}"`);
      for (const actor of quoted(use.expressions.actors)) {
        if (!actorIds.has(actor)) report(`${at} › actors`, `names the unknown faction, person or organization "${actor}"`);
      }
      for (const event of quoted(use.expressions.annotations)) {
        if (/^\d{4}-\d{2}-\d{2}-/.test(event) && !eventIds.has(event)) report(`${at} › annotations`, `names the unknown event "${event}"`);
      }
      for (const key of ['from', 'to'] as const) {
        const date = use.attributes[key];
        if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) report(`${at} › ${key}`, 'must be a date written "yyyy-mm-dd"');
      }
    }
  }
}

/** The quoted strings in an expression's source, such as the ids in `['a', "b"]`. */
function quoted(expression: string | undefined): string[] {
  return [...(expression ?? '').matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

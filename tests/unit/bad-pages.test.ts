/**
 * Every kind of mistake in an MDX page or profile fails the content check with the file, the page
 * and the place named (the same check the build runs before rendering).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPages } from '../../src/lib/content/check-pages.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';
import { loadValidDataset } from '../../src/lib/data/validate.ts';
import { scratchContent } from '../support/fixture-dataset.ts';

const PAGE = 'pages/fixture-page.mdx';
const PROFILE = 'profiles/fixture-brigades.mdx';

interface Case {
  kind: string;
  file: string;
  /** Turns the valid text into the broken one. */
  breakIt: (text: string) => string;
  /** Where the problem must be reported (the field part of file › record › field). */
  field: RegExp;
  message: RegExp;
}

const cases: Case[] = [
  {
    kind: 'a citation of an unknown source',
    file: PAGE,
    breakIt: (t) => t.replace('agency-2019-12-27-rockets', 'agency-no-such-source'),
    field: /line 11 › <Cite> › id/,
    message: /unknown source "agency-no-such-source"/,
  },
  {
    kind: 'a glossary link to an unknown term',
    file: PAGE,
    breakIt: (t) => t.replace('id="fixture-term"', 'id="no-such-term"'),
    field: /line 11 › <Term> › id/,
    message: /unknown glossary term "no-such-term"/,
  },
  {
    kind: 'a dated paragraph without a citation',
    file: PAGE,
    breakIt: (t) => t.replace('<Cite id="agency-2019-12-27-rockets" />', ''),
    field: /^line 11$/,
    message: /states facts but has no <Cite>/,
  },
  {
    kind: 'a timeline focused on an unknown event',
    file: PAGE,
    breakIt: (t) => t.replace('focus="2019-12-27-fixture-rocket-attack"', 'focus="2019-12-28-no-such-event"'),
    field: /<Timeline> › focus/,
    message: /unknown event "2019-12-28-no-such-event"/,
  },
  {
    kind: 'a timeline filtered to an unknown actor',
    file: PAGE,
    breakIt: (t) => t.replace('title="December 2019"', 'title="December 2019" actors={[\'no-such-faction\']}'),
    field: /<Timeline> › actors/,
    message: /unknown faction, person or organization "no-such-faction"/,
  },
  {
    kind: 'a malformed timeline window',
    file: PAGE,
    breakIt: (t) => t.replace('from="2019-12-01"', 'from="1 December 2019"'),
    field: /<Timeline> › from/,
    message: /yyyy-mm-dd/,
  },
  {
    kind: 'a component pages cannot use',
    file: PAGE,
    breakIt: (t) => t.replace('## How to read it', '<Chart />\n\n## How to read it'),
    field: /<Chart>/,
    message: /not a component pages can use/,
  },
  {
    kind: 'invalid MDX',
    file: PAGE,
    breakIt: (t) => t.replace('<Cite id="agency-2019-12-27-rockets" />', '<Cite id="agency-2019-12-27-rockets"'),
    field: /^$/,
    message: /not valid MDX/,
  },
  {
    kind: 'missing front matter field',
    file: PAGE,
    breakIt: (t) => t.replace('asOf: "2019-12-31"\n', ''),
    field: /^asOf$/,
    message: /./,
  },
  {
    kind: 'an unknown front matter field',
    file: PAGE,
    breakIt: (t) => t.replace('asOf: "2019-12-31"', 'asOf: "2019-12-31"\nauthor: Someone'),
    field: /^$/,
    message: /author/,
  },
  {
    kind: 'an internal link without its trailing slash',
    file: PAGE,
    breakIt: (t) => t.replace('## How to read it', 'See [the timeline](/timeline).\n\n## How to read it'),
    field: /line \d+/,
    message: /"\/timeline" must end with a slash/,
  },
  {
    kind: 'a heading that skips a level',
    file: PAGE,
    breakIt: (t) => t.replace('## What happened', '### What happened'),
    field: /^line \d+$/,
    message: /skips a level \(h3 after h1\)/,
  },
  {
    kind: 'a profile of nobody in the dataset',
    file: 'profiles/no-such-faction.mdx',
    breakIt: () => readFileSync(join(import.meta.dirname, '../fixtures/valid', PROFILE), 'utf8'),
    field: /^$/,
    message: /must be a faction or person id/,
  },
];

describe('bad pages fail with file, page and place named', () => {
  let cleanup: () => void = () => {};
  afterEach(() => cleanup());

  it('accepts the valid fixture pages', () => {
    const scratch = scratchContent();
    cleanup = scratch.cleanup;
    expect(checkPages(scratch.dir, loadValidDataset(scratch.dataDir), scratch.dir).map(formatProblem)).toEqual([]);
  });

  it.each(cases)('rejects $kind', ({ file, breakIt, field, message }) => {
    const scratch = scratchContent();
    cleanup = scratch.cleanup;
    const path = join(scratch.dir, file);
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {}
    writeFileSync(path, breakIt(text));
    const problems = checkPages(scratch.dir, loadValidDataset(scratch.dataDir), scratch.dir);
    const record = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
    const match = problems.find((p) => p.file === file && p.record === record && field.test(p.field) && message.test(p.message));
    expect(
      match,
      `expected a problem at ${file} › ${field} matching ${message}; got:\n${problems.map(formatProblem).join('\n')}`,
    ).toBeDefined();
  });
});

describe('placeholder text', () => {
  it('fails a page that still says TODO', () => {
    const scratch = scratchContent();
    try {
      const path = join(scratch.dir, PAGE);
      writeFileSync(path, readFileSync(path, 'utf8').replace('## How to read it', '## How to read it\n\nTODO: finish this section.'));
      const problems = checkPages(scratch.dir, loadValidDataset(scratch.dataDir), scratch.dir);
      expect(problems.map(formatProblem).join('\n')).toMatch(/fixture-page.*placeholder text \(“TODO”\)/);
    } finally {
      scratch.cleanup();
    }
  });
});

describe('lessons, handouts and quizzes', () => {
  const LESSON = `---
title: A fixture lesson
description: A lesson for the tests.
order: 1
gradeBand: Grades 9–12
duration: One 50-minute lesson
objectives: ["Explain one thing.", "Explain another."]
standards: [{ code: "D2.His.1.9-12", text: "Evaluate how historical events were shaped." }]
materials: [{ label: "The page", href: "/fixture-page/" }]
vocabulary: [fixture-term, other-term, VOCAB]
asOf: "2019-12-31"
---

## Overview

Rockets hit a base in 2019.<Cite id="agency-2019-12-27-rockets" />
`;
  const problemsWith = (files: Record<string, string>) => {
    const scratch = scratchContent();
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(scratch.dir, path, '..'), { recursive: true });
        writeFileSync(join(scratch.dir, path), text);
      }
      return checkPages(scratch.dir, loadValidDataset(scratch.dataDir), scratch.dir).map(formatProblem).join('\n');
    } finally {
      scratch.cleanup();
    }
  };

  it('accepts a valid lesson', () => {
    expect(problemsWith({ 'lessons/fixture-lesson.mdx': LESSON.replace('VOCAB', 'fixture-term') })).toBe('');
  });

  it('rejects a lesson whose vocabulary names an unknown glossary term', () => {
    expect(problemsWith({ 'lessons/fixture-lesson.mdx': LESSON.replace('VOCAB', 'no-such-term') })).toMatch(
      /lessons\/fixture-lesson\.mdx › record "fixture-lesson" › field "vocabulary\[2\]": names the unknown glossary term "no-such-term"/,
    );
  });

  it('rejects a lesson without its standards', () => {
    expect(problemsWith({ 'lessons/fixture-lesson.mdx': LESSON.replace('VOCAB', 'fixture-term').replace(/standards: .*\n/, '') })).toMatch(
      /fixture-lesson.*field "standards"/,
    );
  });

  it('rejects a handout named after no lesson', () => {
    const handout =
      '---\ntitle: A handout\nlesson: nothing\nkind: handout\nmaxPages: 2\nasOf: "2019-12-31"\n---\n\n1. A question.\n<AnswerLines lines={3} />\n';
    expect(problemsWith({ 'handouts/nothing.mdx': handout })).toMatch(
      /handouts\/nothing\.mdx › record "nothing".*must be named after a lesson/,
    );
  });

  it('rejects a quiz for a page that does not exist', () => {
    const quiz = `page: /no-such-page/\nquestions:\n${'  - { prompt: "Q?", choices: ["A", "B"], answer: 0, explanation: "Because.", see: "/fixture-page/" }\n'.repeat(4)}`;
    expect(problemsWith({ 'data/quizzes/no-such-page.yaml': quiz })).toMatch(
      /quizzes\/no-such-page\.yaml › record "no-such-page" › field "page": "\/no-such-page\/" is not an MDX page or lesson/,
    );
  });
});

/** The pure pieces behind the explainer pages: MDX scanning, reading statistics, glossary order and key facts. */
import { describe, expect, it } from 'vitest';
import { datedText, factionFacts, relationFacts, seatsOf, tenureText } from '../../src/lib/actors/key-facts.ts';
import { filingKey, groupByLetter } from '../../src/lib/content/glossary.ts';
import { scanMdx } from '../../src/lib/content/mdx-scan.ts';
import { readingStats } from '../../src/lib/content/reading.ts';
import type { Election, Faction, Relation } from '../../src/lib/data/schemas.ts';

describe('scanMdx', () => {
  const scan = scanMdx(
    [
      '---',
      'title: T',
      '---',
      '',
      '## First',
      '',
      'A fact from 2019.<Cite id="b" /> Then a <Term id="fatwa">fatwa</Term>.<Cite id="a" /><Cite id="b" />',
      '',
      '```',
      '<Cite id="in-code" />',
      '```',
      '',
      'No source for 2020 here, see [the timeline](/timeline/).',
    ].join('\n'),
  );

  it('lists citations in reading order and ignores code', () => {
    expect(scan.components.filter((c) => c.name === 'Cite').map((c) => c.attributes.id)).toEqual(['b', 'a', 'b']);
  });

  it('knows which paragraphs are cited and under which heading', () => {
    expect(scan.paragraphs.map((p) => [p.line, p.cited, p.section])).toEqual([
      [7, true, 'First'],
      [13, false, 'First'],
    ]);
    expect(scan.frontmatter).toBe('title: T');
    expect(scan.links).toEqual([{ url: '/timeline/', line: 13 }]);
  });

  it('keeps the words inside components in the prose', () => {
    expect(scan.prose).toContain('Then a fatwa.');
  });
});

describe('readingStats', () => {
  it('gives minutes at about 200 words a minute and a grade for real prose', () => {
    const sentence = 'The group was formed in the summer after the city fell to the militants. ';
    const stats = readingStats(sentence.repeat(60));
    // reading-time counts words its own way (within a few percent of a naive count).
    expect(stats.words).toBeGreaterThan(15 * 60 * 0.9);
    expect(stats.words).toBeLessThanOrEqual(15 * 60);
    expect(stats.minutes).toBeGreaterThanOrEqual(4);
    expect(stats.minutes).toBeLessThanOrEqual(5);
    expect(stats.grade).toBeGreaterThan(3);
    expect(stats.grade).toBeLessThan(9);
  });

  it('does not grade a few words', () => {
    expect(readingStats('Too short to grade.').grade).toBeNull();
  });
});

describe('glossary order', () => {
  it('files terms without the Arabic article and diacritics', () => {
    expect(filingKey('al-Hashd al-Shaabi')).toBe('HASHD AL-SHAABI');
    expect(filingKey('Marjaʿ')).toBe('MARJA');
  });

  it('groups under initial letters in order', () => {
    const groups = groupByLetter([
      { id: 'b', term: 'Badr' },
      { id: 'h', term: 'al-Hashd' },
      { id: 'a', term: 'Ayatollah' },
      { id: 'h2', term: 'Hawza' },
    ]);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.id)])).toEqual([
      ['A', ['a']],
      ['B', ['b']],
      ['H', ['h', 'h2']],
    ]);
  });
});

describe('key facts', () => {
  const faction = {
    name: 'Fixture Brigades',
    arabicName: 'كتائب',
    abbreviation: 'FB',
    aliases: ['The Brigades'],
    alignment: 'iran-aligned',
    founded: { date: '2014-06-01', precision: 'month' },
    origins: 'Formed in 2014.',
    leaders: [
      {
        person: 'someone',
        name: 'Abu Someone',
        role: 'Secretary-general',
        start: { date: '2014-01-01', precision: 'year' },
        end: null,
        sources: ['s1'],
      },
    ],
    brigades: { numbers: [45, 46], sources: ['s2'] },
    politicalWings: [],
    sizeEstimates: [{ min: 1000, max: 3000, year: 2020, by: 'An analyst', sources: ['s3'] }],
    designations: [{ by: 'United States', kind: 'FTO', date: '2009-07-02', precision: 'day', sources: ['s4'], notes: null }],
    status: 'active',
    asOf: '2025-12-31',
    summary: 'A faction.',
    sources: ['s0'],
    notes: null,
  } as unknown as Faction;
  const elections = [
    {
      id: 'e2018',
      data: {
        date: '2018-05-12',
        name: '2018',
        totalSeats: 329,
        results: [
          {
            list: 'Fatah',
            arabicName: null,
            seats: 48,
            seatsNote: '47 before the recount',
            pmfLinked: true,
            factions: ['fixture-brigades', 'other'],
            sources: ['s5'],
          },
        ],
        sources: ['s5'],
        notes: null,
      } as Election,
    },
  ];

  it('writes dates as precisely as they are known', () => {
    expect(datedText({ date: '2014-06-01', precision: 'month' })).toBe('June 2014');
    expect(datedText({ date: '2007-01-01', precision: 'year' })).toBe('2007');
    expect(tenureText({ date: '2014-01-01', precision: 'year' }, null)).toBe('since 2014');
    expect(tenureText(null, null)).toBe('');
  });

  it('builds sourced rows and links leaders to their pages', () => {
    const rows = factionFacts(faction, elections, 'fixture-brigades');
    const row = (label: string) => rows.find((r) => r.label === label);
    expect(row('Leaders')?.facts[0]).toEqual({
      text: 'Abu Someone, secretary-general (since 2014)',
      sources: ['s1'],
      href: '/people/someone/',
    });
    expect(row('PMF brigades')?.facts[0]?.text).toBe('45, 46');
    expect(row('Size estimates')?.facts[0]?.text).toBe('1,000–3,000 fighters in 2020, according to An analyst');
    expect(row('Designations')?.facts[0]?.text).toBe('United States: Foreign Terrorist Organization (FTO), 2 July 2009');
    expect(row('Political wing')).toBeUndefined();
    expect(row('Seats won')?.facts[0]?.text).toBe(
      '2018: Fatah, 48 of 329 seats (47 before the recount; a list shared with other factions)',
    );
  });

  it('counts seats of shared lists, says they were shared and gives other counts', () => {
    expect(seatsOf('fixture-brigades', elections)).toEqual([
      { text: '2018: Fatah, 48 of 329 seats (47 before the recount; a list shared with other factions)', sources: ['s5'] },
    ]);
  });

  it('phrases relations from the faction’s side', () => {
    const relations = [
      {
        id: 'r',
        data: {
          from: 'front',
          to: 'fixture-brigades',
          kind: 'front-for',
          start: null,
          end: null,
          statedBy: 'US officials',
          sources: ['s6'],
        } as Relation,
      },
    ];
    const facts = relationFacts('fixture-brigades', relations, { front: 'Front Name' }, (id) => `/factions/${id}/`);
    expect(facts).toEqual([
      { text: 'Front Name: front for this group — according to US officials', sources: ['s6'], href: '/factions/front/' },
    ]);
  });
});

/**
 * Every kind of bad input fails with a message that names the file, the record and the field.
 * Each case is the valid fixture with one mistake; the assertion is on the exact location and on
 * the words a maintainer would need to fix it.
 */
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentError, formatProblem } from '../../src/lib/data/problems.ts';
import { loadValidDataset } from '../../src/lib/data/validate.ts';
import { editRecord, scratchContent, writeRaw } from '../support/fixture-dataset.ts';

type Record_ = Record<string, unknown>;
const ROCKETS = 'events/2019-12-27-fixture-rocket-attack.yaml';
const STRIKES = 'events/2019-12-29-fixture-strikes.yaml';

interface Case {
  kind: string;
  breakIt: (dataDir: string) => void;
  file: string;
  record: string;
  field: string;
  message: RegExp;
}

const actors = (r: Record_) => r.actors as Record_[];
const casualties = (r: Record_) => r.casualties as Record_;

const cases: Case[] = [
  {
    kind: 'a malformed date',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        r.date = '27/12/2019';
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'date',
    message: /must be a date written "yyyy-mm-dd"/,
  },
  {
    kind: 'an impossible date',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        r.date = '2019-02-30';
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'date',
    message: /not a real calendar date/,
  },
  {
    kind: 'an end before the start',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        r.endDate = '2019-12-20';
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'endDate',
    message: /ends \(2019-12-20\) before it starts \(2019-12-27\)/,
  },
  {
    kind: 'a month-precision date not on the 1st',
    breakIt: (d) =>
      editRecord(d, 'events/2019-12-01-fixture-month-event.yaml', (r) => {
        r.date = '2019-12-14';
      }),
    file: 'events/2019-12-01-fixture-month-event.yaml',
    record: '2019-12-01-fixture-month-event',
    field: 'date',
    message: /month-precision date must be the first day/,
  },
  {
    kind: 'an unknown faction id in an event',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        actors(r)[0]!.id = 'no-such-faction';
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'actors[0].id',
    message: /unknown faction, person or organization "no-such-faction"/,
  },
  {
    kind: 'an unknown person id as a leader',
    breakIt: (d) =>
      editRecord(d, 'factions/fixture-brigades.yaml', (r) => {
        (r.leaders as Record_[])[0]!.person = 'nobody';
      }),
    file: 'factions/fixture-brigades.yaml',
    record: 'fixture-brigades',
    field: 'leaders[0].person',
    message: /unknown person "nobody"/,
  },
  {
    kind: 'an unknown source id',
    breakIt: (d) =>
      editRecord(d, STRIKES, (r) => {
        r.sources = ['agency-2019-12-29-strikes', 'missing-source'];
      }),
    file: STRIKES,
    record: '2019-12-29-fixture-strikes',
    field: 'sources[1]',
    message: /unknown source "missing-source"/,
  },
  {
    kind: 'an unknown event id in respondsTo',
    breakIt: (d) =>
      editRecord(d, STRIKES, (r) => {
        r.respondsTo = ['2019-12-01-no-such-event'];
      }),
    file: STRIKES,
    record: '2019-12-29-fixture-strikes',
    field: 'respondsTo[0]',
    message: /unknown event "2019-12-01-no-such-event"/,
  },
  {
    kind: 'a record with no source',
    breakIt: (d) =>
      editRecord(d, STRIKES, (r) => {
        r.sources = [];
      }),
    file: STRIKES,
    record: '2019-12-29-fixture-strikes',
    field: 'sources',
    message: /needs at least one source/,
  },
  {
    kind: 'an actor link with no source',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        delete actors(r)[1]!.sources;
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'actors[1].sources',
    message: /expected array/,
  },
  {
    kind: 'a casualty min above max',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        casualties(r).wounded = { min: 9, max: 6 };
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'casualties.wounded.min',
    message: /min is above max/,
  },
  {
    kind: 'an unknown enum value',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        actors(r)[0]!.attribution = 'suspected';
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'actors[0].attribution',
    message: /expected one of "claimed"\|"attributed"/,
  },
  {
    kind: 'coordinates outside the region',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        (r.place as Record_).lon = -77.03;
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'place.lon',
    message: /outside the region/,
  },
  {
    kind: 'a duplicate id across actor collections',
    breakIt: (d) =>
      writeRaw(
        d,
        'organizations/fixture-brigades.yaml',
        'name: Dup\narabicName: null\nkind: state\nsummary: "Dup."\nsources: [agency-2019-12-29-strikes]\n',
      ),
    file: 'organizations/fixture-brigades.yaml',
    record: 'fixture-brigades',
    field: '',
    message: /duplicate id: "fixture-brigades" is also used in factions/,
  },
  {
    kind: 'a respondsTo cycle',
    breakIt: (d) => {
      editRecord(d, ROCKETS, (r) => {
        r.respondsTo = ['2019-12-27-fixture-copy'];
      });
      writeRaw(
        d,
        'events/2019-12-27-fixture-copy.yaml',
        'date: "2019-12-27"\ndatePrecision: day\nendDate: null\ntitle: "Same-day reply"\nsummary: "A reply."\ntype: rocket-attack\nseverity: 1\nplace: null\ncasualties: null\nrespondsTo: [2019-12-27-fixture-rocket-attack]\nsources: [agency-2019-12-27-rockets]\n',
      );
    },
    file: 'events/2019-12-27-fixture-copy.yaml',
    record: '2019-12-27-fixture-copy',
    field: 'respondsTo',
    message: /respondsTo cycle: 2019-12-27-fixture-copy → 2019-12-27-fixture-rocket-attack → 2019-12-27-fixture-copy/,
  },
  {
    kind: 'a response dated before its cause',
    breakIt: (d) =>
      editRecord(d, 'events/2019-12-01-fixture-month-event.yaml', (r) => {
        r.respondsTo = ['2019-12-29-fixture-strikes'];
      }),
    file: 'events/2019-12-01-fixture-month-event.yaml',
    record: '2019-12-01-fixture-month-event',
    field: 'respondsTo[0]',
    message: /comes after it/,
  },
  {
    kind: 'an attribution that does not say who attributed it',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        actors(r)[0]!.attributedBy = null;
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'actors[0].attributedBy',
    message: /must say who attributed it/,
  },
  {
    kind: 'a misspelt field name',
    breakIt: (d) =>
      editRecord(d, STRIKES, (r) => {
        r.sorces = r.sources;
      }),
    file: STRIKES,
    record: '2019-12-29-fixture-strikes',
    field: '',
    message: /Unrecognized key: "sorces"/,
  },
  {
    kind: 'a severity off the scale',
    breakIt: (d) =>
      editRecord(d, STRIKES, (r) => {
        r.severity = 7;
      }),
    file: STRIKES,
    record: '2019-12-29-fixture-strikes',
    field: 'severity',
    message: /<=4/,
  },
  {
    kind: 'a file name that is not a kebab-case id',
    breakIt: (d) => renameSync(join(d, STRIKES), join(d, 'events/Strikes 29 Dec.yaml')),
    file: 'events/Strikes 29 Dec.yaml',
    record: 'Strikes 29 Dec',
    field: '',
    message: /file name must be a kebab-case id/,
  },
  {
    kind: 'broken YAML',
    breakIt: (d) => writeRaw(d, STRIKES, 'title: "unclosed\nsummary: [\n'),
    file: STRIKES,
    record: '2019-12-29-fixture-strikes',
    field: '',
    message: /is not valid YAML/,
  },
  {
    kind: 'an election whose lists win more seats than exist',
    breakIt: (d) =>
      editRecord(d, 'elections/2018-05-12-fixture-election.yaml', (r) => {
        r.totalSeats = 20;
      }),
    file: 'elections/2018-05-12-fixture-election.yaml',
    record: '2018-05-12-fixture-election',
    field: 'results',
    message: /more seats than the parliament has/,
  },
  {
    kind: 'a relation to an unknown actor',
    breakIt: (d) =>
      editRecord(d, 'relations/fixture-front-front-for-fixture-brigades.yaml', (r) => {
        r.to = 'ghost-group';
      }),
    file: 'relations/fixture-front-front-for-fixture-brigades.yaml',
    record: 'fixture-front-front-for-fixture-brigades',
    field: 'to',
    message: /unknown faction, person or organization "ghost-group"/,
  },
  {
    kind: 'a source with a malformed URL',
    breakIt: (d) =>
      editRecord(d, 'sources/agency-2019-12-29-strikes.yaml', (r) => {
        r.url = 'example dot org';
      }),
    file: 'sources/agency-2019-12-29-strikes.yaml',
    record: 'agency-2019-12-29-strikes',
    field: 'url',
    message: /Invalid URL/,
  },
  {
    kind: 'two sources with the same address',
    breakIt: (d) => {
      const url = (parse(readFileSync(join(d, 'sources/agency-2019-12-27-rockets.yaml'), 'utf8')) as Record_).url;
      editRecord(d, 'sources/agency-2019-12-29-strikes.yaml', (r) => {
        r.url = url;
      });
    },
    file: 'sources/agency-2019-12-29-strikes.yaml',
    record: 'agency-2019-12-29-strikes',
    field: 'url',
    message: /same address as the source "agency-2019-12-27-rockets"/,
  },
  {
    kind: 'a source listed twice for one fact',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        r.sources = [...(r.sources as string[]), ...(r.sources as string[])];
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'sources[1]',
    message: /lists the source "agency-2019-12-27-rockets" twice/,
  },
  {
    kind: 'a glossary term related to an unknown term',
    breakIt: (d) =>
      editRecord(d, 'glossary/fixture-term.yaml', (r) => {
        r.related = ['no-such-term'];
      }),
    file: 'glossary/fixture-term.yaml',
    record: 'fixture-term',
    field: 'related[0]',
    message: /unknown glossary term "no-such-term"/,
  },
  {
    kind: 'a correction of a record that does not exist',
    breakIt: (d) =>
      editRecord(d, 'corrections/2019-12-30-fixture-correction.yaml', (r) => {
        r.record = 'events/2019-12-28-no-such-event';
      }),
    file: 'corrections/2019-12-30-fixture-correction.yaml',
    record: '2019-12-30-fixture-correction',
    field: 'record',
    message: /unknown record "events\/2019-12-28-no-such-event"/,
  },
  {
    kind: 'a release file not named after its version',
    breakIt: (d) =>
      editRecord(d, 'releases/v1-1-0.yaml', (r) => {
        r.version = '1.2.0';
      }),
    file: 'releases/v1-1-0.yaml',
    record: 'v1-1-0',
    field: 'version',
    message: /file must be named v1-2-0\.yaml/,
  },
  {
    kind: 'a later version dated before an earlier one',
    breakIt: (d) =>
      editRecord(d, 'releases/v1-1-0.yaml', (r) => {
        r.date = '2019-12-01';
      }),
    file: 'releases/v1-1-0.yaml',
    record: 'v1-1-0',
    field: 'date',
    message: /earlier than 1\.0\.0 \(2019-12-30\)/,
  },
  {
    kind: 'a release change of an unknown kind',
    breakIt: (d) =>
      editRecord(d, 'releases/v1-0-0.yaml', (r) => {
        (r.changes as Record_[])[0]!.kind = 'improved';
      }),
    file: 'releases/v1-0-0.yaml',
    record: 'v1-0-0',
    field: 'changes[0].kind',
    message: /added|Invalid option/,
  },
  {
    kind: 'placeholder text in a record',
    breakIt: (d) =>
      editRecord(d, ROCKETS, (r) => {
        r.summary = 'TODO: write the summary.';
      }),
    file: ROCKETS,
    record: '2019-12-27-fixture-rocket-attack',
    field: 'summary',
    message: /placeholder text/,
  },
];

describe('bad input fails with file, record and field named', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('accepts the valid fixture', () => {
    const scratch = scratchContent();
    cleanup = scratch.cleanup;
    const dataset = loadValidDataset(scratch.dataDir, scratch.dir);
    expect(dataset.events.map((e) => e.id)).toHaveLength(3);
  });

  it.each(cases)('rejects $kind', ({ breakIt, file, record, field, message }) => {
    const scratch = scratchContent();
    cleanup = scratch.cleanup;
    breakIt(scratch.dataDir);
    let error: unknown;
    try {
      loadValidDataset(scratch.dataDir, scratch.dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    const match = problems.find((p) => p.file === join('data', file) && p.record === record && p.field === field);
    expect(match, `expected a problem at ${file} › ${record} › ${field}; got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
    expect(match?.message).toMatch(message);
    expect((error as Error).message).toContain(`data/${file} › record "${record}"`);
  });

  it('covers at least thirty kinds of mistake in the data (pages, lessons and citations have their own in bad-pages)', () => {
    expect(new Set(cases.map((c) => c.kind)).size).toBeGreaterThanOrEqual(30);
  });
});

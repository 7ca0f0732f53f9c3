/** The relations network's pure parts: data preparation, the year rule, layout geometry and wording. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { relationKinds } from '../../src/lib/data/vocabulary.ts';
import { describeNetwork, relationRows, relationTitle, statusText, yearsText } from '../../src/lib/network/describe.ts';
import { type Box, layoutNetwork, type NetworkGeometry } from '../../src/lib/network/layout.ts';
import { type NetworkInput, prepareNetwork, type RelationEntry } from '../../src/lib/network/model.ts';
import { edgeStyles } from '../../src/lib/network/styles.ts';
import { textWidth, wrapText } from '../../src/lib/network/text.ts';
import { actorShown, relationShown, visibleAt } from '../../src/lib/network/visibility.ts';

const year = (y: number) => ({ date: `${y}-01-01`, precision: 'year' as const });
const month = (y: number, m: number) => ({ date: `${y}-${String(m).padStart(2, '0')}-01`, precision: 'month' as const });

function relation(id: string, data: Partial<RelationEntry['data']> & Pick<RelationEntry['data'], 'from' | 'to' | 'kind'>): RelationEntry {
  return { id, data: { start: null, end: null, statedBy: null, sources: ['src-a'], ...data } };
}

/** A small world: two Iran-aligned factions, a front, a Sadrist unit, an undated tribal unit, their backer and a cleric. */
const input: NetworkInput = {
  factions: [
    { id: 'kh', data: { name: 'Kataib Hezbollah', alignment: 'iran-aligned', founded: month(2007, 4), asOf: '2025-09-17' } },
    { id: 'aah', data: { name: 'Asaib Ahl al-Haq', alignment: 'iran-aligned', founded: year(2006) } },
    { id: 'iri', data: { name: 'Islamic Resistance in Iraq', alignment: 'front-group', founded: month(2023, 10) } },
    { id: 'sas', data: { name: 'Saraya al-Salam', alignment: 'sadrist', founded: year(2014) } },
    { id: 'tribal', data: { name: 'Tribal Mobilization Forces', alignment: 'sunni-tribal', founded: null } },
  ],
  organizations: [
    { id: 'quds', data: { name: 'IRGC Quds Force', kind: 'military' } },
    { id: 'us', data: { name: 'United States', kind: 'state' } },
  ],
  people: [{ id: 'sadr', data: { name: 'Muqtada al-Sadr', roles: [{ faction: null }, { faction: 'sas' }] } }],
  relations: [
    relation('quds-kh', { from: 'quds', to: 'kh', kind: 'patron-of', statedBy: 'US State Department' }),
    relation('quds-aah', { from: 'quds', to: 'aah', kind: 'patron-of', start: year(2006) }),
    relation('iri-kh', { from: 'iri', to: 'kh', kind: 'front-for', start: month(2023, 10), statedBy: 'US State Department' }),
    relation('aah-sadr', { from: 'aah', to: 'sadr', kind: 'split-from', start: year(2006) }),
    relation('sas-aah', { from: 'sas', to: 'aah', kind: 'rival-of' }),
    relation('aah-kh', { from: 'aah', to: 'kh', kind: 'allied-with', start: year(2018), end: year(2020) }),
  ],
  sources: [{ id: 'src-a', data: { title: 'A profile', publisher: 'Some Institute', url: 'https://example.org/a' } }],
};
const data = prepareNetwork(input);

/** True when two boxes share any area. */
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function expectNoOverlaps(g: NetworkGeometry) {
  const boxes = [...g.nodes.map((n) => ({ id: n.id, box: n.box })), ...g.bands.map((b) => ({ id: `band ${b.key}`, box: b.labelBox }))];
  const clashes: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) clashes.push(`${a.id} × ${b.id}`);
  });
  expect(clashes).toEqual([]);
  for (const n of g.nodes) {
    expect(n.box.x0, n.id).toBeGreaterThanOrEqual(0);
    expect(n.box.x1, n.id).toBeLessThanOrEqual(g.width);
    expect(n.box.y1, n.id).toBeLessThanOrEqual(g.height);
  }
}

describe('prepareNetwork', () => {
  it('leaves an organization out of the years before it was founded, and names a bad founding date', () => {
    const founded = {
      ...input,
      organizations: [
        { id: 'quds', data: { name: 'IRGC Quds Force', kind: 'military' as const, founded: month(2014, 6) } },
        ...input.organizations.slice(1),
      ],
    };
    const withFounding = prepareNetwork(founded);
    expect(withFounding.actors.find((a) => a.id === 'quds')?.foundedYear).toBe(2014);
    expect(visibleAt(withFounding, 2010).actors.has('quds')).toBe(false);
    expect(visibleAt(withFounding, 2014).actors.has('quds')).toBe(true);
    const badFounding = {
      ...input,
      organizations: [
        { id: 'quds', data: { name: 'IRGC Quds Force', kind: 'military' as const, founded: { date: '2014', precision: 'year' as const } } },
      ],
    };
    expect(() => prepareNetwork(badFounding)).toThrow('Organization "quds" › founded.date');
  });

  it('keeps every faction, and organizations and people only when a relation names them', () => {
    expect(data.actors.map((a) => a.id)).toEqual(['kh', 'aah', 'iri', 'sas', 'tribal', 'quds', 'sadr']);
    expect(prepareNetwork(input, { unlinkedFactions: false }).actors.map((a) => a.id)).not.toContain('tribal');
  });

  it('puts each actor in the band of its current; a person with the faction they led', () => {
    const band = Object.fromEntries(data.actors.map((a) => [a.id, a.band]));
    expect(band).toEqual({
      kh: 'iran-aligned',
      aah: 'iran-aligned',
      iri: 'fronts',
      sas: 'sadr-najaf',
      tribal: 'state',
      quds: 'outside',
      sadr: 'sadr-najaf',
    });
  });

  it('spans the year control from the earliest dated record to the latest date in the records', () => {
    expect(data.years).toEqual({ first: 2006, last: 2025 });
    expect(prepareNetwork(input, { lastYear: 2026 }).years).toEqual({ first: 2006, last: 2026 });
  });

  it('keeps only the cited sources', () => {
    expect(Object.keys(data.sources)).toEqual(['src-a']);
  });

  it('throws naming the record and field for a relation to an unknown actor', () => {
    const bad = { ...input, relations: [...input.relations, relation('ghost-rel', { from: 'kh', to: 'ghost', kind: 'allied-with' })] };
    expect(() => prepareNetwork(bad)).toThrow('Relation "ghost-rel" › to names the unknown actor "ghost"');
  });

  it('throws naming the record for an unknown source, a bad date, an end before the start and a reused id', () => {
    const withSource = { ...input, relations: [relation('r1', { from: 'kh', to: 'aah', kind: 'allied-with', sources: ['nowhere'] })] };
    expect(() => prepareNetwork(withSource)).toThrow('Relation "r1" › sources[0] names the unknown source "nowhere"');
    const badDate = {
      ...input,
      relations: [relation('r2', { from: 'kh', to: 'aah', kind: 'allied-with', start: { date: '2019', precision: 'year' } })],
    };
    expect(() => prepareNetwork(badDate)).toThrow('Relation "r2" › start.date must be a date written "yyyy-mm-dd"');
    const backwards = {
      ...input,
      relations: [relation('r3', { from: 'kh', to: 'aah', kind: 'allied-with', start: year(2020), end: year(2018) })],
    };
    expect(() => prepareNetwork(backwards)).toThrow('Relation "r3" › end comes before start');
    const reused = { ...input, organizations: [...input.organizations, { id: 'kh', data: { name: 'KH again', kind: 'state' as const } }] };
    expect(() => prepareNetwork(reused)).toThrow('Actor id "kh" is used by both a faction and a organization record');
  });
});

describe('the year rule', () => {
  it('shows an actor from its founding year, and one with no known founding in every year', () => {
    expect(actorShown(2007, 2006)).toBe(false);
    expect(actorShown(2007, 2007)).toBe(true);
    expect(actorShown(null, 1900)).toBe(true);
  });

  it('shows a relation from its start to its end year inclusive, and one with no known start always', () => {
    expect(relationShown(2018, 2020, 2017)).toBe(false);
    expect(relationShown(2018, 2020, 2018)).toBe(true);
    expect(relationShown(2018, 2020, 2020)).toBe(true);
    expect(relationShown(2018, 2020, 2021)).toBe(false);
    expect(relationShown(null, null, 1982)).toBe(true);
  });

  it('hides a relation whose actors do not exist yet, even when its start is not known', () => {
    const in2006 = visibleAt(data, 2006);
    expect([...in2006.actors].sort()).toEqual(['aah', 'quds', 'sadr', 'tribal']);
    // quds → kh has no known start, but Kataib Hezbollah was founded only in 2007.
    expect([...in2006.relations].sort()).toEqual(['aah-sadr', 'quds-aah']);
    expect([...visibleAt(data, 2019).relations].sort()).toEqual(['aah-kh', 'aah-sadr', 'quds-aah', 'quds-kh', 'sas-aah']);
    expect(visibleAt(data, 2025).relations.has('aah-kh')).toBe(false);
    expect(visibleAt(data, 2025).relations.size).toBe(5);
  });
});

describe('text', () => {
  it('wraps names to the width and never splits a word that fits', () => {
    const lines = wrapText('Popular Mobilization Forces (the PMF Commission)', 120, 13);
    expect(lines.join(' ')).toBe('Popular Mobilization Forces (the PMF Commission)');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(lines.length).toBeGreaterThan(1);
    expect(wrapText('Iran', 120, 13)).toEqual(['Iran']);
  });

  it('breaks a word wider than the line at its hyphen, then between letters', () => {
    expect(wrapText('al-Muhammadawi', 60, 13)).toEqual(['al-', 'Muhamm', 'adawi']);
    for (const line of wrapText('Supercalifragilistic', 40, 13)) expect(textWidth(line, 13)).toBeLessThanOrEqual(40);
  });
});

describe('layoutNetwork', () => {
  const wide = layoutNetwork(data, { width: 640 });

  it('gives the same geometry for the same input', () => {
    expect(layoutNetwork(data, { width: 640 })).toEqual(wide);
    expect(layoutNetwork(prepareNetwork(input), { width: 330, fontSize: 12 })).toEqual(layoutNetwork(data, { width: 330, fontSize: 12 }));
  });

  it('stacks the bands top to bottom in order and keeps each actor inside its band', () => {
    expect(wide.bands.map((b) => b.key)).toEqual(['outside', 'iran-aligned', 'fronts', 'sadr-najaf', 'state']);
    for (let i = 1; i < wide.bands.length; i++) expect(wide.bands[i]!.y0).toBeGreaterThan(wide.bands[i - 1]!.y1);
    for (const n of wide.nodes) {
      const band = wide.bands.find((b) => b.key === n.band)!;
      expect(n.box.y0, n.id).toBeGreaterThan(band.labelBox.y1);
      expect(n.box.y1, n.id).toBeLessThanOrEqual(band.y1);
    }
  });

  it('draws no label over another, at either width', () => {
    expectNoOverlaps(wide);
    expectNoOverlaps(layoutNetwork(data, { width: 330, fontSize: 12 }));
  });

  it('wraps a band heading wider than the chart instead of letting it spill', () => {
    const slim = layoutNetwork(data, { width: 200, fontSize: 13 });
    expect(slim.columns).toBe(1);
    expect(slim.bands.find((b) => b.key === 'sadr-najaf')!.labelLines.length).toBeGreaterThan(1);
    for (const b of slim.bands) expect(b.labelBox.x1, b.key).toBeLessThanOrEqual(200 - 8);
    expectNoOverlaps(slim);
  });

  it('chooses columns from the width and keeps each label inside its cell', () => {
    expect(wide.columns).toBe(4);
    expect(layoutNetwork(data, { width: 330, fontSize: 12 }).columns).toBe(2);
    const cell = (640 - 16) / 4;
    for (const n of wide.nodes) expect(n.box.x1, n.id).toBeLessThanOrEqual(8 + (n.column + 1) * cell);
  });

  it('draws every relation from just outside its source to just outside its target', () => {
    const byId = new Map(wide.nodes.map((n) => [n.id, n]));
    expect(wide.edges.map((e) => e.id)).toEqual(data.relations.map((r) => r.id));
    for (const e of wide.edges) {
      const numbers = e.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const [sx, sy, ex, ey] = [numbers[0]!, numbers[1]!, numbers[4]!, numbers[5]!];
      const from = byId.get(e.from)!;
      const to = byId.get(e.to)!;
      expect(Math.hypot(sx - from.x, sy - from.y)).toBeCloseTo(from.r + 2, 0);
      expect(Math.hypot(ex - to.x, ey - to.y)).toBeCloseTo(to.r + 3, 0);
    }
  });

  it('places an actor near the ones it is linked to', () => {
    // The Quds Force backs both Iran-aligned factions; it sits above them, not off to one side.
    const x = Object.fromEntries(wide.nodes.map((n) => [n.id, n.column]));
    expect(Math.min(x.kh!, x.aah!)).toBeLessThanOrEqual(x.quds!);
    expect(Math.max(x.kh!, x.aah!)).toBeGreaterThanOrEqual(x.quds!);
  });

  it('throws on a relation to an actor it was not given, and on a width too small to draw', () => {
    expect(() => layoutNetwork({ actors: data.actors.slice(1), relations: data.relations }, { width: 640 })).toThrow(
      'Network layout › relation "quds-kh" › to names "kh", which is not among the actors',
    );
    expect(() => layoutNetwork(data, { width: 120 })).toThrow('width must be at least 200');
  });
});

describe('styles', () => {
  it('gives every relation kind in the vocabulary its own dash and marker', () => {
    const keys = relationKinds.values.map((kind) => `${edgeStyles[kind].dash}|${edgeStyles[kind].marker.name}`);
    expect(new Set(keys).size).toBe(relationKinds.values.length);
    expect(new Set(relationKinds.values.map((kind) => edgeStyles[kind].marker.d)).size).toBe(relationKinds.values.length);
  });
});

describe('wording', () => {
  it('summarises the network as of a year from the data', () => {
    expect(describeNetwork(data, 2025)).toBe(
      'As of 2025 the network shows 7 actors and 5 relations (1 split from, 1 front for, 2 patron of and 1 rival of). ' +
        'Asaib Ahl al-Haq has the most relations shown (3). ' +
        'Front names are tied to parent factions: Islamic Resistance in Iraq to Kataib Hezbollah. ' +
        '2 relations have no known start date and are shown in every year.',
    );
    expect(describeNetwork(data, 2006)).toBe(
      'As of 2006 the network shows 4 actors and 2 relations (1 split from and 1 patron of). Asaib Ahl al-Haq has the most relations shown (2).',
    );
  });

  it('phrases a front name with who states the link, and an undated relation as "start not known"', () => {
    const names = Object.fromEntries(data.actors.map((a) => [a.id, a.name]));
    const front = data.relations.find((r) => r.id === 'iri-kh')!;
    expect(relationTitle(front, names)).toBe(
      'Islamic Resistance in Iraq → Kataib Hezbollah: front for, per US State Department (since October 2023).',
    );
    expect(yearsText(null, null)).toBe('start not known');
    expect(yearsText(year(2018), year(2020))).toBe('2018 to 2020');
  });

  it('counts what the year shows', () => {
    expect(statusText(2006, { actors: 4, relations: 2 }, { actors: 7, relations: 6 })).toBe('In 2006: 4 of 7 actors and 2 of 6 relations.');
    expect(statusText(2025, { actors: 7, relations: 6 }, { actors: 7, relations: 6 })).toBe('In 2025: all 7 actors and 6 relations.');
  });

  it('lists every relation in the table, grouped by kind in vocabulary order, with its sources', () => {
    const rows = relationRows(data);
    expect(rows.map((r) => r.id)).toEqual(['aah-sadr', 'iri-kh', 'aah-kh', 'quds-aah', 'quds-kh', 'sas-aah']);
    const undated = rows.find((r) => r.id === 'quds-kh')!;
    expect(undated.years).toBe('start not known');
    expect(undated.startKnown).toBe(false);
    expect(undated.statedBy).toBe('US State Department');
    expect(rows.find((r) => r.id === 'sas-aah')!.statedBy).toBe('Undisputed');
    expect(undated.sources).toEqual([{ id: 'src-a', title: 'A profile', publisher: 'Some Institute', url: 'https://example.org/a' }]);
  });
});

describe('the real dataset', () => {
  const root = join(import.meta.dirname, '../../content/data');
  const load = (collection: string) =>
    readdirSync(join(root, collection))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(root, collection, f), 'utf8')) }));
  const real = prepareNetwork({
    factions: load('factions'),
    organizations: load('organizations'),
    people: load('people'),
    relations: load('relations'),
    sources: load('sources'),
  });

  it('lays out without a label collision at the wide and the phone width', () => {
    expectNoOverlaps(layoutNetwork(real, { width: 640, fontSize: 13 }));
    expectNoOverlaps(layoutNetwork(real, { width: 330, fontSize: 12 }));
  });

  it('draws every relation and every actor exactly once', () => {
    const g = layoutNetwork(real, { width: 640, fontSize: 13 });
    expect(g.edges).toHaveLength(real.relations.length);
    expect(new Set(g.nodes.map((n) => n.id)).size).toBe(real.actors.length);
  });
});

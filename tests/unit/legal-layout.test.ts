/** The legal-status chart's pure layer: preparing listings and laws, the swimlane geometry, the words and the table. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { dateText, describeLegal, legalTable, markerTooltip } from '../../src/lib/legal/describe.ts';
import { type LegalGeometry, layoutLegal } from '../../src/lib/legal/layout.ts';
import {
  type ActorRecord,
  type DesignationRecord,
  type EventRecord,
  type LegalInput,
  prepareLegal,
  toLegalActor,
} from '../../src/lib/legal/model.ts';

const listing = (kind: DesignationRecord['kind'], date: string, overrides: Partial<DesignationRecord> = {}): DesignationRecord => ({
  by: 'United States',
  kind,
  date,
  precision: 'day',
  sources: [`src-${kind}-${date}`],
  notes: null,
  ...overrides,
});

const actor = (name: string, designations: DesignationRecord[]): ActorRecord => ({ name, designations });

const law = (date: string, title: string, precision: EventRecord['datePrecision'] = 'day'): EventRecord => ({
  date,
  datePrecision: precision,
  endDate: null,
  title,
  type: 'legislation',
});

const synthetic: LegalInput = prepareLegal({
  factions: [
    { id: 'kh', data: actor('Kataib Hezbollah', [listing('SDGT', '2009-07-02'), listing('FTO', '2009-07-02')]) },
    { id: 'aah', data: actor('Asaib Ahl al-Haq', [listing('FTO', '2020-01-10'), listing('SDGT', '2020-01-03')]) },
    { id: 'badr', data: actor('Badr Organization', []) },
    { id: 'haaa', data: actor('Harakat Ansar Allah al-Awfiya', [listing('SDGT', '2024-06-17'), listing('FTO', '2025-09-17')]) },
  ],
  people: [
    { id: 'qaani', data: actor('Esmail Qaani', [listing('SDN', '2012-01-01', { precision: 'year' })]) },
    {
      id: 'soleimani',
      data: actor('Qasem Soleimani', [listing('other', '2011-05-01', { precision: 'month' }), listing('other', '2011-10-11')]),
    },
  ],
  events: [
    { id: 'pmf-law', data: law('2016-11-26', 'Parliament passes the PMF law') },
    { id: 'bill-pulled', data: law('2025-08-01', 'PMF bill pulled', 'month') },
    { id: 'rockets', data: { date: '2026-01-20', datePrecision: 'day', endDate: null, title: 'Rockets', type: 'rocket-attack' } },
  ],
});

const wide = (input: LegalInput = synthetic) => layoutLegal(input, { width: 640, fontSize: 13 });
const narrow = (input: LegalInput = synthetic) => layoutLegal(input, { width: 360, fontSize: 13 });
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('prepareLegal', () => {
  it('keeps only listed actors, ordered by first listing, and the laws in date order', () => {
    expect(synthetic.actors.map((a) => a.id)).toEqual(['kh', 'soleimani', 'qaani', 'aah', 'haaa']);
    expect(synthetic.actors.find((a) => a.id === 'aah')?.designations.map((d) => d.kind)).toEqual(['SDGT', 'FTO']);
    expect(synthetic.references.map((r) => r.id)).toEqual(['pmf-law', 'bill-pulled']);
    expect(synthetic.dataEnd).toBe('2026-01-20');
  });

  it('gives a coarse date the whole period it stands for', () => {
    const qaani = synthetic.actors.find((a) => a.id === 'qaani')?.designations[0];
    expect([qaani?.start, qaani?.end]).toEqual([utc('2012-01-01'), utc('2013-01-01')]);
    const pulled = synthetic.references[1];
    expect([pulled?.start, pulled?.end]).toEqual([utc('2025-08-01'), utc('2025-09-01')]);
  });

  it('names the record and field of a bad designation', () => {
    expect(() => toLegalActor('kh', 'faction', actor('KH', [listing('FTO', '2009-07-32')]))).toThrow('Faction "kh" › designations[0].date');
    expect(() => toLegalActor('x', 'person', actor('X', [listing('SDN', '2011-05-12', { precision: 'month' })]))).toThrow(
      'Person "x" › designations[0].date "2011-05-12" must be the first day of its month',
    );
    expect(() => toLegalActor('x', 'person', actor('X', [listing('list' as 'FTO', '2011-05-12')]))).toThrow(
      'Person "x" › designations[0].kind',
    );
  });

  it('reads the real collections: the 2016 PMF law, factions and people in first-listing order', () => {
    const { dataset } = loadDataset('content/data');
    const input = prepareLegal({ factions: dataset.factions, people: dataset.people, events: dataset.events });
    expect(input.references.map((r) => r.id)).toContain('2016-11-26-parliament-passes-pmf-law');
    expect(input.actors.every((a) => a.designations.length > 0)).toBe(true);
    const firsts = input.actors.map((a) => a.designations[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    const listed =
      dataset.factions.filter((f) => f.data.designations.length > 0).length +
      dataset.people.filter((p) => p.data.designations.length > 0).length;
    expect(input.actors).toHaveLength(listed);
    const latestEvent = dataset.events
      .map((e) => e.data.endDate ?? e.data.date)
      .sort()
      .at(-1)!;
    expect(input.dataEnd >= latestEvent).toBe(true);
    for (const g of [wide(input), narrow(input)]) expectCleanLanes(g);
  });
});

describe('layoutLegal', () => {
  const g = wide();

  it('runs time left to right from 1 January 2008 to the end of the data', () => {
    expect(g.domain).toEqual([utc('2008-01-01'), utc('2026-01-21')]);
    const xOf = (id: string, index: number) => g.rows.find((r) => r.id === id)!.markers.find((m) => m.index === index)!.x;
    expect(xOf('kh', 0)).toBeLessThan(xOf('soleimani', 0));
    expect(xOf('soleimani', 0)).toBeLessThan(xOf('soleimani', 1));
    expect(xOf('aah', 1)).toBeLessThan(xOf('haaa', 0));
    expect(g.ticks.map((t) => t.x)).toEqual([...g.ticks.map((t) => t.x)].sort((a, b) => a - b));
  });

  it('starts the axis earlier when a listing is older than the start year', () => {
    const early = prepareLegal({ factions: [{ id: 'old', data: actor('Old', [listing('FTO', '2005-03-04')]) }], people: [], events: [] });
    expect(wide(early).domain[0]).toBe(utc('2005-01-01'));
  });

  it('stacks same-day listings instead of drawing one over the other', () => {
    const kh = g.rows.find((r) => r.id === 'kh')!;
    expect(kh.markers[0]!.x).toBe(kh.markers[1]!.x);
    expect(Math.abs(kh.markers[0]!.y - kh.markers[1]!.y)).toBeGreaterThanOrEqual(2 * kh.markers[0]!.r);
  });

  it('draws coarse dates across their period and starts "listed since" at the first listing', () => {
    const qaani = g.rows.find((r) => r.id === 'qaani')!;
    const span = qaani.markers[0]!.span!;
    const perYear = (g.plot.right - g.plot.left) / ((g.domain[1] - g.domain[0]) / (365.25 * 86_400_000));
    expect(span.x1 - span.x0).toBeCloseTo(perYear, 0);
    expect(qaani.sinceX).toBe(span.x0);
    const kh = g.rows.find((r) => r.id === 'kh')!;
    expect(kh.markers[0]!.span).toBeNull();
    expect(kh.sinceX).toBe(Math.min(...kh.markers.map((m) => m.x)));
  });

  it('labels kinds without overlapping marks, other labels or the edges, in both widths', () => {
    for (const geometry of [g, narrow()]) expectCleanLanes(geometry);
    const kh = g.rows.find((r) => r.id === 'kh')!;
    expect(kh.labels.map((l) => l.text)).toEqual(['FTO, SDGT']);
    // A label never sits between two listings: HAAA's two are named together.
    const haaa = narrow().rows.find((r) => r.id === 'haaa')!;
    expect(haaa.labels.map((l) => l.text)).toEqual(['SDGT, FTO']);
  });

  it('names a last listing with no room for its own label together with the one before it', () => {
    const kss = prepareLegal({
      factions: [{ id: 'kss', data: actor('Kataib Sayyid al-Shuhada', [listing('SDGT', '2023-11-17'), listing('FTO', '2025-09-17')]) }],
      people: [],
      events: [{ id: 'rockets', data: { ...law('2026-01-20', 'Rockets'), type: 'rocket-attack' } }],
    });
    const row = wide(kss).rows[0]!;
    expect(row.labels.map((l) => l.text)).toEqual(['SDGT, FTO']);
    expect(row.labels[0]!.left + row.labels[0]!.width).toBeLessThan(Math.min(...row.markers.map((m) => m.x)));
  });

  it('numbers the reference lines in date order with labels that never collide', () => {
    expect(g.references.map((r) => [r.id, r.number])).toEqual([
      ['pmf-law', 1],
      ['bill-pulled', 2],
    ]);
    expect(g.references[1]!.span).not.toBeNull();
    const labelled = layoutLegal(synthetic, { width: 360, referenceLabels: { 'pmf-law': 'PMF law' } });
    expect(labelled.references[0]!.label.text).toBe('1 PMF law');
    for (const a of labelled.references)
      for (const b of labelled.references)
        if (a !== b && a.label.y === b.label.y)
          expect(a.label.left + a.label.width <= b.label.left || b.label.left + b.label.width <= a.label.left).toBe(true);
  });

  it('is deterministic', () => {
    expect(wide()).toEqual(wide());
  });

  it('refuses a listing or a law after the end of the data, naming it', () => {
    const late = { ...synthetic, dataEnd: '2024-01-01' };
    expect(() => wide(late)).toThrow('Faction "haaa" › designations[0].date 2024-06-17 is after the end of the data (2024-01-01)');
    const earlyEnd = { ...synthetic, actors: synthetic.actors.filter((a) => a.id !== 'haaa'), dataEnd: '2024-01-01' };
    expect(() => wide(earlyEnd)).toThrow('Event "bill-pulled" › date 2025-08-01 is after the end of the data (2024-01-01)');
  });
});

/** Rows stack without overlap; every marker sits in its row; labels clear each other, marks and edges. */
function expectCleanLanes(g: LegalGeometry) {
  for (let i = 1; i < g.rows.length; i++) expect(g.rows[i]!.y0).toBeGreaterThanOrEqual(g.rows[i - 1]!.y1);
  for (const row of g.rows) {
    for (const m of row.markers) {
      expect(m.y - m.r).toBeGreaterThan(row.nameY);
      expect(m.y + m.r).toBeLessThanOrEqual(row.y1);
      expect(m.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(m.x).toBeLessThanOrEqual(g.plot.right);
    }
    for (const l of row.labels) {
      expect(l.left).toBeGreaterThanOrEqual(g.plot.left);
      expect(l.left + l.width).toBeLessThanOrEqual(g.plot.right);
      for (const m of row.markers) {
        const reach = m.shape === 'triangle' ? m.r * 1.4 : m.r;
        const [x0, x1] = [Math.min(m.x - reach, m.span?.x0 ?? m.x), Math.max(m.x + reach, m.span?.x1 ?? m.x)];
        expect(l.left + l.width <= x0 || l.left >= x1).toBe(true);
      }
      for (const other of row.labels)
        if (other !== l) expect(l.left + l.width <= other.left || other.left + other.width <= l.left).toBe(true);
    }
  }
}

describe('describeLegal', () => {
  it('counts factions and people per listing body and names the first and latest listings', () => {
    const text = describeLegal(synthetic);
    expect(text).toContain('3 factions and 2 people in our data are on United States terrorism or sanctions lists.');
    expect(text).toContain(
      'The first listing shown is of Kataib Hezbollah, on 2 July 2009 (Foreign Terrorist Organization and Specially Designated Global Terrorist)',
    );
    expect(describeLegal({ ...synthetic, actors: synthetic.actors.filter((a) => a.id === 'qaani') })).toContain(
      'The first listing shown is of Esmail Qaani, in 2012 (sanctions on the SDN list); the latest is of Esmail Qaani, in 2012',
    );
    expect(text).toContain('the latest is of Harakat Ansar Allah al-Awfiya, on 17 September 2025 (Foreign Terrorist Organization).');
    expect(text).toContain('In all, 9 listings: 3 FTO, 3 SDGT, 1 SDN and 2 other.');
    expect(text).toContain('2 listings are known only to the month or year.');
    expect(text).toContain('Numbered lines mark 2 laws, decrees and parliamentary votes, from 26 November 2016 to August 2025.');
  });

  it('gives each listing body its own count', () => {
    const input = prepareLegal({
      factions: [{ id: 'a', data: actor('A', [listing('FTO', '2019-01-01'), listing('other', '2020-02-02', { by: 'United Kingdom' })]) }],
      people: [],
      events: [],
    });
    const text = describeLegal(input);
    expect(text).toContain('1 faction in our data is on United States terrorism or sanctions lists.');
    expect(text).toContain('1 faction in our data is on United Kingdom terrorism or sanctions lists.');
  });

  it('says so when nobody is listed', () => {
    expect(describeLegal({ actors: [], references: [], dataEnd: '2026-01-01' })).toBe(
      'No faction or person in our data has a recorded designation.',
    );
  });
});

describe('dates and table', () => {
  it('writes dates at their precision and says what is not known', () => {
    expect(dateText('2011-05-01', 'month')).toBe('May 2011 (day not known)');
    expect(dateText('2012-01-01', 'year')).toBe('2012 (month and day not known)');
    expect(dateText('2009-07-02', 'day')).toBe('2 July 2009');
  });

  it('lists every listing per actor in chart order, with kind names from the vocabulary', () => {
    const table = legalTable(synthetic);
    expect(table.map((g) => g.id)).toEqual(synthetic.actors.map((a) => a.id));
    expect(table.reduce((n, g) => n + g.rows.length, 0)).toBe(9);
    const soleimani = table.find((g) => g.id === 'soleimani')!;
    expect(soleimani.rows[0]).toMatchObject({ kindName: 'Other designation', dateText: 'May 2011 (day not known)', by: 'United States' });
    expect(table[0]!.rows.map((r) => r.kindName)).toEqual([
      'Foreign Terrorist Organization (FTO)',
      'Specially Designated Global Terrorist (SDGT)',
    ]);
  });

  it('writes a tooltip for each marker', () => {
    expect(markerTooltip(synthetic.actors[0]!, 0)).toBe('Kataib Hezbollah: Foreign Terrorist Organization (United States), 2 July 2009');
    expect(() => markerTooltip(synthetic.actors[0]!, 5)).toThrow('"kh" has no designation 5');
  });
});

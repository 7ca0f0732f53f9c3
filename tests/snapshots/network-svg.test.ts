/** The relations network as drawn at build time, from a small synthetic dataset, at both widths. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import RelationsNetwork from '../../src/components/charts/network/RelationsNetwork.astro';
import { describeNetwork } from '../../src/lib/network/describe.ts';
import { type NetworkInput, prepareNetwork } from '../../src/lib/network/model.ts';
import { normalizeSvg } from '../support/normalize-svg.ts';

const year = (y: number) => ({ date: `${y}-01-01`, precision: 'year' as const });
const sources = ['src-a'];
const input: NetworkInput = {
  factions: [
    { id: 'kh', data: { name: 'Kataib Hezbollah', alignment: 'iran-aligned', founded: { date: '2007-04-01', precision: 'month' } } },
    { id: 'aah', data: { name: 'Asaib Ahl al-Haq', alignment: 'iran-aligned', founded: year(2006) } },
    {
      id: 'iri',
      data: { name: 'Islamic Resistance in Iraq', alignment: 'front-group', founded: { date: '2023-10-01', precision: 'month' } },
    },
    { id: 'sas', data: { name: 'Saraya al-Salam', alignment: 'sadrist', founded: year(2014) } },
    { id: 'tribal', data: { name: 'Tribal Mobilization Forces', alignment: 'sunni-tribal', founded: null, asOf: '2025-06-01' } },
  ],
  organizations: [{ id: 'quds', data: { name: 'IRGC Quds Force', kind: 'military' } }],
  people: [{ id: 'sadr', data: { name: 'Muqtada al-Sadr', roles: [{ faction: 'sas' }] } }],
  relations: [
    {
      id: 'quds-kh',
      data: { from: 'quds', to: 'kh', kind: 'patron-of', start: null, end: null, statedBy: 'US State Department', sources },
    },
    { id: 'quds-aah', data: { from: 'quds', to: 'aah', kind: 'patron-of', start: year(2006), end: null, statedBy: null, sources } },
    {
      id: 'iri-kh',
      data: {
        from: 'iri',
        to: 'kh',
        kind: 'front-for',
        start: { date: '2023-10-01', precision: 'month' },
        end: null,
        statedBy: 'US State Department',
        sources,
      },
    },
    {
      id: 'aah-sadr',
      data: {
        from: 'aah',
        to: 'sadr',
        kind: 'split-from',
        start: year(2006),
        end: null,
        statedBy: null,
        sources,
        notes: 'Broke away from the Mahdi Army.',
      },
    },
    { id: 'sas-aah', data: { from: 'sas', to: 'aah', kind: 'rival-of', start: null, end: null, statedBy: 'Analysts', sources } },
    { id: 'aah-kh', data: { from: 'aah', to: 'kh', kind: 'allied-with', start: year(2018), end: year(2020), statedBy: null, sources } },
  ],
  sources: [{ id: 'src-a', data: { title: 'A profile', publisher: 'Some Institute', url: 'https://example.org/a' } }],
};
const data = prepareNetwork(input);
const hrefs = {
  kh: '/factions/kh/',
  aah: '/factions/aah/',
  iri: '/factions/iri/',
  sas: '/factions/sas/',
  tribal: '/factions/tribal/',
  sadr: '/people/sadr/',
  quds: null,
};

async function render(props: Record<string, unknown> = {}) {
  const container = await AstroContainer.create();
  return container.renderToString(RelationsNetwork, { props: { data, hrefs, id: 'net', title: 'Test network', ...props } });
}

/** The <svg> of one layout variant, normalised for a stable snapshot. */
function svgOf(html: string, variant: 'wide' | 'narrow'): string {
  const match = new RegExp(`<svg class="network-svg network-${variant}"[\\s\\S]*?</svg>`).exec(html);
  if (!match) throw new Error(`no ${variant} svg in the rendered network`);
  return normalizeSvg(match[0]);
}

describe('relations network SVG', () => {
  let html = '';
  beforeAll(async () => {
    html = await render();
  });

  for (const variant of ['wide', 'narrow'] as const) {
    it(`draws the ${variant} layout`, async () => {
      await expect(svgOf(html, variant)).toMatchFileSnapshot(`./__snapshots__/network-${variant}.svg`);
    });
  }

  it('names the picture and describes it from the data', () => {
    const svg = svgOf(html, 'wide');
    expect(svg).toContain('aria-labelledby="net-wide-title"');
    expect(svg).toContain('aria-describedby="net-wide-desc"');
    expect(svg).toContain('<title id="net-wide-title">Test network</title>');
    expect(svg).toContain(`<desc id="net-wide-desc">${describeNetwork(data, 2025)}</desc>`);
    expect(html).toContain('<figcaption>');
  });

  it('makes actors with a page focusable links with a name, and the rest plain groups', () => {
    const svg = svgOf(html, 'wide');
    expect(svg).toMatch(
      /<a href="\/factions\/kh\/" aria-label="Kataib Hezbollah" class="node kind-faction align-iran-aligned" data-node="kh"/,
    );
    expect(svg).toMatch(/<a href="\/people\/sadr\/" aria-label="Muqtada al-Sadr" class="node kind-person align-none" data-node="sadr"/);
    expect(svg).toMatch(/<g class="node kind-organization align-none" data-node="quds"/);
    expect(svg).toContain('class="node kind-faction align-sunni-tribal founded-unknown"');
  });

  it('titles each front-name edge with who states the link', () => {
    expect(svgOf(html, 'wide')).toContain(
      '<title>Islamic Resistance in Iraq → Kataib Hezbollah: front for, per US State Department (since October 2023).</title>',
    );
  });

  it('draws the latest year by default: an ended relation is out, everything else in', () => {
    const svg = svgOf(html, 'wide');
    expect(svg).toMatch(/data-edge="aah-kh"[^>]*data-out/);
    expect(svg.match(/data-out/g)).toHaveLength(1);
    expect(html).toContain('In 2025: 7 of 7 actors and 5 of 6 relations.');
  });

  it('draws an earlier year when asked, hiding what did not exist yet', async () => {
    const svg = svgOf(await render({ year: 2010 }), 'wide');
    for (const id of ['iri', 'sas']) expect(svg).toMatch(new RegExp(`data-node="${id}"[^>]*data-out`));
    expect(svg).toMatch(/data-node="tribal"(?![^>]*data-out)/);
    for (const id of ['iri-kh', 'sas-aah', 'aah-kh']) expect(svg).toMatch(new RegExp(`data-edge="${id}"[^>]*data-out`));
    await expect(render({ year: 1990 })).rejects.toThrow(`RelationsNetwork "net" › year 1990 is outside the data's span 2006–2025`);
  });

  it('keys every relation kind and actor shape in an HTML legend', () => {
    for (const label of ['Split from', 'Front for', 'Allied with', 'Patron of', 'Merged into', 'Rival of']) {
      expect(html).toContain(`<strong>${label}</strong>`);
    }
    expect(html).toContain('(none recorded)');
    expect(html).toContain('Dashed outline: founding date not known');
  });

  it('gives a complete table of relations in a details element, with years, who states them and sources', () => {
    expect(html).toMatch(
      /<details class="network-table-fold">\s*<summary>Table of the 6 relations, with their years, who states them and their sources<\/summary>/,
    );
    expect(html).toContain('<caption>Every relation in the dataset, grouped by kind.');
    expect(html.match(/<th scope="row">/g)).toHaveLength(6);
    expect(html.match(/<th scope="col">/g)).toHaveLength(5);
    const row = (id: string) => new RegExp(`<tr data-relation="${id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
    expect(row('quds-kh')).toContain('start not known');
    expect(row('quds-kh')).toContain('IRGC Quds Force → <a href="/factions/kh/">Kataib Hezbollah</a>');
    expect(row('iri-kh')).toContain('<td>US State Department</td>');
    expect(row('aah-kh')).toContain('2018 to 2020');
    expect(row('aah-sadr')).toContain('Broke away from the Mahdi Army.');
    expect(row('aah-sadr')).toContain('Some Institute: <a href="https://example.org/a">A profile</a>');
    expect(html).toContain('6 records citing 1 source from 1 publisher');
  });

  it('renders its controls hidden, for the enhancement to reveal', () => {
    expect(html).toMatch(/<div class="network-controls" data-controls hidden>/);
    expect(html).toMatch(/<input type="range" id="net-year" min="2006" max="2025" step="1" value="2025" data-year-input/);
    expect(html).toContain('aria-live="polite"');
  });
});

/** The legal-status chart as drawn at build time, from synthetic listings and laws. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import LegalStatus from '../../src/components/charts/legal/LegalStatus.astro';
import { prepareLegal } from '../../src/lib/legal/model.ts';
import { normalizeSvg } from '../support/normalize-svg.ts';

const input = prepareLegal({
  factions: [
    {
      id: 'kh',
      data: {
        name: 'Kataib Hezbollah',
        designations: [
          {
            by: 'United States',
            kind: 'FTO',
            date: '2009-07-02',
            precision: 'day',
            sources: ['state-2009'],
            notes: 'Designated with its leader.',
          },
          { by: 'United States', kind: 'SDGT', date: '2009-07-02', precision: 'day', sources: ['state-2009'] },
        ],
      },
    },
    { id: 'badr', data: { name: 'Badr Organization', designations: [] } },
  ],
  people: [
    {
      id: 'qaani',
      data: {
        name: 'Esmail Qaani',
        designations: [{ by: 'United States', kind: 'SDN', date: '2012-01-01', precision: 'year', sources: ['news-a'], notes: null }],
      },
    },
  ],
  events: [
    {
      id: 'pmf-law',
      data: { date: '2016-11-26', datePrecision: 'day', endDate: null, title: 'Parliament passes the PMF law', type: 'legislation' },
    },
    { id: 'bill', data: { date: '2025-08-01', datePrecision: 'month', endDate: null, title: 'PMF bill pulled', type: 'legislation' } },
  ],
});

async function render() {
  const container = await AstroContainer.create();
  const html = await container.renderToString(LegalStatus, {
    props: {
      id: 'legal-test',
      input,
      hrefs: { kh: '/factions/kh/', qaani: null },
      referenceLabels: { 'pmf-law': 'PMF law' },
      sourceLabels: { 'state-2009': 'US State Department, 2009' },
    },
  });
  return normalizeSvg(html);
}

const drawing = (html: string, variant: string) => {
  const match = html.match(new RegExp(`<svg class="legal-svg legal-${variant} drawing-${variant}"[\\s\\S]*?</svg>\\n`));
  if (!match) throw new Error(`no ${variant} drawing`);
  return match[0];
};

describe('legal-status chart', () => {
  it('draws the wide and the narrow swimlanes', async () => {
    const html = await render();
    await expect(drawing(html, 'wide')).toMatchFileSnapshot('./__snapshots__/legal-wide.svg');
    await expect(drawing(html, 'narrow')).toMatchFileSnapshot('./__snapshots__/legal-narrow.svg');
  });

  it('gives each drawing a title and a computed description', async () => {
    const html = await render();
    expect(html).toContain('role="group" aria-labelledby="legal-test-wide-title" aria-describedby="legal-test-wide-desc"');
    expect(html).toContain('1 faction and 1 person in our data are on United States terrorism or sanctions lists.');
    expect(html).toContain('1 listing is known only to the month or year.');
  });

  it('links listed actors that have a page, and only those', async () => {
    const svg = drawing(await render(), 'wide');
    expect(svg).toContain('<a href="/factions/kh/">');
    expect(svg).not.toContain('href="null"');
    expect(svg).not.toContain('Badr Organization');
    expect(svg).toContain('1 PMF law');
  });

  it('carries a complete table with honest dates, notes and source labels', async () => {
    const html = await render();
    expect(html.match(/<th scope="col"/g)).toHaveLength(6);
    expect(html.match(/<th scope="rowgroup"/g)).toHaveLength(2);
    expect(html).toContain('<time datetime="2012-01-01">2012 (month and day not known)</time>');
    expect(html).toContain('<time datetime="2009-07-02">2 July 2009</time>');
    expect(html).toContain('Designated with its leader.');
    expect(html).toContain('US State Department, 2009');
    expect(html).toContain('<li data-source="news-a">news-a</li>');
    expect(html).toMatch(/<summary>\s*Table of the 3 listings of 2 factions and people/);
  });

  it('keys the kinds shown, the coarse-date bar and each numbered law', async () => {
    const html = await render();
    expect(html).toContain('Foreign Terrorist Organization (FTO)');
    expect(html).toContain('Sanctions (SDN list)');
    expect(html).not.toContain('Other designation');
    expect(html).toContain('known only to the month or year');
    expect(html).toMatch(/<ol class="legal-references">[\s\S]*Parliament passes the PMF law[\s\S]*August 2025[\s\S]*PMF bill pulled/);
    expect(html).not.toMatch(/#[0-9a-f]{3,6}\b(?![-\w])/i);
  });
});

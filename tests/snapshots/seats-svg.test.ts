/** The seats chart as drawn at build time, from two synthetic elections. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SeatsChart from '../../src/components/charts/seats/SeatsChart.astro';
import { prepareSeats } from '../../src/lib/seats/model.ts';
import { normalizeSvg } from '../support/normalize-svg.ts';

const elections = prepareSeats(
  [
    {
      id: 'e2018',
      data: {
        date: '2018-05-12',
        name: '2018 parliamentary election',
        totalSeats: 329,
        results: [
          { list: 'Sairoun', seats: 54, pmfLinked: false, factions: [], sources: ['wire-a'] },
          {
            list: 'Fatah Alliance',
            arabicName: 'ائتلاف الفتح',
            seats: 48,
            pmfLinked: true,
            factions: ['badr'],
            sources: ['wire-a', 'wire-b'],
          },
          { list: 'Babylon Movement', seats: 2, pmfLinked: true, factions: ['babylon'], sources: ['wire-c'] },
        ],
        sources: ['wire-a'],
        notes: 'Final figures after the recount.',
      },
    },
    {
      id: 'e2021',
      data: {
        date: '2021-10-10',
        name: '2021 parliamentary election',
        totalSeats: 329,
        results: [
          { list: 'Sadrist bloc', seats: 73, pmfLinked: false, factions: [], sources: ['wire-d'] },
          { list: 'Fatah Alliance', seats: 17, pmfLinked: true, factions: ['badr'], sources: ['wire-d'] },
          { list: 'Huquq Movement', seats: 1, pmfLinked: true, factions: [], sources: ['wire-d'] },
        ],
        sources: ['wire-d'],
        notes: null,
      },
    },
  ],
  { badr: 'Badr Organization', babylon: 'Babylon Brigades' },
);

async function render() {
  const container = await AstroContainer.create();
  const html = await container.renderToString(SeatsChart, {
    props: { id: 'seats-test', elections, sourceLabels: { 'wire-a': 'Wire A, 19 May 2018' } },
  });
  return normalizeSvg(html);
}

const drawing = (html: string, variant: string) => {
  const match = html.match(new RegExp(`<svg class="seats-svg seats-${variant} drawing-${variant}"[\\s\\S]*?</svg>\\n`));
  if (!match) throw new Error(`no ${variant} drawing`);
  return match[0];
};

describe('seats chart', () => {
  it('draws the wide and the narrow bars', async () => {
    const html = await render();
    await expect(drawing(html, 'wide')).toMatchFileSnapshot('./__snapshots__/seats-wide.svg');
    await expect(drawing(html, 'narrow')).toMatchFileSnapshot('./__snapshots__/seats-narrow.svg');
  });

  it('gives each drawing a title and a computed description', async () => {
    const html = await render();
    expect(html).toContain('aria-labelledby="seats-test-wide-title seats-test-wide-desc"');
    expect(html).toContain('<title id="seats-test-narrow-title">Seats won by PMF-linked lists in parliamentary elections</title>');
    expect(html).toContain('won 50 of 329 in 2018 and 18 in 2021');
    expect(html).toContain('Fatah 48');
    expect(html.match(/class="seats-svg /g)).toHaveLength(2);
  });

  it('carries a complete table with headers, shares, faction names and source labels', async () => {
    const html = await render();
    expect(html).toContain('<caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(7);
    expect(html.match(/<th scope="rowgroup"/g)).toHaveLength(2);
    // Three lists plus the unassigned seats in each election.
    expect(html.match(/<th scope="row">/g)).toHaveLength(8);
    expect(html).toContain('14.6%');
    expect(html).toContain('Badr Organization');
    expect(html).toContain('Wire A, 19 May 2018');
    expect(html).toContain('<li data-source="wire-b">wire-b</li>');
    expect(html).toContain('Not assigned to a list in our data');
    expect(html).toContain('Final figures after the recount.');
    expect(html).toMatch(/<summary>\s*Table of the seats won by each list in these 2 elections/);
  });

  it('keys every PMF-linked list in the legend and uses no literal colours', async () => {
    const html = await render();
    expect(html).toMatch(/Fatah Alliance \(PMF-linked\)/);
    expect(html).toMatch(/Huquq Movement \(PMF-linked\)/);
    expect(html).not.toMatch(/#[0-9a-f]{3,6}\b(?![-\w])/i);
  });
});

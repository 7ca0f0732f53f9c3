/** The monthly tempo chart as drawn at build time, from a small synthetic dataset. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import MonthlyTempo from '../../src/components/charts/tempo/MonthlyTempo.astro';
import type { TempoData, TempoEvent } from '../../src/lib/tempo/model.ts';
import { normalizeSvg } from '../support/normalize-svg.ts';

const ev = (id: string, date: string, extra: Partial<TempoEvent> = {}): TempoEvent => ({
  id,
  date,
  precision: 'day',
  group: 'attacks',
  violent: true,
  killed: { min: 0, max: 0 },
  ...extra,
});

const data: TempoData = {
  events: [
    ev('a1', '2019-11-08'),
    ev('a2', '2019-12-27', { killed: { min: 1, max: 1 } }),
    ev('s1', '2019-12-29', { group: 'strikes', killed: { min: 24, max: 25 } }),
    ev('a3', '2020-01-08', { killed: null }),
    ev('p1', '2020-01-05', { group: 'politics', violent: false, killed: null }),
    ev('m1', '2020-03-01', { precision: 'month', group: 'streets', killed: { min: 2, max: 4 } }),
    ev('y1', '2020-01-01', { precision: 'year', group: 'war', killed: null }),
  ],
  citation: {
    records: 7,
    sources: 9,
    publishers: [
      { name: 'Reuters', count: 5 },
      { name: 'CNN', count: 4 },
    ],
  },
};

async function render() {
  const container = await AstroContainer.create();
  return container.renderToString(MonthlyTempo, { props: { data, id: 'tempo-test', title: 'Test tempo' } });
}

const svgs = (html: string) => html.match(/<svg class="tempo-svg[\s\S]*?<\/svg>/g) ?? [];

describe('tempo chart', () => {
  it('draws the wide and the narrow chart', async () => {
    const [wide, narrow] = svgs(await render());
    await expect(normalizeSvg(wide ?? '')).toMatchFileSnapshot('./__snapshots__/tempo-wide.svg');
    await expect(normalizeSvg(narrow ?? '')).toMatchFileSnapshot('./__snapshots__/tempo-narrow.svg');
  });

  it('labels each drawing with a title and a description computed from the data', async () => {
    const html = await render();
    expect(svgs(html)).toHaveLength(2);
    expect(html).toContain('aria-labelledby="tempo-test-wide-title tempo-test-wide-desc"');
    expect(html).toContain('<title id="tempo-test-wide-title">Test tempo: events per month</title>');
    expect(html).toMatch(
      /<desc id="tempo-test-wide-desc">6 events dated to the day or month, from November 2019 to March 2020, counted per month\. The busiest month was December 2019 with 2 events/,
    );
    expect(html).toContain('1 event dated only to the year is not shown');
    expect(html).toContain('<figcaption>');
  });

  it('gives a complete table, a source line and hidden pick controls', async () => {
    const html = await render();
    const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
    expect(body.match(/<tr /g)).toHaveLength(4);
    expect(body).toMatch(/<th scope="row">\s*January 2020/);
    expect(body).toContain('not known (1 violent event without a figure)');
    expect(html).toMatch(/<summary>Table of the events per month/);
    expect(html).toMatch(/<th scope="col"[^>]*>All events<\/th>/);
    expect(html).toMatch(/Source: computed from 7 event records .* which cite 9 sources, most often Reuters and CNN\./s);
    expect(html).toMatch(/<div class="chart-picks" data-pick hidden>/);
    expect(html.match(/<button type="button" data-from="\d+" data-to="\d+" aria-pressed="false">20(19|20)<\/button>/g)).toHaveLength(2);
    expect(html).not.toMatch(/#[0-9a-f]{6}\b/i);
  });
});

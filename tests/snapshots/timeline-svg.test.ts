/** The timeline as drawn at build time, from a small synthetic dataset, in each view. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TimelineSvg from '../../src/components/charts/timeline/TimelineSvg.astro';
import { type LaneMode, layoutTimeline } from '../../src/lib/timeline/layout.ts';
import { normalizeSvg } from '../support/normalize-svg.ts';
import { makeEvent, sample } from '../support/timeline-events.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const events = [
  sample.rockets({ killed: { min: 1, max: 1 } }),
  sample.strikes(),
  sample.siege({ ledger: 'claimed', perpetrators: ['kh'] }),
  sample.protests(),
  makeEvent({ id: 'rockets', date: '2019-12-11', severity: 1, ledger: 'unattributed' }),
  makeEvent({ id: 'vote', date: '2020-01-05', type: 'legislation', group: 'politics', severity: 0, ledger: 'none' }),
];

async function render(mode: LaneMode) {
  const geometry = layoutTimeline(events, {
    width: 600,
    domain: [utc('2019-09-01'), utc('2020-02-01')],
    mode,
    actorNames: { kh: 'Kataib Hezbollah', us: 'United States' },
    annotations: [{ event: 'strikes', label: 'US strikes' }],
  });
  const container = await AstroContainer.create();
  const html = await container.renderToString(TimelineSvg, {
    props: {
      geometry,
      titleId: 't',
      descId: 'd',
      title: 'Test timeline',
      description: 'Six events.',
      tooltips: new Map(events.map((e) => [e.id, e.title])),
    },
  });
  return normalizeSvg(html);
}

describe('timeline SVG', () => {
  for (const mode of ['type', 'actor', 'ladder'] as const) {
    it(`draws the ${mode} view`, async () => {
      await expect(await render(mode)).toMatchFileSnapshot(`./__snapshots__/timeline-${mode}.svg`);
    });
  }

  it('gives the picture a title and description and each mark a tooltip', async () => {
    const svg = await render('type');
    expect(svg).toContain('aria-labelledby="t d"');
    expect(svg.match(/<g class="mark /g)).toHaveLength(events.length);
    expect(svg).toContain('<title>k1</title>');
  });
});

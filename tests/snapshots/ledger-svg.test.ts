/** The claims ledger as drawn at build time, from synthetic attacks. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ClaimsLedger from '../../src/components/charts/ledger/ClaimsLedger.astro';
import type { LedgerAttack, LedgerData } from '../../src/lib/ledger/model.ts';
import { normalizeSvg } from '../support/normalize-svg.ts';

const attack = (
  id: string,
  date: string,
  status: LedgerAttack['status'],
  attributions: LedgerAttack['attributions'] = [],
): LedgerAttack => ({
  id,
  date,
  precision: 'day',
  status,
  attributions,
});

const data: LedgerData = {
  attacks: [
    attack('basra', '2018-09-08', 'attributed', [{ by: 'The White House', actor: 'Iran' }]),
    attack('taji', '2019-06-17', 'unattributed'),
    attack('balad', '2019-06-15', 'denied'),
    attack('k1', '2019-12-27', 'attributed', [{ by: 'US Department of Defense', actor: 'Kataib Hezbollah' }]),
    attack('taji-2', '2020-03-11', 'claimed', [{ by: 'US Central Command', actor: 'Kataib Hezbollah' }]),
    attack('tower-22', '2024-01-28', 'claimed'),
  ],
  coverageEnd: '2025-12-31',
  subject: 'attacks on US and allied sites',
  citation: { records: 6, sources: 11, publishers: [{ name: 'Reuters', count: 6 }] },
};

async function render() {
  const container = await AstroContainer.create();
  return container.renderToString(ClaimsLedger, { props: { data, id: 'ledger-test', title: 'Test ledger' } });
}

const svgs = (html: string) => html.match(/<svg class="ledger-svg[\s\S]*?<\/svg>/g) ?? [];

describe('claims ledger', () => {
  it('draws the wide and the narrow chart', async () => {
    const [wide, narrow] = svgs(await render());
    await expect(normalizeSvg(wide ?? '')).toMatchFileSnapshot('./__snapshots__/ledger-wide.svg');
    await expect(normalizeSvg(narrow ?? '')).toMatchFileSnapshot('./__snapshots__/ledger-narrow.svg');
  });

  it('labels each drawing with a title and a description of the pattern', async () => {
    const html = await render();
    expect(svgs(html)).toHaveLength(2);
    expect(html).toContain('aria-labelledby="ledger-test-wide-title ledger-test-wide-desc"');
    expect(html).toContain('<desc id="ledger-test-wide-desc">6 attacks in 7 periods: 2 claimed, 2 attributed, 1 denied, 1 unattributed.');
    expect(html).toContain('Highest share claimed: 9 January – 31 December 2020 (1 of 1); October 2023 – February 2024 (1 of 1).');
    // Every textured status has its pattern, referenced by the drawings and the key.
    for (const status of ['attributed', 'denied', 'unattributed']) {
      expect(html).toContain(`<pattern id="ledger-test-tex-${status}"`);
      expect(html).toContain(`fill="url(#ledger-test-tex-${status})"`);
    }
  });

  it('gives a complete table with the attributions verbatim, a source line and hidden period buttons', async () => {
    const html = await render();
    const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
    expect(body.match(/<tr /g)).toHaveLength(7);
    expect(body).toContain('US Department of Defense: Kataib Hezbollah (1 attack)');
    expect(body).toContain('US Central Command: Kataib Hezbollah (1 attack)');
    expect(html).toMatch(/<th scope="col" class="num">Unattributed<\/th>/);
    expect(html).not.toMatch(/<th scope="col" class="num">Confirmed<\/th>/);
    expect(html).toMatch(/<summary>Table of the attacks per period/);
    expect(html).toMatch(/Source: computed from 6 attack records .* which cite 11 sources, most often Reuters\./s);
    expect(html).toMatch(/<div class="chart-picks" data-pick hidden>/);
    expect(html.match(/<button type="button" data-from="\d+" data-to="\d+" data-key="[\w-]+" aria-pressed="false">/g)).toHaveLength(7);
    expect(html).not.toMatch(/#[0-9a-f]{6}\b/i);
  });
});

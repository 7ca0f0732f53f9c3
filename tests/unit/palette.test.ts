/** The palette documented in src/styles/tokens.css meets WCAG contrast in both themes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, themeTokens } from '../support/contrast.ts';

const tokens = themeTokens(readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8'));
const themes = ['light', 'dark'] as const;
const names = (prefix: string) => [...tokens.keys()].filter((n) => n.startsWith(prefix));
const value = (name: string, theme: (typeof themes)[number]) => {
  const token = tokens.get(name);
  if (!token) throw new Error(`tokens.css has no --${name}`);
  return token[theme];
};

describe('chart and text palette', () => {
  it('defines eight categorical colours and a five-step ramp', () => {
    expect(names('cat-')).toHaveLength(8);
    expect(names('seq-')).toHaveLength(5);
  });

  for (const theme of themes) {
    it.each(names('cat-'))(`--%s has 3:1 against page and surface in ${theme}`, (name) => {
      expect(contrastRatio(value(name, theme), value('bg', theme))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(value(name, theme), value('surface', theme))).toBeGreaterThanOrEqual(3);
    });

    it.each(names('seq-'))(`--%s has 3:1 against the page in ${theme}`, (name) => {
      expect(contrastRatio(value(name, theme), value('bg', theme))).toBeGreaterThanOrEqual(3);
    });

    it.each(['text', 'muted', 'link', 'link-visited'])(`--%s is readable text (4.5:1) in ${theme}`, (name) => {
      expect(contrastRatio(value(name, theme), value('bg', theme))).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(value(name, theme), value('surface', theme))).toBeGreaterThanOrEqual(4.5);
    });

    it(`--border and --focus stand out (3:1) in ${theme}`, () => {
      expect(contrastRatio(value('border', theme), value('bg', theme))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(value('focus', theme), value('bg', theme))).toBeGreaterThanOrEqual(3);
    });
  }

  it('keeps the ramp ordered from weak to strong in each theme', () => {
    for (const theme of themes) {
      const ratios = names('seq-').map((n) => contrastRatio(value(n, theme), value('bg', theme)));
      expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
    }
  });
});

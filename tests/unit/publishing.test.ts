/** Versions, link previews, structured data and base paths: the pure parts of publishing the site. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import packageJson from '../../package.json' with { type: 'json' };
import { prefixRootLinks } from '../../src/integrations/base-links.ts';
import { clip, readCard } from '../../src/integrations/share-images.ts';
import { compareVersions, releaseId } from '../../src/lib/data/schemas/releases.ts';
import { normaliseBasePath } from '../../src/lib/site/origin.ts';
import {
  articleJsonLd,
  datasetJsonLd,
  learningResourceJsonLd,
  lessonMinutes,
  type PageFacts,
  serializeJsonLd,
  shareImagePath,
} from '../../src/lib/site/social.ts';

const facts: PageFacts = {
  title: 'History',
  description: 'From 2014 to today.',
  url: 'https://example.org/history/',
  image: 'https://example.org/og/history.png',
  modified: '2026-11-25',
  siteName: 'The PMF Explained',
  siteUrl: 'https://example.org/',
  licence: 'https://creativecommons.org/licenses/by/4.0/',
  version: '0.6.0',
};

describe('versions', () => {
  const releases = readdirSync('content/data/releases').map(
    (f) => parse(readFileSync(`content/data/releases/${f}`, 'utf8')) as { version: string },
  );
  const newest = releases
    .map((r) => r.version)
    .sort(compareVersions)
    .at(-1);

  it('package.json carries the newest release’s version', () => {
    expect(packageJson.version).toBe(newest);
  });

  it('compares versions by number, not as text', () => {
    expect(compareVersions('0.10.0', '0.9.1')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(['0.2.0', '0.10.0', '0.9.0'].sort(compareVersions)).toEqual(['0.2.0', '0.9.0', '0.10.0']);
  });

  it('names release files and anchors after the version', () => {
    expect(releaseId('0.6.0')).toBe('v0-6-0');
  });
});

describe('share images', () => {
  it('puts each page’s image at a path made from its own', () => {
    expect(shareImagePath('/')).toBe('/og/index.png');
    expect(shareImagePath('/history/')).toBe('/og/history.png');
    expect(shareImagePath('/teach/who-are-the-pmf/handout/')).toBe('/og/teach/who-are-the-pmf/handout.png');
  });

  it('reads the card from the page’s own metadata, decoding entities', () => {
    const html =
      '<meta property="og:image" content="x"><meta property="og:title" content="Kata&#39;ib &amp; friends"><meta property="og:description" content="A &quot;test&quot;"><meta data-pagefind-filter="kind[content]" content="Faction">';
    expect(readCard(html, 'factions/x/index.html')).toEqual({
      path: '/factions/x/',
      title: "Kata'ib & friends",
      kind: 'Faction',
      description: 'A "test"',
    });
  });

  it('skips pages that are not meant to be shared, and fails on a card with no title', () => {
    expect(readCard('<title>404</title>', '404.html')).toBeNull();
    expect(() => readCard('<meta property="og:image" content="x">', 'a/index.html')).toThrow(/a\/index.html: has og:image but no og:title/);
  });

  it('shortens long text at a word boundary', () => {
    const text = 'How rocket fire on bases hosting US troops led to the killing of two commanders';
    const short = clip(text, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short.endsWith('…')).toBe(true);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(clip('Short', 40)).toBe('Short');
  });
});

describe('structured data', () => {
  it('describes an explainer page as an Article with its date and licence', () => {
    const data = articleJsonLd(facts);
    expect(data).toMatchObject({ '@type': 'Article', headline: 'History', dateModified: '2026-11-25', image: facts.image });
  });

  it('describes a lesson as a LearningResource with class time and C3 alignments', () => {
    expect(lessonMinutes('One 50-minute lesson, plus about 20 minutes')).toBe(50);
    expect(lessonMinutes('Two lessons')).toBeNull();
    const data = learningResourceJsonLd(facts, {
      gradeBand: 'Grades 9–12',
      minutes: 50,
      objectives: ['a', 'b'],
      standards: ['D2.His.1.9-12'],
    });
    expect(data).toMatchObject({ '@type': 'LearningResource', timeRequired: 'PT50M', educationalLevel: 'Grades 9–12' });
    expect(data.educationalAlignment?.[0]).toMatchObject({ targetName: 'D2.His.1.9-12' });
  });

  it('describes the data page as a Dataset with a download per file', () => {
    const data = datasetJsonLd(facts, {
      temporalCoverage: '2014-06-10/2026-01-25',
      downloads: [{ name: 'events.csv', url: 'https://example.org/data/events.csv', format: 'text/csv' }],
    });
    expect(data).toMatchObject({ '@type': 'Dataset', version: '0.6.0', temporalCoverage: '2014-06-10/2026-01-25' });
    expect(data.distribution).toEqual([
      { '@type': 'DataDownload', name: 'events.csv', encodingFormat: 'text/csv', contentUrl: 'https://example.org/data/events.csv' },
    ]);
  });

  it('cannot be closed early by text in the data', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('base path', () => {
  it('accepts the usual spellings and rejects unsafe ones', () => {
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
    expect(normaliseBasePath('pmf')).toBe('/pmf/');
    expect(normaliseBasePath('/pmf')).toBe('/pmf/');
    expect(normaliseBasePath('/a/b/')).toBe('/a/b/');
    expect(() => normaliseBasePath('/p m f/')).toThrow(/BASE_PATH "\/p m f\/"/);
  });

  it('prefixes root-relative links and leaves the rest alone', () => {
    const html = [
      '<a href="/history/">',
      '<a href="/pmf/start/">',
      '<a href="#ref-1">',
      '<a href="https://example.org/">',
      '<a href="//cdn.example/x.js">',
      '<img src="/og/a.png" srcset="/a.png 1x, /b.png 2x">',
      '<form action="/search/">',
      '<script>location.href = "/history/"</script>',
    ].join('');
    expect(prefixRootLinks(html, '/pmf/')).toBe(
      [
        '<a href="/pmf/history/">',
        '<a href="/pmf/start/">',
        '<a href="#ref-1">',
        '<a href="https://example.org/">',
        '<a href="//cdn.example/x.js">',
        '<img src="/pmf/og/a.png" srcset="/pmf/a.png 1x, /pmf/b.png 2x">',
        '<form action="/pmf/search/">',
        '<script>location.href = "/history/"</script>',
      ].join(''),
    );
  });
});

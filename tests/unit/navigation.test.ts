import { describe, expect, it } from 'vitest';
import { isCurrent, plannedNavigation, routeOfPageFile, visibleNavigation } from '../../src/lib/site/navigation.ts';

describe('routeOfPageFile', () => {
  it.each([
    ['/src/pages/index.astro', '/'],
    ['/src/pages/method.astro', '/method/'],
    ['/src/pages/data/index.astro', '/data/'],
    ['/src/pages/factions/index.astro', '/factions/'],
    ['/src/pages/teach/lessons.mdx', '/teach/lessons/'],
  ])('maps %s to %s', (file, route) => expect(routeOfPageFile(file)).toBe(route));

  it.each(['/src/pages/factions/[id].astro', '/src/pages/404.astro', '/src/pages/data/events.json.ts'])(
    'gives no navigation route for %s',
    (file) => expect(routeOfPageFile(file)).toBeNull(),
  );
});

describe('visibleNavigation', () => {
  it('shows only entries whose pages exist, in the planned order', () => {
    const shown = visibleNavigation(plannedNavigation, new Set(['/', '/method/', '/data/', '/start/']));
    expect(shown.map((i) => i.label)).toEqual(['Start here', 'Data', 'Method']);
  });

  it('shows nothing when no planned page exists', () => {
    expect(visibleNavigation(plannedNavigation, new Set(['/']))).toEqual([]);
  });
});

describe('isCurrent', () => {
  it('marks a section and its sub-pages', () => {
    expect(isCurrent('/factions/', '/factions/kataib-hezbollah/')).toBe(true);
    expect(isCurrent('/factions/', '/people/')).toBe(false);
    expect(isCurrent('/method/', '/method')).toBe(true);
  });
});

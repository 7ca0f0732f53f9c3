/** Pure helpers behind the timeline's interaction: windows, filters, chains and the address bar. */
import { describe, expect, it } from 'vitest';
import { chainOf, filterEvents, noFilters } from '../../src/lib/timeline/filters.ts';
import { DAY } from '../../src/lib/timeline/model.ts';
import { parseState, serializeState, type TimelineState } from '../../src/lib/timeline/url-state.ts';
import { clampWindow, MIN_SPAN, matchingPreset, panWindow, presets, zoomWindow } from '../../src/lib/timeline/window.ts';
import { makeEvent, sample } from '../support/timeline-events.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const full = [utc('2014-01-01'), utc('2027-01-01')] as const;

describe('windows', () => {
  it('zooms about the anchor and never below a week', () => {
    const [a, b] = zoomWindow([utc('2019-01-01'), utc('2021-01-01')], 0.5, utc('2020-01-01'), full);
    expect(new Date(a).toISOString().slice(0, 7)).toBe('2019-07');
    expect(b - a).toBeCloseTo((utc('2021-01-01') - utc('2019-01-01')) / 2, -5);
    const tiny = zoomWindow([utc('2020-01-01'), utc('2020-01-08')], 0.1, utc('2020-01-03'), full);
    expect(tiny[1] - tiny[0]).toBe(MIN_SPAN);
  });

  it('pans within the full range', () => {
    expect(panWindow([utc('2025-01-01'), utc('2027-01-01')], 1, full)).toEqual([utc('2025-01-01'), utc('2027-01-01')]);
    expect(clampWindow([utc('2010-01-01'), utc('2011-01-01')], full)[0]).toBe(full[0]);
  });

  it('recognises the quick ranges', () => {
    expect(matchingPreset(presets['2019-05-2020-03']!(full), full)).toBe('2019-05-2020-03');
    expect(matchingPreset([full[0], full[1]], full)).toBe('all');
  });
});

describe('filters and chains', () => {
  const events = [
    sample.rockets(),
    sample.strikes({ type: 'rocket-attack' }),
    sample.siege({ type: 'rocket-attack', end: Date.parse('2020-01-01T00:00:00Z') }),
    makeEvent({ id: 'vote', date: '2020-01-05', group: 'politics', severity: 0, ledger: 'none' }),
  ];

  it('filters by kind, ledger, actor and severity', () => {
    expect(filterEvents(events, { ...noFilters, groups: new Set(['attacks']) }).map((e) => e.id)).toEqual(['k1', 'embassy']);
    expect(filterEvents(events, { ...noFilters, actor: 'kh' }).map((e) => e.id)).toEqual(['k1']);
    expect(filterEvents(events, { ...noFilters, minSeverity: 3 }).map((e) => e.id)).toEqual(['k1', 'strikes']);
    expect(filterEvents(events, { ...noFilters, ledgers: new Set(['none']) }).map((e) => e.id)).toEqual(['vote']);
  });

  it('lights the whole chain of action and reaction from any link in it', () => {
    expect([...chainOf(events, 'embassy')].sort()).toEqual(['embassy', 'k1', 'strikes']);
    expect([...chainOf(events, 'vote')]).toEqual(['vote']);
  });
});

describe('address bar state', () => {
  const defaults: TimelineState = { window: [full[0], full[1]], mode: 'type', filters: noFilters, selected: null };

  it('round-trips a shared view', () => {
    const state: TimelineState = {
      window: [utc('2019-05-01'), utc('2020-03-31') + DAY],
      mode: 'ladder',
      filters: { groups: new Set(['attacks', 'strikes']), ledgers: new Set(['claimed']), actor: 'kataib-hezbollah', minSeverity: 2 },
      selected: '2020-01-03-killing-of-soleimani-and-muhandis',
    };
    const query = serializeState(state, defaults);
    expect(query).toBe(
      '?from=2019-05-01&to=2020-03-31&view=ladder&kinds=attacks%2Cstrikes&who=claimed&actor=kataib-hezbollah&min=2&event=2020-01-03-killing-of-soleimani-and-muhandis',
    );
    expect(parseState(query, defaults)).toEqual(state);
  });

  it('leaves defaults out and ignores nonsense', () => {
    expect(serializeState(defaults, defaults)).toBe('');
    expect(parseState('?from=yesterday&view=3d&kinds=aliens&min=9', defaults)).toEqual(defaults);
  });
});

describe('markAt', () => {
  const mark = (id: string, x: number, y: number, span: { x0: number; x1: number } | null = null) => ({
    id,
    x,
    y,
    r: 5,
    shape: 'circle' as const,
    group: 'attacks' as const,
    severity: 1,
    ledger: 'claimed' as const,
    span: span ? { ...span, kind: 'period' as const } : null,
    inView: true,
  });

  it('finds the nearest mark under the pointer, and nothing on empty ground', async () => {
    const { markAt } = await import('../../src/lib/timeline/hit.ts');
    const marks = [mark('a', 100, 50), mark('b', 108, 50), mark('month', 300, 80, { x0: 280, x1: 330 })];
    expect(markAt(marks, 107, 51)?.id).toBe('b');
    expect(markAt(marks, 320, 80)?.id).toBe('month');
    expect(markAt(marks, 200, 200)).toBeNull();
    expect(markAt([{ ...mark('hidden', 10, 10), inView: false }], 10, 10)).toBeNull();
  });
});

describe('densityBars', () => {
  it('counts events per row and column, colours a bar by its most common kind and scales it by the busiest', async () => {
    const { densityBars } = await import('../../src/lib/timeline/bins.ts');
    const at = (x: number, row: number, group: 'attacks' | 'strikes', severity = 1) => ({ x, row, group, severity });
    const rows = [
      { y0: 0, y1: 50 },
      { y0: 50, y1: 100 },
    ];
    const bars = densityBars([at(9, 0, 'attacks'), at(10, 0, 'attacks', 4), at(11, 0, 'strikes'), at(9, 1, 'strikes')], rows, 4);
    // The busiest column (3 events) fills its row's band (50 − 22 px); one event gets √(1/3) of that.
    expect(bars).toEqual([
      { x: 8, y: 18, width: 3.5, height: 28, group: 'attacks', opacity: 1, count: 3 },
      { x: 8, y: 79.8, width: 3.5, height: 16.2, group: 'strikes', opacity: 0.51, count: 1 },
    ]);
  });

  it('switches the layout to bars above the dense limit', async () => {
    const { layoutTimeline } = await import('../../src/lib/timeline/layout.ts');
    const { makeEvent } = await import('../support/timeline-events.ts');
    const events = Array.from({ length: 30 }, (_, i) => makeEvent({ id: `e${i}`, date: `2020-01-${String(i + 1).padStart(2, '0')}` }));
    const options = { width: 600, domain: [Date.UTC(2020, 0, 1), Date.UTC(2020, 1, 1)] as [number, number], mode: 'type' as const };
    const sparse = layoutTimeline(events, { ...options, denseLimit: 100 });
    const crowded = layoutTimeline(events, { ...options, denseLimit: 10 });
    expect([sparse.dense, sparse.marks.length, sparse.bars.length]).toEqual([false, 30, 0]);
    expect(crowded.dense).toBe(true);
    expect(crowded.marks).toEqual([]);
    expect(crowded.bars.reduce((sum, b) => sum + b.count, 0)).toBe(30);
  });
});

describe('barsMarkup', () => {
  it('merges bars into one path per kind and opacity', async () => {
    const { barsMarkup } = await import('../../src/lib/timeline/markup.ts');
    const bar = (x: number, group: 'attacks' | 'war', opacity: number) => ({ x, y: 10, width: 2.5, height: 5, group, opacity, count: 1 });
    const markup = barsMarkup([bar(0, 'attacks', 1), bar(3, 'attacks', 1), bar(6, 'war', 0.35)]);
    expect(markup).toBe(
      '<path class="bar g-attacks" fill-opacity="1" d="M0 10h2.5v5h-2.5zM3 10h2.5v5h-2.5z"></path>' +
        '<path class="bar g-war" fill-opacity="0.35" d="M6 10h2.5v5h-2.5z"></path>',
    );
  });
});

describe('keyCommand', () => {
  it('maps the documented keys and ignores the rest', async () => {
    const { keyCommand } = await import('../../src/lib/timeline/keys.ts');
    expect(keyCommand('ArrowRight', false)).toEqual({ kind: 'focus', step: 1 });
    expect(keyCommand('ArrowLeft', true)).toEqual({ kind: 'pan', direction: -1 });
    expect(keyCommand('Home', false)).toEqual({ kind: 'focus', step: 'first' });
    expect(keyCommand(' ', false)).toEqual({ kind: 'open' });
    expect(keyCommand('Escape', false)).toEqual({ kind: 'close' });
    expect(keyCommand('=', false)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(keyCommand('-', false)).toEqual({ kind: 'zoom', factor: 2 });
    expect(keyCommand('a', false)).toBeNull();
    expect(keyCommand('Tab', false)).toBeNull();
  });
});

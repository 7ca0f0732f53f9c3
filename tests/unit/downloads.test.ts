/** The download builders and the generated data dictionary. */
import { csvParse as parseCsv } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { dataDictionary } from '../../src/lib/data/dictionary.ts';
import { EVENT_CSV_COLUMNS, eventsCsv, toJson } from '../../src/lib/data/downloads.ts';
import { eventSchema } from '../../src/lib/data/schemas.ts';
import { eventAttribution } from '../../src/lib/data/stats.ts';
import { loadValidDataset } from '../../src/lib/data/validate.ts';
import { VALID_FIXTURE } from '../support/fixture-dataset.ts';

const fixture = loadValidDataset(`${VALID_FIXTURE}/data`, VALID_FIXTURE);

describe('events.json', () => {
  const events = JSON.parse(toJson('events', fixture.events));

  it('lists events in date order with the id first', () => {
    expect(events.map((e: { date: string }) => e.date)).toEqual(['2019-12-01', '2019-12-27', '2019-12-29']);
    expect(Object.keys(events[0])[0]).toBe('id');
  });

  it('carries the public contract fields', () => {
    const rocket = events.find((e: { id: string }) => e.id === '2019-12-27-fixture-rocket-attack');
    for (const field of [
      'id',
      'date',
      'datePrecision',
      'endDate',
      'title',
      'summary',
      'type',
      'severity',
      'place',
      'actors',
      'casualties',
      'respondsTo',
      'sources',
    ]) {
      expect(rocket).toHaveProperty(field);
    }
    expect(rocket.actors[0]).toEqual({
      id: 'fixture-brigades',
      role: 'perpetrator',
      attribution: 'attributed',
      attributedBy: 'Fixture State officials',
      sources: ['agency-2019-12-27-rockets'],
    });
    expect(rocket.casualties.wounded).toEqual({ min: 4, max: 6 });
  });

  it('writes null casualty figures for acts without violence', () => {
    const sanction = events.find((e: { type: string }) => e.type === 'designation');
    expect(sanction.casualties).toEqual({ killed: null, wounded: null, notes: null });
  });
});

describe('events.csv', () => {
  const rows = parseCsv(eventsCsv(fixture.events));

  it('has one row per event under the documented columns', () => {
    expect(rows.columns).toEqual([...EVENT_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
  });

  it('keeps the claims ledger readable in one cell, commas and all', () => {
    const rocket = rows.find((r) => r.id === '2019-12-27-fixture-rocket-attack');
    expect(rocket?.actors).toBe(
      'fixture-brigades (perpetrator, attributed by Fixture State officials); fixture-brigades (perpetrator, denied); fixture-state (target, confirmed)',
    );
    expect(rocket?.woundedMin).toBe('4');
    expect(rocket?.summary).toContain('The state blamed the brigades, which denied it.');
  });
});

describe('data dictionary', () => {
  const rows = dataDictionary(eventSchema);
  const row = (path: string) => rows.find((r) => r.path === path);

  it('describes every top-level and nested field from the schema', () => {
    expect(rows.map((r) => r.path)).toEqual(expect.arrayContaining(['date', 'place.lat', 'actors[].attribution', 'casualties.killed.min']));
    expect(rows.every((r) => r.description.length > 0)).toBe(true);
  });

  it('gives allowed values, requiredness and nullability', () => {
    expect(row('actors[].attribution')?.allowed).toEqual(['claimed', 'attributed', 'denied', 'unattributed', 'confirmed']);
    expect(row('date')?.required).toBe(true);
    expect(row('endDate')?.nullable).toBe(true);
    expect(row('respondsTo')?.type).toBe('list of string');
  });
});

describe('eventAttribution', () => {
  const actor = (attribution: 'claimed' | 'attributed' | 'denied', role: 'perpetrator' | 'target' = 'perpetrator') => ({
    id: 'x',
    role,
    attribution,
    attributedBy: attribution === 'attributed' ? 'someone' : null,
    sources: ['s'],
  });

  it('counts a claim over a denial and an attribution over a denial', () => {
    expect(eventAttribution({ type: 'rocket-attack', actors: [actor('denied'), actor('claimed')] })).toBe('claimed');
    expect(eventAttribution({ type: 'rocket-attack', actors: [actor('denied'), actor('attributed')] })).toBe('attributed');
    expect(eventAttribution({ type: 'rocket-attack', actors: [actor('denied')] })).toBe('denied');
  });

  it('calls an attack with no perpetrator named unattributed, and a vote or a battle nothing', () => {
    expect(eventAttribution({ type: 'rocket-attack', actors: [actor('claimed', 'target')] })).toBe('unattributed');
    expect(eventAttribution({ type: 'legislation', actors: [] })).toBeNull();
    expect(eventAttribution({ type: 'military-operation', actors: [] })).toBeNull();
  });
});

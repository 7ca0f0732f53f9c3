/**
 * The real dataset in content/data: valid, fully sourced, and as broad as the project promises.
 * Thresholds come from the dataset issue; they guard against records being lost, not a target.
 */
import { describe, expect, it } from 'vitest';
import { sourceLists } from '../../src/lib/data/integrity.ts';
import { dataDir } from '../../src/lib/data/paths.ts';
import { datasetStats, inCorePeriod } from '../../src/lib/data/stats.ts';
import { loadValidDataset } from '../../src/lib/data/validate.ts';

const dataset = loadValidDataset(dataDir());

describe('the dataset', () => {
  it('passes every schema and integrity rule', () => {
    expect(dataset.events.length).toBeGreaterThan(0);
  });

  it('covers at least 90 events, 40 of them between May 2019 and March 2020', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(90);
    expect(dataset.events.filter((e) => inCorePeriod(e.data.date)).length).toBeGreaterThanOrEqual(40);
  });

  it('reaches from the 2014 fatwa to the later rounds', () => {
    const ids = new Set(dataset.events.map((e) => e.id));
    for (const id of [
      '2014-06-13-sistani-fatwa',
      '2019-12-27-k1-air-base-rocket-attack',
      '2019-12-29-us-strikes-on-kataib-hezbollah',
      '2019-12-31-storming-of-us-embassy-compound',
      '2020-01-03-killing-of-soleimani-and-muhandis',
      '2020-01-05-parliament-votes-to-expel-foreign-troops',
      '2020-01-08-iran-missile-strikes-on-ain-al-asad-and-erbil',
      '2020-01-26-rockets-hit-us-embassy-compound',
      '2020-03-11-camp-taji-rocket-attack',
      '2020-03-12-us-strikes-on-kataib-hezbollah',
      '2024-01-28-tower-22-drone-attack',
      '2024-02-02-us-strikes-in-iraq-and-syria',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('has at least 12 factions across currents, and 15 people', () => {
    expect(dataset.factions.length).toBeGreaterThanOrEqual(12);
    expect(dataset.people.length).toBeGreaterThanOrEqual(15);
    const alignments = new Set(dataset.factions.map((f) => f.data.alignment));
    for (const alignment of ['iran-aligned', 'najaf-shrine', 'sadrist', 'sunni-tribal', 'minority', 'front-group']) {
      expect(alignments, alignment).toContain(alignment);
    }
  });

  it('has the 2018 and 2021 parliamentary elections', () => {
    const years = dataset.elections.map((e) => e.data.date.slice(0, 4));
    expect(years).toEqual(expect.arrayContaining(['2018', '2021']));
  });

  it('sources every actor link, leader, designation and size estimate', () => {
    for (const collection of Object.values(dataset)) {
      for (const entry of collection) {
        for (const { path, ids } of sourceLists(entry.data)) {
          expect(ids.length, `${entry.file} › ${path.join('.')}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('never records an attribution without saying who made it', () => {
    const anonymous = dataset.events.flatMap((e) =>
      e.data.actors.filter((a) => a.attribution === 'attributed' && !a.attributedBy).map(() => e.id),
    );
    expect(anonymous).toEqual([]);
  });

  it('reports figures that add up', () => {
    const stats = datasetStats(dataset);
    expect(Object.values(stats.eventsPerYear).reduce((a, b) => a + b, 0)).toBe(dataset.events.length);
    expect(stats.shareWithCoordinates).toBeGreaterThan(0.5);
  });
});

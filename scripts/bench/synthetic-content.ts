/**
 * Writes a content folder for benchmarks: the real sources, factions, people, organizations,
 * relations, elections and pages, with the events replaced by `count` synthetic ones spread over
 * 2014–2026 (bursts included), each citing real actors and a real source so the build accepts it.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const TYPES = [
  'rocket-attack',
  'drone-attack',
  'airstrike',
  'protest',
  'political',
  'designation',
  'military-operation',
  'ied-attack',
] as const;
const ATTRIBUTIONS = ['claimed', 'attributed', 'denied', 'unattributed'] as const;

/** A small deterministic random generator, so every run benchmarks the same data. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeSyntheticContent(target: string, count: number, source = 'content'): void {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true, filter: (path) => !path.includes(`${join(source, 'data', 'events')}/`) });
  const eventsDir = join(target, 'data', 'events');
  rmSync(eventsDir, { recursive: true, force: true });
  mkdirSync(eventsDir, { recursive: true });
  // Pages, profiles, lessons and corrections name real events, which the synthetic set does not
  // have; the pages that name none (method, teach) stay, because routes expect them.
  for (const dir of ['profiles', 'lessons', 'handouts', 'simple', join('data', 'corrections'), join('data', 'quizzes')]) {
    rmSync(join(target, dir), { recursive: true, force: true });
    mkdirSync(join(target, dir), { recursive: true });
  }
  for (const page of readdirSync(join(target, 'pages'))) {
    if (!['method.mdx', 'teach.mdx'].includes(page)) rmSync(join(target, 'pages', page));
  }
  const sourceId = readdirSync(join(source, 'data', 'sources'))[0]?.replace(/\.yaml$/, '') ?? '';
  writeFileSync(
    join(target, 'pages', 'timeline.mdx'),
    `---\ntitle: Timeline benchmark\ndescription: Synthetic events.\nasOf: "2026-11-25"\n---\n\nSynthetic events for the benchmark.<Cite id="${sourceId}" />\n`,
  );
  addSyntheticEvents(target, count);
}

/** Writes `count` synthetic events into a content tree's events folder, next to any already there. */
export function addSyntheticEvents(target: string, count: number): void {
  const eventsDir = join(target, 'data', 'events');
  mkdirSync(eventsDir, { recursive: true });
  const sourceId = readdirSync(join(target, 'data', 'sources'))[0]?.replace(/\.yaml$/, '') ?? '';
  const factions = readdirSync(join(target, 'data', 'factions')).map((f) => f.replace(/\.yaml$/, ''));
  const random = mulberry32(count);
  const start = Date.UTC(2014, 5, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    // Half the events fall in two bursts (2019–20, 2023–24), as in the real data.
    const burst = random();
    const t =
      burst < 0.25
        ? Date.UTC(2019, 4, 1) + random() * 330 * 86_400_000
        : burst < 0.5
          ? Date.UTC(2023, 9, 1) + random() * 300 * 86_400_000
          : start + random() * span;
    const date = new Date(t).toISOString().slice(0, 10);
    const id = `${date}-synthetic-${i}`;
    const type = TYPES[Math.floor(random() * TYPES.length)] ?? 'political';
    const attribution = ATTRIBUTIONS[Math.floor(random() * ATTRIBUTIONS.length)] ?? 'claimed';
    const actor = factions[Math.floor(random() * factions.length)] ?? 'kataib-hezbollah';
    const earlier = ids.filter((other) => other < id);
    const cause = random() < 0.1 && earlier.length > 0 ? earlier[earlier.length - 1] : undefined;
    const severity = Math.floor(random() * 5);
    writeFileSync(
      join(eventsDir, `${id}.yaml`),
      stringify({
        date,
        datePrecision: 'day',
        endDate: null,
        title: `Synthetic event ${i}`,
        summary: 'A synthetic event for the benchmark.',
        type,
        severity,
        place: { name: 'Baghdad', lat: 33.3 + random(), lon: 44.4 + random(), precision: 'city' },
        actors: [
          {
            id: actor,
            role: 'perpetrator',
            attribution,
            attributedBy: attribution === 'attributed' ? 'A government' : null,
            sources: [sourceId],
          },
        ],
        casualties: { killed: severity >= 3 ? { min: 1, max: 1 + Math.floor(random() * 5) } : null, wounded: null, notes: null },
        respondsTo: cause ? [cause] : [],
        sources: [sourceId],
      }),
    );
    ids.push(id);
  }
}

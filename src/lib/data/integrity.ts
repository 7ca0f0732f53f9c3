/**
 * Rules that span records: every id a record names must exist, responses must come after their
 * causes, and the action→reaction chains must not loop. Pure: takes a dataset, returns problems.
 */
import type { Dataset, Entry } from './load.ts';
import { fieldPath, PLACEHOLDER, type Problem } from './problems.ts';
import { compareVersions, releaseId } from './schemas/releases.ts';

type Located = { file: string; id: string };

/** Every problem that crosses record boundaries, in file order. */
export function checkIntegrity(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const report = (at: Located, path: readonly PropertyKey[], message: string) =>
    problems.push({ file: at.file, record: at.id, field: fieldPath(path), message });

  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const factionIds = new Set(dataset.factions.map((f) => f.id));
  const personIds = new Set(dataset.people.map((p) => p.id));
  const organizationIds = new Set(dataset.organizations.map((o) => o.id));
  const eventDates = new Map(dataset.events.map((e) => [e.id, e.data.date]));
  const actorIds = new Set([...factionIds, ...personIds, ...organizationIds]);

  checkSharedActorIds(dataset, report);

  // One page read twice under two ids would be counted as two independent sources.
  const firstWithUrl = new Map<string, string>();
  for (const source of dataset.sources) {
    const earlier = firstWithUrl.get(source.data.url);
    if (earlier) report(source, ['url'], `has the same address as the source "${earlier}": cite that one instead`);
    else firstWithUrl.set(source.data.url, source.id);
  }

  for (const collection of Object.values(dataset) as readonly (readonly Entry<unknown>[])[]) {
    for (const entry of collection) {
      for (const { path, ids } of sourceLists(entry.data)) {
        ids.forEach((id, i) => {
          if (!sourceIds.has(id)) report(entry, [...path, i], `names the unknown source "${id}"`);
          else if (ids.indexOf(id) !== i) report(entry, [...path, i], `lists the source "${id}" twice`);
        });
      }
    }
  }

  for (const faction of dataset.factions) {
    faction.data.leaders.forEach((leader, i) => {
      if (leader.person !== null && !personIds.has(leader.person)) {
        report(faction, ['leaders', i, 'person'], `names the unknown person "${leader.person}"`);
      }
    });
  }
  for (const person of dataset.people) {
    person.data.roles.forEach((role, i) => {
      if (role.faction !== null && !factionIds.has(role.faction)) {
        report(person, ['roles', i, 'faction'], `names the unknown faction "${role.faction}"`);
      }
      if (role.organization && !organizationIds.has(role.organization)) {
        report(person, ['roles', i, 'organization'], `names the unknown organization "${role.organization}"`);
      }
    });
  }
  for (const relation of dataset.relations) {
    for (const end of ['from', 'to'] as const) {
      const id = relation.data[end];
      if (!actorIds.has(id)) report(relation, [end], `names the unknown faction, person or organization "${id}"`);
    }
  }
  for (const election of dataset.elections) {
    election.data.results.forEach((result, i) => {
      result.factions.forEach((id, j) => {
        if (!factionIds.has(id)) report(election, ['results', i, 'factions', j], `names the unknown faction "${id}"`);
      });
    });
  }
  for (const event of dataset.events) {
    event.data.actors.forEach((actor, i) => {
      if (!actorIds.has(actor.id)) report(event, ['actors', i, 'id'], `names the unknown faction, person or organization "${actor.id}"`);
    });
    event.data.respondsTo.forEach((causeId, i) => {
      const causeDate = eventDates.get(causeId);
      if (causeDate === undefined) report(event, ['respondsTo', i], `names the unknown event "${causeId}"`);
      else if (causeDate > event.data.date) {
        report(event, ['respondsTo', i], `responds to "${causeId}" (${causeDate}), which comes after it (${event.data.date})`);
      }
    });
  }
  const termIds = new Set(dataset.glossary.map((t) => t.id));
  for (const term of dataset.glossary) {
    term.data.related.forEach((id, i) => {
      if (!termIds.has(id)) report(term, ['related', i], `names the unknown glossary term "${id}"`);
      else if (id === term.id) report(term, ['related', i], 'a term cannot be related to itself');
    });
  }
  for (const collection of Object.values(dataset) as readonly (readonly Entry<unknown>[])[]) {
    for (const entry of collection) {
      for (const { path, text } of strings(entry.data)) {
        if (PLACEHOLDER.test(text)) report(entry, path, `contains placeholder text (“${PLACEHOLDER.exec(text)?.[0]}”)`);
      }
    }
  }
  for (const correction of dataset.corrections) {
    const [collection, id] = (correction.data.record ?? '').split('/');
    const records = (dataset as unknown as Record<string, readonly Entry<unknown>[] | undefined>)[collection ?? ''];
    if (correction.data.record && !records?.some((r) => r.id === id)) {
      report(correction, ['record'], `names the unknown record "${correction.data.record}"`);
    }
  }
  checkReleases(dataset, report);
  for (const cycle of responseCycles(dataset.events)) {
    const first = dataset.events.find((e) => e.id === cycle[0]);
    if (first) report(first, ['respondsTo'], `is part of a respondsTo cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  }
  return problems;
}

/** Each release file is named after its version, and later versions carry later (or equal) dates. */
function checkReleases(dataset: Dataset, report: (at: Located, path: PropertyKey[], message: string) => void) {
  for (const release of dataset.releases) {
    const expected = releaseId(release.data.version);
    if (release.id !== expected) report(release, ['version'], `is ${release.data.version}, so the file must be named ${expected}.yaml`);
  }
  const byVersion = [...dataset.releases].sort((a, b) => compareVersions(a.data.version, b.data.version));
  byVersion.forEach((release, i) => {
    const previous = byVersion[i - 1];
    if (previous && previous.data.version === release.data.version) report(release, ['version'], `repeats version ${release.data.version}`);
    else if (previous && release.data.date < previous.data.date) {
      report(release, ['date'], `is ${release.data.date}, earlier than ${previous.data.version} (${previous.data.date})`);
    }
  });
}

/** Factions, people and organizations share one id space, because event actors name any of them. */
function checkSharedActorIds(dataset: Dataset, report: (at: Located, path: PropertyKey[], message: string) => void) {
  const seen = new Map<string, string>();
  const groups = [
    ['factions', dataset.factions],
    ['people', dataset.people],
    ['organizations', dataset.organizations],
  ] as const;
  for (const [name, entries] of groups) {
    for (const entry of entries) {
      const other = seen.get(entry.id);
      if (other) report(entry, [], `duplicate id: "${entry.id}" is also used in ${other}`);
      else seen.set(entry.id, name);
    }
  }
}

/** Every string inside a record, with its path. */
function strings(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => strings(child, [...path, key]));
  return [];
}

/** Finds every `sources` list inside a record, with its path. */
export function sourceLists(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; ids: string[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => sourceLists(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sources' && Array.isArray(child)
      ? [{ path: [...path, key], ids: child.filter((id): id is string => typeof id === 'string') }]
      : sourceLists(child, [...path, key]),
  );
}

/** Rotates a cycle to begin at its alphabetically first id, so it is always reported at the same record. */
function startAtSmallest(cycle: string[]): string[] {
  const first = cycle.indexOf([...cycle].sort()[0] ?? '');
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

/** Each cycle in the respondsTo graph once, as the list of event ids around it. */
export function responseCycles(events: readonly Entry<{ respondsTo: readonly string[] }>[]): string[][] {
  const edges = new Map(events.map((e) => [e.id, e.data.respondsTo]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (state.get(next) === 'open') cycles.push(startAtSmallest(stack.slice(stack.indexOf(next))));
      else if (!state.has(next) && edges.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of edges.keys()) if (!state.has(id)) visit(id);
  return cycles;
}

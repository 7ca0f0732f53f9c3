/**
 * Reads the dataset from content/data/ outside Astro (for the build-time integrity check, the
 * download builders' tests and the stats script), validating each file with the shared schemas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { fieldPath, type Problem } from './problems.ts';
import { type CollectionName, datasetSchemas } from './schemas.ts';

/** A validated record with its id and the file it came from. */
export interface Entry<T> {
  readonly id: string;
  readonly file: string;
  readonly data: T;
}

export type Dataset = {
  readonly [K in CollectionName]: readonly Entry<z.infer<(typeof datasetSchemas)[K]>>[];
};

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads and validates every collection under `dataDir`; never throws on bad content. */
export function loadDataset(dataDir: string, root = process.cwd()): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const dataset = Object.fromEntries(
    (Object.keys(datasetSchemas) as CollectionName[]).map((name) => [name, loadCollection(name, dataDir, root, problems)]),
  ) as unknown as Dataset;
  return { dataset, problems };
}

function loadCollection(name: CollectionName, dataDir: string, root: string, problems: Problem[]): Entry<unknown>[] {
  const dir = join(dataDir, name);
  if (!existsSync(dir)) return [];
  const entries: Entry<unknown>[] = [];
  for (const fileName of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(fileName)) continue;
    const id = fileName.replace(/\.ya?ml$/, '');
    const file = relative(root, join(dir, fileName));
    if (!ID_PATTERN.test(id)) {
      problems.push({ file, record: id, field: '', message: 'the file name must be a kebab-case id such as "kataib-hezbollah.yaml"' });
      continue;
    }
    const raw = parseYaml(readFileSync(join(dir, fileName), 'utf8'));
    if (raw.error !== null) {
      problems.push({ file, record: id, field: '', message: `is not valid YAML: ${raw.error}` });
      continue;
    }
    const result = datasetSchemas[name].safeParse(raw.value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, record: id, field: fieldPath(issue.path), message: issue.message });
      }
      continue;
    }
    entries.push({ id, file, data: result.data });
  }
  return entries;
}

function parseYaml(text: string): { value: unknown; error: string | null } {
  try {
    return { value: parse(text), error: null };
  } catch (error) {
    return { value: undefined, error: error instanceof Error ? (error.message.split('\n')[0] ?? 'parse error') : 'parse error' };
  }
}

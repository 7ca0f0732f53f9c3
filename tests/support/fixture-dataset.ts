/**
 * Copies the valid fixture dataset to a temp folder and lets a test break one record, so each
 * bad-input case is the valid fixture plus one mistake.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export const VALID_FIXTURE = join(import.meta.dirname, '../fixtures/valid');

/** A scratch copy of the valid fixture content folder. */
export function scratchContent(): { dir: string; dataDir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pmf-fixture-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  return { dir, dataDir: join(dir, 'data'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Rewrites one YAML record through a function of its parsed data. */
export function editRecord(dataDir: string, relativePath: string, edit: (record: Record<string, unknown>) => void): void {
  const file = join(dataDir, relativePath);
  const record = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(record);
  writeFileSync(file, stringify(record));
}

/** Writes a file's raw text (for mistakes a parsed object cannot express). */
export function writeRaw(dataDir: string, relativePath: string, text: string): void {
  writeFileSync(join(dataDir, relativePath), text);
}

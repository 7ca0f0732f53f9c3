/**
 * The real toolchain refuses bad data: `astro sync` (which `dev`, `build` and `check` all run first)
 * exits non-zero and names the file, record and field, before any page is rendered.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { editRecord, scratchContent } from '../support/fixture-dataset.ts';

const scratch = scratchContent();
afterAll(() => scratch.cleanup());

const sync = () =>
  spawnSync('npx', ['astro', 'sync'], {
    encoding: 'utf8',
    env: { ...process.env, PMF_CONTENT_DIR: scratch.dir, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 60_000,
  });

describe('the build gate', () => {
  it('accepts valid content and stops at a broken record', { timeout: 120_000 }, () => {
    const ok = sync();
    expect(ok.status, ok.stderr + ok.stdout).toBe(0);
    editRecord(scratch.dataDir, 'events/2019-12-29-fixture-strikes.yaml', (r) => {
      r.respondsTo = ['2019-12-27-no-such-attack'];
    });
    const broken = sync();
    expect(broken.status).not.toBe(0);
    expect(broken.stderr + broken.stdout).toContain(
      'data/events/2019-12-29-fixture-strikes.yaml › record "2019-12-29-fixture-strikes" › field "respondsTo[0]": names the unknown event "2019-12-27-no-such-attack"',
    );
  });
});

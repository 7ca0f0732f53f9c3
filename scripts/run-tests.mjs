#!/usr/bin/env node
/**
 * The whole test suite, in the order a failure is cheapest to find: types, lint, unit tests,
 * build, whole-site checks, browser tests. Stops at the first failing step and ends with one closing
 * summary line ("N passed, N failed") counted from the Vitest and Playwright reports, plus one for
 * each whole-site check (byte budgets, links, Lighthouse, npm audit).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['Type check', 'npx', ['astro', 'check']],
  ['Lint and format', 'npx', ['biome', 'ci', '.']],
  ['Unit tests', 'npx', ['vitest', 'run']],
  ['Build', 'npx', ['astro', 'build']],
  ['Budgets', 'node', ['scripts/budgets.ts'], 'check'],
  ['Links', 'node', ['scripts/check-links.ts'], 'check'],
  ['Base path', 'node', ['scripts/check-base-path.ts'], 'check'],
  ['Lighthouse', 'node', ['scripts/lighthouse.ts'], 'check'],
  ['Audit', 'node', ['scripts/audit.ts'], 'check'],
  ['Browser tests', 'npx', ['playwright', 'test']],
];
const checks = { passed: 0, failed: 0, skipped: 0 };
/** Exit code with which a check says it could not run here (for example no network). */
const SKIPPED = 3;

rmSync('test-results', { recursive: true, force: true });
const started = Date.now();
let failedStep = null;
for (const [name, command, args, kind] of steps) {
  console.log(`\n━━ ${name} ━━ ${command} ${args.join(' ')}`);
  const stepStart = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const outcome = result.status === 0 ? 'ok' : kind === 'check' && result.status === SKIPPED ? 'skipped' : 'FAILED';
  console.log(`━━ ${name}: ${outcome} in ${((Date.now() - stepStart) / 1000).toFixed(1)} s`);
  if (kind === 'check') checks[result.status === 0 ? 'passed' : result.status === SKIPPED ? 'skipped' : 'failed'] += 1;
  if (result.status !== 0 && !(kind === 'check' && result.status === SKIPPED)) {
    failedStep = name;
    break;
  }
}

const counts = { passed: checks.passed, failed: checks.failed, skipped: checks.skipped };
if (existsSync('test-results/vitest.json')) {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + report.numTodoTests;
}
if (existsSync('test-results/playwright.json')) {
  const stats = JSON.parse(readFileSync('test-results/playwright.json', 'utf8')).stats;
  counts.passed += stats.expected + stats.flaky;
  counts.failed += stats.unexpected;
  counts.skipped += stats.skipped;
}
if (failedStep && counts.failed === 0) counts.failed = 1;

console.log(`\nSuite finished in ${((Date.now() - started) / 1000).toFixed(0)} s${failedStep ? `; stopped at: ${failedStep}` : ''}.`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);

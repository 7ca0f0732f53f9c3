/**
 * `npm run audit`: `npm audit --omit=dev` — the packages a deployed site depends on — failing on any
 * high or critical advisory. The registry's audit service is not reachable from every build machine
 * (it answers 405 here); then the check says so and counts as skipped rather than passed.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: { metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string }; message?: string } = {};
try {
  report = JSON.parse(run.stdout || '{}');
} catch {}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.message ?? report.error?.summary ?? run.stderr.split('\n').find((l) => /error/i.test(l)) ?? 'no report';
  console.log(`npm audit: SKIPPED — the audit service could not be reached (${reason.trim()}).`);
  process.exitCode = 3;
} else {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(
    `npm audit (production dependencies): ${Object.entries(counts)
      .map(([level, n]) => `${n} ${level}`)
      .join(', ')}.`,
  );
  process.exitCode = serious === 0 ? 0 : 1;
}

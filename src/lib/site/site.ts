import { execFileSync } from 'node:child_process';

/** Facts about the site shown in its chrome and metadata. */
export const site = {
  name: 'The PMF Explained',
  tagline: 'Iraq’s Popular Mobilization Forces, their factions and the escalation with the United States',
  textLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
} as const;

/**
 * The date of the last commit, as "yyyy-mm-dd": the site changes only when the repository does,
 * so this is when its content last changed. Falls back to today outside a git checkout.
 */
export function lastUpdated(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

export { formatDate } from './dates.ts';

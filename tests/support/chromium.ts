/**
 * Which Chromium the browser tests drive: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
 * else a browser Playwright installed itself. Never skips silently: with none, it throws and says
 * how to install one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightBrowser()].filter((p): p is string => Boolean(p));
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `No Chromium found (looked at: ${candidates.join(', ') || 'nothing'}).\n` +
      'Install one: `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary, ' +
      'or run `npx playwright install chromium` where downloads are allowed.',
  );
}

function playwrightBrowser(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

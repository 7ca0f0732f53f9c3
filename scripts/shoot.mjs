#!/usr/bin/env node
/**
 * Ad-hoc screenshots for looking at a page as a reader would:
 *   node scripts/shoot.mjs /path/ [width] [light|dark] [out.png] [--full]
 * Needs the built site served on 127.0.0.1 (npm run preview serves it on port 4321; SHOOT_PORT picks another).
 */
import { chromium } from 'playwright-core';

const [path = '/', width = '1280', theme = 'light', out = 'screenshots/shot.png', full] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme });
await page.goto(`http://127.0.0.1:${process.env.SHOOT_PORT ?? '4321'}${path}`);
await page.screenshot({ path: out, fullPage: full === '--full' });
await browser.close();
console.log(out);

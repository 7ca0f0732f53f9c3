/** Whole-site promises: no third-party requests; every template at 200% zoom and in print. */
import { expect, test } from '@playwright/test';
import { sitemapPaths, TEMPLATES } from './support/site.ts';

test('no page requests anything from another host', async ({ request, page, baseURL }) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? '').origin;
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(`${r.url()} (from ${page.url()})`);
  });
  const paths = [...(await sitemapPaths(request)), '/embed/timeline/'];
  for (const path of paths) await page.goto(path, { waitUntil: 'load' });
  expect(paths.length).toBeGreaterThan(50);
  expect(elsewhere).toEqual([]);
});

test('every template works at 200% zoom: no sideways scrolling, heading and main text visible', async ({ page }) => {
  // 200% zoom of a 1280 × 900 window leaves a 640 × 450 CSS-pixel viewport at twice the density.
  await page.setViewportSize({ width: 640, height: 450 });
  for (const path of TEMPLATES) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} at 200%`).toBeLessThanOrEqual(0);
    await expect(page.locator('h1').first(), path).toBeAttached();
    await expect(page.locator('main'), path).toBeVisible();
  }
});

test('every template prints its content without the site navigation', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of TEMPLATES) {
    await page.goto(path);
    await expect(page.locator('nav[aria-label="Main"]'), path).toBeHidden();
    const text = ((await page.locator('main').innerText()) ?? '').trim();
    expect(text.length, path).toBeGreaterThan(200);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length, path).toBeGreaterThan(1000);
  }
});

test('every template runs under its Content-Security-Policy, with no inline script allowed by default', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of TEMPLATES) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(policy, path).toContain("object-src 'none'");
    // Run the theme toggle's script where the page has one (the embed has none), so a blocked handler would show.
    const toggle = page.locator('button.theme-toggle');
    if ((await toggle.count()) > 0) await toggle.click();
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(violations, path).toEqual([]);
  }
  // The enhancements ran (they would not have, had the policy blocked their scripts).
  await page.goto('/timeline/');
  await expect(page.locator('pmf-timeline [data-controls]')).toBeVisible();
  await page.goto('/start/');
  await expect(page.locator('a[data-term]').first()).toHaveAttribute('aria-describedby', /term-tip/);
});

test('with reduced motion, no template animates or transitions anything', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of TEMPLATES) {
    await page.goto(path);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => {
          const style = getComputedStyle(element);
          const seconds = (value: string) =>
            Math.max(...value.split(',').map((v) => Number.parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
          return seconds(style.transitionDuration) > 0.01 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01);
        })
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    expect(moving, path).toEqual([]);
  }
});

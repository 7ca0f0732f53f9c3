/** Keyboard access, the theme toggle, print and the 404 page. */
import { expect, test } from '@playwright/test';

test('keyboard: the skip link comes first and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('keyboard: Tab reaches the theme toggle and every main navigation link', async ({ page }) => {
  await page.goto('/method/');
  const navLinks = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  const expected = await navLinks.allInnerTexts();
  expect(expected.length).toBeGreaterThan(0);
  const reached: string[] = [];
  let toggleReached = false;
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim() ?? '',
      inNav: Boolean(document.activeElement?.closest('nav[aria-label="Main"]')),
      isToggle: Boolean(document.activeElement?.closest('theme-toggle')),
    }));
    if (focused.inNav) reached.push(focused.text);
    if (focused.isToggle) toggleReached = true;
  }
  expect(toggleReached).toBe(true);
  expect(reached).toEqual(expect.arrayContaining(expected));
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Method', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('the theme toggle works from the keyboard and the choice survives a reload without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // The stored theme must be applied before the first paint: check it at DOMContentLoaded time.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtLoad: string | undefined }).themeAtLoad = document.documentElement.dataset.theme;
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtLoad: string | undefined }).themeAtLoad)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test('print hides navigation and controls and spells out external links', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('theme-toggle')).toBeHidden();
  const after = await page
    .locator('.references a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});

test('reduced motion turns transitions off', async ({ page }) => {
  const navLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link').first();
  const duration = async () => Number.parseFloat(await navLink.evaluate((a) => getComputedStyle(a).transitionDuration));
  await page.goto('/');
  expect(await duration()).toBeGreaterThan(0.1);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBeLessThanOrEqual(0.0001);
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'home page' })).toBeVisible();
});

/**
 * <theme-toggle>: pins the theme the reader chooses and remembers it. The stored choice is
 * applied before first paint by the inline script in BaseLayout, so there is no flash.
 */
const STORAGE_KEY = 'theme';

function currentTheme(): 'light' | 'dark' {
  const pinned = document.documentElement.dataset.theme;
  if (pinned === 'light' || pinned === 'dark') return pinned;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    sync();
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Storage can be blocked (private mode, school policies); the choice then lasts this page.
      }
      sync();
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);

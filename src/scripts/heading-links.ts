/**
 * A "copy link" control after every section heading of an article (not the page furniture whose
 * ids end in -heading: summary, contents, key facts, sources), so a teacher can assign one
 * section by link. Headings keep their ids without JavaScript; the tables of contents link them.
 */
import { copyText } from './copy-buttons.ts';

for (const heading of document.querySelectorAll<HTMLHeadingElement>('article :is(h2, h3)[id]:not([id$="-heading"])')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'heading-link';
  button.textContent = '#';
  button.setAttribute('aria-label', `Copy a link to the section “${heading.textContent?.trim() ?? ''}”`);
  button.addEventListener('click', async () => {
    const url = `${location.origin}${location.pathname}#${heading.id}`;
    const copied = await copyText(url);
    history.replaceState(null, '', `#${heading.id}`);
    button.textContent = copied ? '✓' : '#';
    button.setAttribute('title', copied ? 'Link copied' : url);
    setTimeout(() => {
      button.textContent = '#';
    }, 2000);
  });
  heading.append(' ', button);
}

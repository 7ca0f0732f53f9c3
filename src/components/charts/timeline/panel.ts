/**
 * The details panel: shows a copy of the selected event's details from the table (the same
 * server-rendered block readers without JavaScript open in place), or hides itself.
 */
import { markTooltip } from '../../../lib/timeline/markup.ts';
import type { TimelineEvent } from '../../../lib/timeline/model.ts';

export function showDetails(root: HTMLElement, event: TimelineEvent | undefined): void {
  const panel = root.querySelector<HTMLElement>('[data-panel]');
  const body = root.querySelector('[data-panel-body]');
  const title = root.querySelector('[data-panel-title]');
  if (!panel || !body) return;
  if (!event) {
    panel.hidden = true;
    return;
  }
  const details = root.querySelector(`tr[data-id="${CSS.escape(event.id)}"] .event-details`);
  if (details) {
    const copy = details.cloneNode(true) as HTMLElement;
    // The table keeps the ids its links point to; the copy must not duplicate them.
    for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
    body.replaceChildren(copy);
  } else {
    // A slice's compact table (or a row past the table's limit) carries no details: link to them.
    const note = document.createElement('p');
    const link = document.createElement('a');
    link.href = `${import.meta.env.BASE_URL}timeline/?event=${encodeURIComponent(event.id)}`;
    link.textContent = 'Read the summary, who was involved and the sources on the full timeline';
    note.append(`${markTooltip(event)} `, link, '.');
    body.replaceChildren(note);
  }
  if (title) title.textContent = event.title;
  panel.hidden = false;
}

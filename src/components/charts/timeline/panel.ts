/**
 * The details panel: shows a copy of the selected event's details from the table (the same
 * server-rendered block readers without JavaScript open in place), or hides itself.
 */
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
    // Past the table's row limit the page carries no details; point to the full record instead.
    const note = document.createElement('p');
    note.textContent = `${new Date(event.start).toISOString().slice(0, 10)} · severity ${event.severity}. The full record, with its sources, is in the downloadable data (id ${event.id}).`;
    body.replaceChildren(note);
  }
  if (title) title.textContent = event.title;
  panel.hidden = false;
}

/** The filter form and view select, read into timeline state and written back from it. */

import type { Filters } from '../../../lib/timeline/filters.ts';
import type { LaneMode } from '../../../lib/timeline/layout.ts';
import type { LedgerStatus, TypeGroupKey } from '../../../lib/timeline/model.ts';

const boxes = (root: HTMLElement, name: string) => [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

/** A set of the ticked values, or null when all are ticked (no filter). */
function ticked<T extends string>(root: HTMLElement, name: string): Set<T> | null {
  const all = boxes(root, name);
  return all.every((box) => box.checked) ? null : new Set(all.filter((box) => box.checked).map((box) => box.value as T));
}

export function readFilters(root: HTMLElement): Filters {
  return {
    groups: ticked<TypeGroupKey>(root, 'group'),
    ledgers: ticked<LedgerStatus>(root, 'ledger'),
    actor: root.querySelector<HTMLSelectElement>('select[name="actor"]')?.value || null,
    minSeverity: Number(root.querySelector<HTMLSelectElement>('select[name="severity"]')?.value ?? 0),
  };
}

export function writeControls(root: HTMLElement, filters: Filters, mode: LaneMode): void {
  const modeSelect = root.querySelector<HTMLSelectElement>('[data-mode]');
  if (modeSelect) modeSelect.value = mode;
  for (const box of boxes(root, 'group')) box.checked = !filters.groups || filters.groups.has(box.value as TypeGroupKey);
  for (const box of boxes(root, 'ledger')) box.checked = !filters.ledgers || filters.ledgers.has(box.value as LedgerStatus);
  const actor = root.querySelector<HTMLSelectElement>('select[name="actor"]');
  if (actor) actor.value = filters.actor ?? '';
  const severity = root.querySelector<HTMLSelectElement>('select[name="severity"]');
  if (severity) severity.value = String(filters.minSeverity);
}

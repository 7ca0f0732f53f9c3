/**
 * <pmf-ledger>: links the server-drawn claims ledger to a timeline on the same page. It marks the
 * periods the timeline's window touches (`pmf:window`) and, once a timeline says it is ready, turns
 * the periods into buttons that move the timeline to them (`pmf:select-window`). It never redraws
 * the SVG; alone on a page it does nothing.
 */

import { overlaps, type WindowDetail, within } from '../../../lib/charts/linked-views.ts';
import { PeriodPicker, periodOf, windowSpan } from '../shared/period-picker.ts';

class PmfLedger extends PeriodPicker {
  protected readonly pickable = 'button[data-from], g.period[data-from]';
  /** The period the reader last picked here, until the timeline's window leaves it. */
  private picked: string | null = null;

  protected pick(target: HTMLElement | SVGElement) {
    this.picked = target.dataset.key ?? null;
    this.showPicked();
  }

  protected showWindow(window: WindowDetail) {
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-key]')];
    const touched = rows.filter((row) => overlaps(periodOf(row), window));
    // A window over every period marks none: all-highlighted would say nothing.
    const mark = touched.length < rows.length;
    const keys = new Set(mark ? touched.map((row) => row.dataset.key) : []);
    for (const el of this.querySelectorAll<HTMLElement | SVGGElement>('g.period[data-key], tbody tr[data-key]'))
      el.classList.toggle('in-window', keys.has(el.dataset.key));
    const pickedRow = rows.find((row) => row.dataset.key === this.picked);
    if (pickedRow && !within(window, periodOf(pickedRow))) {
      this.picked = null;
      this.showPicked();
    }
    const names = touched.map((row) => row.querySelector('th')?.firstChild?.textContent?.trim() ?? '');
    const span = windowSpan(window);
    this.setStatus(
      touched.length === 0
        ? `Timeline window ${span}: outside every period of the ledger.`
        : `Timeline window ${span}: ${touched.length === 1 ? 'period' : `${touched.length} periods`} ${names.join('; ')}.`,
    );
  }

  private showPicked() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-key]'))
      button.setAttribute('aria-pressed', String(button.dataset.key === this.picked));
  }
}

if (!customElements.get('pmf-ledger')) customElements.define('pmf-ledger', PmfLedger);

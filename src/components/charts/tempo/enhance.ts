/**
 * <pmf-tempo>: links the server-drawn tempo chart to a timeline on the same page. It lights up the
 * periods inside the timeline's window (`pmf:window`) and, once a timeline says it is ready, lets the
 * reader pick a year (buttons), a month (buttons in the table) or any column (pointer) to move the
 * timeline there (`pmf:select-window`). It never redraws the SVG; alone on a page it does nothing.
 */

import { overlaps, type WindowDetail, within } from '../../../lib/charts/linked-views.ts';
import { PeriodPicker, periodOf, windowSpan } from '../shared/period-picker.ts';

class PmfTempo extends PeriodPicker {
  protected readonly pickable = 'button[data-from], g.col[data-from]';
  /** The period the reader last picked here, until the timeline's window leaves it. */
  private picked: { start: number; end: number } | null = null;
  /** The drawing CSS shows (wide or narrow), kept by a ResizeObserver so no update forces a layout. */
  private shown: SVGSVGElement | null = null;
  private readonly sizes = new ResizeObserver((entries) => {
    for (const entry of entries) if (entry.contentRect.width > 0) this.shown = entry.target as SVGSVGElement;
  });

  override connectedCallback() {
    super.connectedCallback();
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg.tempo-svg')) this.sizes.observe(svg);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.sizes.disconnect();
  }

  protected pick(target: HTMLElement | SVGElement) {
    this.picked = periodOf(target);
    this.showPicked();
  }

  protected showWindow(window: WindowDetail) {
    for (const col of this.querySelectorAll<SVGGElement>('g.col')) col.classList.toggle('in-window', overlaps(periodOf(col), window));
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-from]'))
      row.classList.toggle('in-window', overlaps(periodOf(row), window));
    // Both drawings (wide and narrow) are in the DOM and CSS shows one; count that one.
    // Before the observer's first report (the first window, at load) ask once, at the cost of a layout.
    const shown =
      this.shown ?? [...this.querySelectorAll<SVGSVGElement>('svg.tempo-svg')].find((svg) => svg.getClientRects().length > 0) ?? null;
    const columns = [...(shown ?? this).querySelectorAll<SVGGElement>('g.col')];
    const lit = columns.filter((c) => c.classList.contains('in-window')).length;
    // A window over everything highlights nothing: dimming no column but marking all would only be noise.
    this.classList.toggle('has-window', lit > 0 && lit < columns.length);
    if (this.picked && !within(window, this.picked)) {
      this.picked = null;
      this.showPicked();
    }
    const unit = shown?.dataset.granularity ?? 'period';
    this.setStatus(`Timeline window ${windowSpan(window)}: ${lit} of ${columns.length} ${unit}s highlighted.`);
  }

  private showPicked() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-from]')) {
      const on = this.picked !== null && Number(button.dataset.from) === this.picked.start && Number(button.dataset.to) === this.picked.end;
      button.setAttribute('aria-pressed', String(on));
    }
  }
}

if (!customElements.get('pmf-tempo')) customElements.define('pmf-tempo', PmfTempo);

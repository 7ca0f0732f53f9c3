/**
 * The part of <pmf-tempo> and <pmf-ledger> that is the same: follow the timeline's window
 * (`pmf:window`), and once a timeline says it listens, let the reader pick a period that moves it
 * (`pmf:select-window`). Subclasses say which elements are periods and how to show the window.
 */
import { isWindowDetail, SELECT_WINDOW_EVENT, WINDOW_EVENT, type WindowDetail } from '../../../lib/charts/linked-views.ts';
import { formatDate } from '../../../lib/site/dates.ts';
import { latestPerFrame } from './latest-per-frame.ts';

/** The timeline sets this when it listens for `pmf:select-window`; before that, picking would do nothing. */
export const timelineReady = () => document.documentElement.dataset.timeline === 'ready';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "Timeline window 1 January 2020 to 31 December 2020", as both charts announce it. */
export const windowSpan = (window: WindowDetail) => `${formatDate(isoDay(window.from))} to ${formatDate(isoDay(window.to - 1))}`;

/** The [start, end) a period element carries in data-from and data-to. */
export const periodOf = (el: HTMLElement | SVGElement) => ({ start: Number(el.dataset.from), end: Number(el.dataset.to) });

export abstract class PeriodPicker extends HTMLElement {
  /** Selector for the elements a reader can pick (buttons, and SVG groups for pointer users). */
  protected abstract readonly pickable: string;
  protected abstract showWindow(window: WindowDetail): void;
  /** Remembers the picked element's period and marks it pressed. */
  protected abstract pick(target: HTMLElement | SVGElement): void;

  private observer: MutationObserver | null = null;
  private readonly showLatest = latestPerFrame((window: WindowDetail) => this.showWindow(window));

  private readonly onWindow = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (isWindowDetail(detail)) this.showLatest(detail);
  };

  private readonly onClick = (event: MouseEvent) => {
    if (!timelineReady()) return;
    const target = (event.target as Element).closest<HTMLElement | SVGGElement>(this.pickable);
    if (!target || !this.contains(target)) return;
    const { start, end } = periodOf(target);
    if (!(start < end)) return;
    this.pick(target);
    document.dispatchEvent(new CustomEvent(SELECT_WINDOW_EVENT, { detail: { from: start, to: end } }));
  };

  connectedCallback() {
    document.addEventListener(WINDOW_EVENT, this.onWindow);
    this.addEventListener('click', this.onClick);
    this.syncPicking();
    // The timeline may become ready after this element: watch for its flag rather than guess an order.
    this.observer = new MutationObserver(() => this.syncPicking());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-timeline'] });
  }

  disconnectedCallback() {
    document.removeEventListener(WINDOW_EVENT, this.onWindow);
    this.removeEventListener('click', this.onClick);
    this.observer?.disconnect();
  }

  /** Pick controls exist only while a timeline listens; the class lets CSS show periods as clickable. */
  private syncPicking() {
    const ready = timelineReady();
    this.classList.toggle('can-pick', ready);
    for (const el of this.querySelectorAll<HTMLElement>('[data-pick]')) el.hidden = !ready;
  }

  protected setStatus(text: string) {
    const status = this.querySelector('[data-status]');
    if (status && status.textContent !== text) status.textContent = text;
  }
}

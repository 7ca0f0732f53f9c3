/**
 * <pmf-map>: interaction on top of the server-drawn incident map. It never redraws the SVG; it
 * reads which events each place holds from the table (the one complete list, present with or
 * without JavaScript), shows a place's events in a panel when the reader picks it in the native
 * <select>, hovers or clicks its mark, and follows the timeline: on `pmf:window` it fades places
 * with no event in the window and says how many events are shown. Alone on a page it shows all.
 */

import { countLine, placeState, visibleByPlace } from '../../../lib/map/linked.ts';
import { latestPerFrame } from '../shared/latest-per-frame.ts';

interface WindowDetail {
  readonly from: number;
  readonly to: number;
  readonly actor: string | null;
  readonly ids: readonly string[];
}

const isWindowDetail = (detail: unknown): detail is WindowDetail =>
  typeof detail === 'object' && detail !== null && Array.isArray((detail as WindowDetail).ids);

class PmfMap extends HTMLElement {
  /** Event id → key of the place that holds it. */
  private placeOf = new Map<string, string>();
  private totals = new Map<string, number>();
  /** Ids in the timeline's window, or null when no timeline has spoken (everything shown). */
  private shown: ReadonlySet<string> | null = null;
  private active: string | null = null;
  private select: HTMLSelectElement | null = null;
  private panel: HTMLElement | null = null;
  private allText = '';

  private readonly showLatest = latestPerFrame((ids: readonly string[]) => {
    this.shown = new Set(ids);
    this.paint();
  });

  private readonly onWindow = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (isWindowDetail(detail)) this.showLatest(detail.ids);
  };

  connectedCallback() {
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-place]')) {
      const key = row.dataset.place ?? '';
      const ids = [...row.querySelectorAll<HTMLElement>('li[data-id]')].map((li) => li.dataset.id ?? '');
      for (const id of ids) this.placeOf.set(id, key);
      this.totals.set(key, ids.length);
    }
    this.select = this.querySelector<HTMLSelectElement>('[data-place-select]');
    this.panel = this.querySelector<HTMLElement>('[data-panel]');
    this.allText = this.querySelector('[data-count]')?.textContent ?? '';
    for (const option of this.select?.options ?? []) option.dataset.label = option.textContent ?? '';
    this.querySelector('[data-explore]')?.removeAttribute('hidden');

    this.select?.addEventListener('change', () => this.activate(this.select?.value || null));
    this.addEventListener('click', (event) => {
      const key = this.placeAt(event.target);
      if (!key) return;
      if (this.select) this.select.value = key;
      this.activate(key);
    });
    // Hovering previews a place; leaving the map returns to the one picked.
    this.addEventListener('pointerover', (event) => {
      const key = this.placeAt(event.target);
      if (key && key !== this.active) this.showPlace(key);
    });
    for (const svg of this.querySelectorAll('svg.map-svg')) svg.addEventListener('pointerleave', () => this.showPlace(this.active));
    document.addEventListener('pmf:window', this.onWindow);
  }

  disconnectedCallback() {
    document.removeEventListener('pmf:window', this.onWindow);
  }

  private placeAt(target: EventTarget | null): string | null {
    return target instanceof Element ? (target.closest<SVGGElement>('svg .map-mark')?.dataset.place ?? null) : null;
  }

  private activate(key: string | null) {
    this.active = key;
    for (const mark of this.querySelectorAll<SVGGElement>('svg .map-mark')) mark.classList.toggle('is-active', mark.dataset.place === key);
    this.showPlace(key);
  }

  /** Fills the panel with the place's row from the table: its name, counts and events. */
  private showPlace(key: string | null) {
    const panel = this.panel;
    if (!panel) return;
    const row = key ? this.querySelector<HTMLTableRowElement>(`tr[data-place="${CSS.escape(key)}"]`) : null;
    if (!key || !row) {
      panel.replaceChildren();
      return;
    }
    const heading = document.createElement('h3');
    heading.textContent = row.querySelector('th')?.textContent?.trim() ?? '';
    const total = this.totals.get(key) ?? 0;
    const visible = visibleByPlace(this.placeOf, this.shown).get(key) ?? 0;
    const cells = row.querySelectorAll('td');
    const facts = document.createElement('p');
    facts.textContent = `${total === 1 ? '1 event' : `${total} events`}${this.shown ? `, ${visible} in the timeline’s window` : ''}; worst severity ${cells[1]?.textContent?.trim() ?? 'not known'}.`;
    const list = row.querySelector('ul.map-events')?.cloneNode(true);
    panel.replaceChildren(heading, facts, ...(list ? [list] : []));
  }

  /** Reflects the timeline's window: fades what is outside it, keeps the counts honest. */
  private paint() {
    const visible = visibleByPlace(this.placeOf, this.shown);
    for (const element of this.querySelectorAll<SVGElement>('svg [data-place]')) {
      const key = element.dataset.place ?? '';
      const total = this.totals.get(key) ?? 0;
      const n = visible.get(key) ?? 0;
      const state = placeState(n, total);
      element.classList.toggle('is-out', state === 'out');
      element.classList.toggle('is-partial', state === 'partial');
      if (element.classList.contains('count')) element.textContent = String(state === 'out' ? total : n);
    }
    for (const li of this.querySelectorAll<HTMLLIElement>('li[data-id]'))
      li.classList.toggle('is-out', !!this.shown && !this.shown.has(li.dataset.id ?? ''));
    for (const option of this.select?.options ?? []) {
      const total = this.totals.get(option.value);
      if (total === undefined) continue;
      const n = visible.get(option.value) ?? 0;
      option.textContent = this.shown && n < total ? `${option.dataset.label} – ${n} in the window` : (option.dataset.label ?? '');
    }
    const all = [...this.totals.values()].reduce((sum, n) => sum + n, 0);
    const shownCount = [...visible.values()].reduce((sum, n) => sum + n, 0);
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = countLine(shownCount, all, this.shown !== null, this.allText);
    if (this.active) this.showPlace(this.active);
  }
}

if (!customElements.get('pmf-map')) customElements.define('pmf-map', PmfMap);

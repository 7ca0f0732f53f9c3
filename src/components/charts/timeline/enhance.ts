/**
 * <pmf-timeline>: interaction on top of the server-rendered timeline. It reads the chart's data
 * from the JSON island, never redraws what the server drew on load, and keeps the address bar in
 * step so a view can be shared. Zoom: buttons, +/−, Ctrl+wheel or pinch; pan: buttons, drag,
 * Shift+arrows or the overview brush.
 */

import { binMarks } from '../../../lib/timeline/bins.ts';
import { summarizeWindow } from '../../../lib/timeline/describe.ts';
import { chainOf, type Filters, filterEvents } from '../../../lib/timeline/filters.ts';
import { type LaneMode, layoutTimeline, type TimelineGeometry } from '../../../lib/timeline/layout.ts';
import type { LedgerStatus, TimelineEvent, TypeGroupKey } from '../../../lib/timeline/model.ts';
import { layoutOverview, windowFromBrush } from '../../../lib/timeline/overview.ts';
import { parseState, serializeState, type TimelineState } from '../../../lib/timeline/url-state.ts';
import { matchingPreset, panWindow, presets, type Window, zoomWindow } from '../../../lib/timeline/window.ts';
import { CanvasLayer } from './canvas-layer.ts';
import { drawBrush, drawGeometry } from './draw.ts';

/** Above this many marks in view, the canvas layer draws them instead of the SVG. */
const DENSE = 1500;
/** Width of a density column in dense views, in chart units. */
const BIN_WIDTH = 3;

interface Island {
  events: TimelineEvent[];
  full: [number, number];
  domain: [number, number];
  mode: LaneMode;
  names: Record<string, string>;
  annotations: { event: string; label: string }[];
  focus: string | null;
  width: number;
}

class PmfTimeline extends HTMLElement {
  private data!: Island;
  private defaults!: TimelineState;
  private state!: TimelineState;
  private geometry: TimelineGeometry | null = null;
  private focused: string | null = null;
  private svg!: SVGSVGElement;
  private canvas!: HTMLElement;
  private primary = false;
  private layer: CanvasLayer | null = null;
  private dense = false;

  connectedCallback() {
    const island = this.querySelector('script[data-state]');
    const svg = this.querySelector<SVGSVGElement>('svg.timeline-svg');
    const canvas = this.querySelector<HTMLElement>('[data-canvas]');
    if (!island?.textContent || !svg || !canvas) return;
    this.data = JSON.parse(island.textContent) as Island;
    this.svg = svg;
    this.canvas = canvas;
    this.primary = this.dataset.primary === 'true';
    const noFilter: Filters = { groups: null, ledgers: null, actor: null, minSeverity: 0 };
    this.defaults = { window: this.data.domain, mode: this.data.mode, filters: noFilter, selected: this.data.focus };
    this.state = this.primary ? parseState(location.search, this.defaults) : this.defaults;

    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'group');
    canvas.setAttribute('aria-roledescription', 'interactive timeline');
    canvas.setAttribute('aria-label', svg.querySelector('title')?.textContent ?? 'Timeline');
    this.querySelector('[data-controls]')?.removeAttribute('hidden');
    this.wireControls();
    this.wireCanvas();
    this.wireOverview();
    this.wireTable();
    this.wirePanel();
    if (this.primary) addEventListener('popstate', () => this.apply(parseState(location.search, this.defaults), 'none'));
    // The server drew the default view; only redraw when the address asks for another one.
    const isDefault = serializeState(this.state, this.defaults) === serializeState(this.defaults, this.defaults);
    this.apply(this.state, 'none', !isDefault);
    // Lets the benchmark (and anyone profiling) measure time to interactive.
    performance.mark('timeline:interactive');
  }

  /** Moves to a new state, redraws what changed and records it in history ('push' for steps a reader may want to go back to). */
  private apply(next: TimelineState, history: 'push' | 'replace' | 'none', redraw = true) {
    this.state = next;
    const visible = filterEvents(this.data.events, next.filters);
    if (redraw || !this.geometry) {
      this.geometry = layoutTimeline(visible, {
        width: this.data.width,
        domain: next.window,
        mode: next.mode,
        actorNames: this.data.names,
        annotations: this.data.annotations,
      });
      if (redraw) {
        this.dense = this.geometry.marks.filter((m) => m.inView).length > DENSE;
        if (this.dense && !this.layer) this.layer = new CanvasLayer(this.svg, this.canvas);
        drawGeometry(this.svg, this.geometry, { marks: !this.dense });
        if (!this.dense) this.layer?.hide();
      }
    }
    const inWindow = visible.filter((e) => e.end > next.window[0] && e.start < next.window[1]);
    this.scheduleTable(new Set(inWindow.map((e) => e.id)));
    const summary = summarizeWindow(inWindow, next.window);
    this.setText('[data-summary]', summary);
    this.svg.querySelector('desc')?.replaceChildren(summary);
    this.setText('[data-count]', `Showing ${inWindow.length} of ${this.data.events.length} events.`);
    const overview = this.querySelector<SVGSVGElement>('[data-overview] svg');
    if (overview) drawBrush(overview, layoutOverview([], this.data.full, next.window, this.data.width));
    const preset = matchingPreset(next.window, this.data.full);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-range]'))
      button.setAttribute('aria-pressed', String(button.dataset.range === preset));
    this.syncControls();
    this.showSelection();
    if (this.primary && history !== 'none') {
      const url = `${location.pathname}${serializeState(next, this.defaults)}${location.hash}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
  }

  private tableTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * The table follows the chart once the reader pauses: re-showing hundreds of rows on every zoom
   * step would cost more than drawing the chart itself.
   */
  private scheduleTable(shown: ReadonlySet<string>) {
    clearTimeout(this.tableTimer);
    this.tableTimer = setTimeout(() => {
      for (const row of this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')) row.hidden = !shown.has(row.dataset.id ?? '');
    }, 120);
  }

  private setWindow(window: Window, history: 'push' | 'replace' = 'push') {
    this.apply({ ...this.state, window }, history);
  }

  private setFilters(patch: Partial<Filters>) {
    this.apply({ ...this.state, filters: { ...this.state.filters, ...patch } }, 'push');
  }

  private select(id: string | null, history: 'push' | 'none' = 'push') {
    const event = this.data.events.find((e) => e.id === id);
    let window = this.state.window;
    if (event && (event.end <= window[0] || event.start >= window[1])) {
      const span = window[1] - window[0];
      window = zoomWindow([event.start - span / 2, event.start + span / 2], 1, event.start, this.data.full);
    }
    this.apply({ ...this.state, selected: id, window }, history, window !== this.state.window);
  }

  private showSelection() {
    const id = this.state.selected;
    const chain = id ? chainOf(this.data.events, id) : new Set<string>();
    const lit = chain.size > 1;
    for (const mark of this.dense ? [] : this.svg.querySelectorAll<SVGGElement>('g.mark')) {
      const markId = mark.dataset.id ?? '';
      mark.classList.toggle('selected', markId === id);
      mark.classList.toggle('dimmed', lit && !chain.has(markId));
      mark.classList.toggle('focused', markId === this.focused);
    }
    for (const path of this.svg.querySelectorAll<SVGPathElement>('.chains path'))
      path.classList.toggle('lit', lit && chain.has(path.dataset.from ?? '') && chain.has(path.dataset.to ?? ''));
    if (this.dense && this.geometry) {
      const picked = this.geometry.marks.filter((m) => m.id === id || m.id === this.focused);
      this.layer?.drawBins(binMarks(this.geometry.marks, this.geometry.rows, BIN_WIDTH), this.geometry, BIN_WIDTH, picked);
    }
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]'))
      row.classList.toggle('selected', row.dataset.id === id);
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    const body = this.querySelector('[data-panel-body]');
    const details = id ? this.querySelector(`tr[data-id="${CSS.escape(id)}"] .event-details`) : null;
    if (!panel || !body) return;
    const event = this.data.events.find((e) => e.id === id);
    if (!id || !event) {
      panel.hidden = true;
      return;
    }
    if (details) {
      const copy = details.cloneNode(true) as HTMLElement;
      for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
      body.replaceChildren(copy);
    } else {
      // Past the table's row limit the page carries no details; point to the full record instead.
      const note = document.createElement('p');
      note.textContent = `${new Date(event.start).toISOString().slice(0, 10)} · severity ${event.severity}. The full record, with its sources, is in the downloadable data (id ${event.id}).`;
      body.replaceChildren(note);
    }
    this.setText('[data-panel-title]', this.data.events.find((e) => e.id === id)?.title ?? '');
    panel.hidden = false;
  }

  private visibleMarks(): string[] {
    return (this.geometry?.marks ?? [])
      .filter((m) => m.inView)
      .sort((a, b) => a.x - b.x || a.y - b.y)
      .map((m) => m.id);
  }

  private moveFocus(step: number | 'first' | 'last') {
    const ids = this.visibleMarks();
    if (ids.length === 0) return;
    const index = this.focused ? ids.indexOf(this.focused) : -1;
    const next = step === 'first' ? 0 : step === 'last' ? ids.length - 1 : Math.min(Math.max(index + step, 0), ids.length - 1);
    this.focused = ids[index === -1 && typeof step === 'number' ? (step > 0 ? 0 : ids.length - 1) : next] ?? null;
    this.showSelection();
    const mark = this.svg.querySelector(`g.mark[data-id="${CSS.escape(this.focused ?? '')}"] title`);
    this.setText('[data-announce]', `${mark?.textContent ?? ''} Press Enter for details.`);
  }

  private zoom(factor: number, anchor?: number) {
    const [a, b] = this.state.window;
    const focusedEvent = this.data.events.find((e) => e.id === this.focused);
    this.setWindow(zoomWindow(this.state.window, factor, anchor ?? focusedEvent?.start ?? (a + b) / 2, this.data.full));
  }

  private wireControls() {
    this.addEventListener('click', (event) => {
      const target = (event.target as Element).closest<HTMLElement>('[data-range],[data-zoom],[data-pan],[data-select]');
      if (!target) return;
      if (target.dataset.range) this.setWindow(presets[target.dataset.range]?.(this.data.full) ?? this.data.full);
      if (target.dataset.zoom) this.zoom(target.dataset.zoom === 'in' ? 0.5 : 2);
      if (target.dataset.pan) this.setWindow(panWindow(this.state.window, Number(target.dataset.pan) * 0.5, this.data.full));
      if (target.dataset.select) {
        event.preventDefault();
        this.select(target.dataset.select);
      }
    });
    this.querySelector<HTMLSelectElement>('[data-mode]')?.addEventListener('change', (e) =>
      this.apply({ ...this.state, mode: (e.target as HTMLSelectElement).value as LaneMode }, 'push'),
    );
    this.querySelector('.filters')?.addEventListener('change', () => {
      const checked = (name: string) => [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
      const set = <T extends string>(name: string) =>
        checked(name).every((i) => i.checked)
          ? null
          : new Set(
              checked(name)
                .filter((i) => i.checked)
                .map((i) => i.value as T),
            );
      this.setFilters({
        groups: set<TypeGroupKey>('group'),
        ledgers: set<LedgerStatus>('ledger'),
        actor: this.querySelector<HTMLSelectElement>('select[name="actor"]')?.value || null,
        minSeverity: Number(this.querySelector<HTMLSelectElement>('select[name="severity"]')?.value ?? 0),
      });
    });
  }

  private syncControls() {
    const { filters, mode } = this.state;
    const modeSelect = this.querySelector<HTMLSelectElement>('[data-mode]');
    if (modeSelect) modeSelect.value = mode;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name="group"]'))
      input.checked = !filters.groups || filters.groups.has(input.value as TypeGroupKey);
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name="ledger"]'))
      input.checked = !filters.ledgers || filters.ledgers.has(input.value as LedgerStatus);
    const actor = this.querySelector<HTMLSelectElement>('select[name="actor"]');
    if (actor) actor.value = filters.actor ?? '';
    const severity = this.querySelector<HTMLSelectElement>('select[name="severity"]');
    if (severity) severity.value = String(filters.minSeverity);
  }

  private wireCanvas() {
    const canvas = this.canvas;
    canvas.addEventListener('keydown', (event) => {
      const pan = (direction: number) => this.setWindow(panWindow(this.state.window, direction * 0.25, this.data.full), 'replace');
      const actions: Record<string, () => void> = {
        ArrowRight: () => (event.shiftKey ? pan(1) : this.moveFocus(1)),
        ArrowLeft: () => (event.shiftKey ? pan(-1) : this.moveFocus(-1)),
        Home: () => this.moveFocus('first'),
        End: () => this.moveFocus('last'),
        Enter: () => this.focused && this.select(this.focused),
        ' ': () => this.focused && this.select(this.focused),
        Escape: () => this.select(null),
        '+': () => this.zoom(0.5),
        '=': () => this.zoom(0.5),
        '-': () => this.zoom(2),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    });
    canvas.addEventListener('click', (event) => {
      if (this.dense) {
        // A density column stands for many events: clicking it zooms in until they separate.
        this.zoom(0.25, this.timeAt(event.clientX));
        return;
      }
      const id = (event.target as Element).closest<SVGGElement>('g.mark')?.dataset.id ?? null;
      if (id) {
        this.focused = id;
        this.select(id);
      }
    });
    canvas.addEventListener(
      'wheel',
      (event) => {
        if (!(event.ctrlKey || event.metaKey) && Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) this.zoom(event.deltaY > 0 ? 1.25 : 0.8, this.timeAt(event.clientX));
        else this.setWindow(panWindow(this.state.window, event.deltaX / 1000, this.data.full), 'replace');
      },
      { passive: false },
    );
    const pointers = new Map<number, number>();
    let last: { x: number; gap: number | null } | null = null;
    canvas.addEventListener('pointerdown', (event) => {
      if ((event.target as Element).closest('g.mark')) return;
      canvas.setPointerCapture(event.pointerId);
      pointers.set(event.pointerId, event.clientX);
      last = { x: event.clientX, gap: null };
    });
    canvas.addEventListener('pointermove', (event) => {
      if (!pointers.has(event.pointerId) || !last) return;
      pointers.set(event.pointerId, event.clientX);
      const xs = [...pointers.values()];
      const width = canvas.getBoundingClientRect().width || 1;
      if (xs.length >= 2) {
        const gap = Math.abs((xs[0] ?? 0) - (xs[1] ?? 0));
        if (last.gap) this.zoom(last.gap / Math.max(gap, 1), this.timeAt(((xs[0] ?? 0) + (xs[1] ?? 0)) / 2));
        last.gap = gap;
      } else {
        const [a, b] = this.state.window;
        this.setWindow(panWindow(this.state.window, ((last.x - event.clientX) / width) * ((b - a) / (b - a)), this.data.full), 'replace');
        last.x = event.clientX;
      }
    });
    const end = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (pointers.size === 0 && last) {
        last = null;
        this.apply(this.state, 'push', false);
      }
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
  }

  /** The time under a screen x position. */
  private timeAt(clientX: number): number {
    const box = this.svg.getBoundingClientRect();
    const plot = this.geometry?.plot ?? { left: 0, right: this.data.width };
    const svgX = ((clientX - box.left) / (box.width || 1)) * this.data.width;
    const [a, b] = this.state.window;
    return a + ((svgX - plot.left) / (plot.right - plot.left)) * (b - a);
  }

  private wireOverview() {
    const overview = this.querySelector<SVGSVGElement>('[data-overview] svg');
    if (!overview) return;
    let drag: { startX: number; window: Window; onBrush: boolean } | null = null;
    const toSvgX = (clientX: number) => {
      const box = overview.getBoundingClientRect();
      return ((clientX - box.left) / (box.width || 1)) * this.data.width;
    };
    overview.addEventListener('pointerdown', (event) => {
      overview.setPointerCapture(event.pointerId);
      drag = {
        startX: toSvgX(event.clientX),
        window: this.state.window,
        onBrush: Boolean((event.target as Element).closest('[data-brush]')),
      };
    });
    overview.addEventListener('pointermove', (event) => {
      if (!drag) return;
      const x = toSvgX(event.clientX);
      if (drag.onBrush) {
        const [a, b] = drag.window;
        const full = this.data.full;
        const shift = ((x - drag.startX) / (this.data.width - 24)) * (full[1] - full[0]);
        this.setWindow(panWindow([a + shift, b + shift], 0, full), 'replace');
      } else if (Math.abs(x - drag.startX) > 4) {
        this.setWindow(windowFromBrush(this.data.full, this.data.width, drag.startX, x), 'replace');
      }
    });
    overview.addEventListener('pointerup', () => {
      drag = null;
      this.apply(this.state, 'push', false);
    });
  }

  private wireTable() {
    for (const header of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = header.textContent;
      header.replaceChildren(button);
      button.addEventListener('click', () => {
        const key = header.dataset.sort ?? 'date';
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const other of this.querySelectorAll('th[data-sort]')) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = this.querySelector('tbody');
        const rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
        const value = (row: HTMLTableRowElement) => Number(row.dataset[key === 'date' ? 'start' : key] ?? 0);
        rows.sort((a, b) => (value(a) - value(b) || Number(a.dataset.start) - Number(b.dataset.start)) * (ascending ? 1 : -1));
        body?.append(...rows);
      });
    }
  }

  private wirePanel() {
    this.querySelector('[data-close]')?.addEventListener('click', () => {
      this.select(null);
      this.canvas.focus();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.state.selected && (event.target as Element).closest('[data-panel]')) {
        this.select(null);
        this.canvas.focus();
      }
    });
  }

  private setText(selector: string, text: string) {
    const element = this.querySelector(selector);
    if (element) element.textContent = text;
  }
}

customElements.define('pmf-timeline', PmfTimeline);

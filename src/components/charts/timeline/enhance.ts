/**
 * <pmf-timeline>: interaction on top of the server-rendered timeline. It reads the chart's data
 * from the JSON island, never redraws what the server drew on load, and keeps the address bar in
 * step so a view can be shared. Zoom: buttons, +/−, Ctrl+wheel or pinch; pan: buttons, drag,
 * Shift+arrows or the overview brush.
 */

import {
  isSelectActorDetail,
  isSelectWindowDetail,
  SELECT_ACTOR_EVENT,
  SELECT_WINDOW_EVENT,
  WINDOW_EVENT,
  type WindowDetail,
} from '../../../lib/charts/linked-views.ts';
import { summarizeWindow } from '../../../lib/timeline/describe.ts';
import { chainOf, type Filters, filterEvents } from '../../../lib/timeline/filters.ts';
import { keyCommand } from '../../../lib/timeline/keys.ts';
import { type LaneMode, layoutTimeline, type TimelineGeometry } from '../../../lib/timeline/layout.ts';
import { markTooltip } from '../../../lib/timeline/markup.ts';
import type { TimelineEvent } from '../../../lib/timeline/model.ts';
import { layoutOverview } from '../../../lib/timeline/overview.ts';
import { parseState, serializeState, type TimelineState } from '../../../lib/timeline/url-state.ts';
import { clampWindow, matchingPreset, panWindow, presets, type Window, zoomWindow } from '../../../lib/timeline/window.ts';
import { readFilters, writeControls } from './controls.ts';
import { drawBrush, drawGeometry } from './draw.ts';
import { enableBrush, enableChartGestures, type GestureView } from './gestures.ts';
import { showDetails } from './panel.ts';
import { enableTableSorting } from './table-sort.ts';

/** Above this many marks in view, marks jump to their new place instead of gliding. */
const GLIDE_LIMIT = 200;

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
  /** Whether the charts beside this timeline follow it (see lib/charts/linked-views.ts). */
  private linked = false;
  private dense = false;
  private eventsById = new Map<string, TimelineEvent>();

  connectedCallback() {
    // A slice inside a long page is drawn already; its interaction can wait until the reader nears
    // it, so a page with several slices spends its first moments on the text, not on them.
    const waits = this.dataset.primary !== 'true' && this.dataset.linked !== 'true' && 'IntersectionObserver' in window;
    if (!waits) return this.enhance();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        this.enhance();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(this);
  }

  private enhance() {
    const island = this.querySelector('script[data-state]');
    const svg = this.querySelector<SVGSVGElement>('svg.timeline-svg');
    const canvas = this.querySelector<HTMLElement>('[data-canvas]');
    if (!island?.textContent || !svg || !canvas) return;
    this.data = JSON.parse(island.textContent) as Island;
    this.eventsById = new Map(this.data.events.map((e) => [e.id, e]));
    this.svg = svg;
    this.canvas = canvas;
    this.primary = this.dataset.primary === 'true';
    this.linked = this.primary || this.dataset.linked === 'true';
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
    enableTableSorting(this);
    this.wirePanel();
    if (this.primary) addEventListener('popstate', () => this.apply(parseState(location.search, this.defaults), 'none'));
    // The server drew the default view; only redraw when the address asks for another one.
    const isDefault = serializeState(this.state, this.defaults) === serializeState(this.defaults, this.defaults);
    this.apply(this.state, 'none', !isDefault);
    if (this.linked) this.linkViews();
    // Lets the benchmark (and anyone profiling) measure time to interactive.
    performance.mark('timeline:interactive');
  }

  /**
   * Lets the charts beside the timeline follow it and steer it: a picked period moves the window,
   * a picked faction filters the events. The charts show their pick controls once the page says a
   * timeline is listening, and get the current window at once.
   */
  private linkViews() {
    document.addEventListener(SELECT_WINDOW_EVENT, (e) => {
      const detail = (e as CustomEvent).detail;
      if (isSelectWindowDetail(detail)) this.setWindow(clampWindow([detail.from, detail.to], this.data.full));
      this.canvas.scrollIntoView({ block: 'nearest' });
    });
    document.addEventListener(SELECT_ACTOR_EVENT, (e) => {
      const detail = (e as CustomEvent).detail;
      if (isSelectActorDetail(detail)) this.setFilters({ actor: detail.actor });
    });
    document.documentElement.dataset.timeline = 'ready';
    this.announceWindow();
    // Charts whose scripts run after this one missed that first word: say it again once all have run.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.announceWindow(), { once: true });
    else setTimeout(() => this.announceWindow(), 0);
  }

  private announceWindow() {
    const [from, to] = this.state.window;
    const ids = this.filtered(this.state.filters)
      .filter((e) => e.end > from && e.start < to)
      .map((e) => e.id);
    const detail: WindowDetail = { from, to, actor: this.state.filters.actor, ids };
    document.dispatchEvent(new CustomEvent(WINDOW_EVENT, { detail }));
  }

  /** Moves to a new state, redraws what changed and records it in history ('push' for steps a reader may want to go back to). */
  private apply(next: TimelineState, history: 'push' | 'replace' | 'none', redraw = true) {
    this.state = next;
    const visible = this.filtered(next.filters);
    if (redraw || !this.geometry) {
      this.geometry = layoutTimeline(visible, {
        width: this.data.width,
        domain: next.window,
        mode: next.mode,
        actorNames: this.data.names,
        annotations: this.data.annotations,
      });
      this.dense = this.geometry.dense;
      // Marks glide to their new place only when few move: hundreds gliding at once read as noise
      // and cost a restyle of every mark in every frame of the glide.
      this.classList.toggle('crowded', this.geometry.marks.filter((m) => m.inView).length > GLIDE_LIMIT);
      if (redraw) drawGeometry(this.svg, this.geometry, this.eventsById);
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
    writeControls(this, next.filters, next.mode);
    // Redrawn marks (new ones, or chains) need their classes again.
    this.showSelection(redraw);
    if (this.linked) this.announceWindow();
    if (this.primary && history !== 'none') {
      const url = `${location.pathname}${serializeState(next, this.defaults)}${location.hash}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
  }

  private filterCache: { filters: Filters; events: TimelineEvent[] } | null = null;

  /** The events passing the filters; zoom and pan keep the filters, so the last answer is reused. */
  private filtered(filters: Filters): TimelineEvent[] {
    if (this.filterCache?.filters !== filters) this.filterCache = { filters, events: filterEvents(this.data.events, filters) };
    return this.filterCache.events;
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
    const event = this.eventsById.get(id ?? '');
    let window = this.state.window;
    if (event && (event.end <= window[0] || event.start >= window[1])) {
      const span = window[1] - window[0];
      window = zoomWindow([event.start - span / 2, event.start + span / 2], 1, event.start, this.data.full);
    }
    this.apply({ ...this.state, selected: id, window }, history, window !== this.state.window);
  }

  /** The selection last painted, so zoom steps that change nothing skip restyling every mark and row. */
  private painted = '';

  private showSelection(force = false) {
    const id = this.state.selected;
    const key = `${id}|${this.focused}|${this.dense}`;
    if (!force && key === this.painted) return;
    this.painted = key;
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
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tbody tr.selected')) row.classList.remove('selected');
    if (id) this.querySelector<HTMLTableRowElement>(`tbody tr[data-id="${CSS.escape(id)}"]`)?.classList.add('selected');
    showDetails(this, this.eventsById.get(id ?? ''));
  }

  /** Ids in reading order: marks left to right, or, in a density view, the events in the window by date. */
  private visibleMarks(): string[] {
    if (this.dense) {
      const [a, b] = this.state.window;
      return this.filtered(this.state.filters)
        .filter((e) => e.end > a && e.start < b)
        .map((e) => e.id);
    }
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
    const event = this.eventsById.get(this.focused ?? '');
    this.setText('[data-announce]', `${event ? markTooltip(event) : ''} Press Enter for details.`);
  }

  private zoom(factor: number, anchor?: number) {
    const [a, b] = this.state.window;
    const focusedEvent = this.eventsById.get(this.focused ?? '');
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
    this.querySelector('.filters')?.addEventListener('change', () => this.setFilters(readFilters(this)));
  }

  private wireCanvas() {
    const canvas = this.canvas;
    canvas.addEventListener('keydown', (event) => {
      const command = keyCommand(event.key, event.shiftKey);
      if (!command) return;
      event.preventDefault();
      if (command.kind === 'focus') this.moveFocus(command.step);
      if (command.kind === 'pan') this.setWindow(panWindow(this.state.window, command.direction * 0.25, this.data.full), 'replace');
      if (command.kind === 'zoom') this.zoom(command.factor);
      if (command.kind === 'open' && this.focused) this.select(this.focused);
      if (command.kind === 'close') this.select(null);
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
    enableChartGestures(canvas, this.gestureView());
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
    if (overview) enableBrush(overview, this.gestureView());
  }

  /** What pointer gestures may ask of this timeline. */
  private gestureView(): GestureView {
    return {
      full: this.data.full,
      width: this.data.width,
      window: () => this.state.window,
      setWindow: (window) => this.setWindow(window, 'replace'),
      zoom: (factor, anchor) => this.zoom(factor, anchor),
      timeAt: (clientX) => this.timeAt(clientX),
      commit: () => this.apply(this.state, 'push', false),
    };
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

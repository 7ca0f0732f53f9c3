/**
 * Pointer gestures on the timeline: Ctrl+wheel or pinch to zoom, horizontal wheel or drag to pan,
 * and the overview brush. They only ask the view to move; the view decides what to draw.
 */
import { windowFromBrush } from '../../../lib/timeline/overview.ts';
import { panWindow, type Window } from '../../../lib/timeline/window.ts';

/** What a gesture may ask of the timeline. */
export interface GestureView {
  readonly full: Window;
  /** Width of the chart in SVG units. */
  readonly width: number;
  window(): Window;
  /** Moves the window during a gesture (history is replaced, not pushed). */
  setWindow(window: Window): void;
  zoom(factor: number, anchor?: number): void;
  timeAt(clientX: number): number;
  /** Records the view in history once a gesture ends. */
  commit(): void;
}

export function enableChartGestures(canvas: HTMLElement, view: GestureView): void {
  canvas.addEventListener(
    'wheel',
    (event) => {
      const zooming = event.ctrlKey || event.metaKey;
      // Plain vertical wheel scrolls the page, as a reader expects.
      if (!zooming && Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      if (zooming) view.zoom(event.deltaY > 0 ? 1.25 : 0.8, view.timeAt(event.clientX));
      else view.setWindow(panWindow(view.window(), event.deltaX / 1000, view.full));
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
    const [first = 0, second] = [...pointers.values()];
    if (second !== undefined) {
      const gap = Math.abs(first - second);
      if (last.gap) view.zoom(last.gap / Math.max(gap, 1), view.timeAt((first + second) / 2));
      last.gap = gap;
    } else {
      const width = canvas.getBoundingClientRect().width || 1;
      view.setWindow(panWindow(view.window(), (last.x - event.clientX) / width, view.full));
      last.x = event.clientX;
    }
  });
  const end = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pointers.size === 0 && last) {
      last = null;
      view.commit();
    }
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
}

/** Drag the brush to pan; drag elsewhere on the overview to draw a new window. */
export function enableBrush(overview: SVGSVGElement, view: GestureView): void {
  let drag: { startX: number; window: Window; onBrush: boolean } | null = null;
  const toSvgX = (clientX: number) => {
    const box = overview.getBoundingClientRect();
    return ((clientX - box.left) / (box.width || 1)) * view.width;
  };
  overview.addEventListener('pointerdown', (event) => {
    overview.setPointerCapture(event.pointerId);
    drag = { startX: toSvgX(event.clientX), window: view.window(), onBrush: Boolean((event.target as Element).closest('[data-brush]')) };
  });
  overview.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const x = toSvgX(event.clientX);
    if (drag.onBrush) {
      const [a, b] = drag.window;
      const shift = ((x - drag.startX) / (view.width - 24)) * (view.full[1] - view.full[0]);
      view.setWindow(panWindow([a + shift, b + shift], 0, view.full));
    } else if (Math.abs(x - drag.startX) > 4) {
      view.setWindow(windowFromBrush(view.full, view.width, drag.startX, x));
    }
  });
  overview.addEventListener('pointerup', () => {
    drag = null;
    view.commit();
  });
}

/**
 * Draws dense views on a <canvas> over the SVG: moving thousands of SVG elements on every zoom
 * step is what makes large timelines slow, and at that density single shapes cannot be told apart
 * anyway. The canvas shows density columns (see lib/timeline/bins.ts) plus the selected or focused
 * event as its own mark. Shapes and colours are learnt from the server-drawn SVG, so the palette
 * stays in CSS and both layers agree.
 */
import type { Bin } from '../../../lib/timeline/bins.ts';
import type { Mark, TimelineGeometry } from '../../../lib/timeline/layout.ts';

interface Paint {
  fill: string;
  stroke: string;
  fillOpacity: number;
  dashed: boolean;
}

export class CanvasLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly paths = new Map<string, Path2D>();
  private readonly paints = new Map<string, Paint>();
  private readonly samples = new Map<string, SVGGElement>();
  /** The SVG's on-screen size, kept by a ResizeObserver so drawing never forces a layout. */
  private box: { width: number; height: number };

  constructor(svg: SVGSVGElement, host: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'timeline-canvas-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.hidden = true;
    host.append(this.canvas);
    for (const element of svg.querySelectorAll<SVGGElement>('g.mark')) {
      const symbol = element.querySelector('path.symbol')?.getAttribute('d');
      if (symbol) this.paths.set(element.dataset.id ?? '', new Path2D(symbol));
      const key = `g-${element.classList[1]?.slice(2) ?? ''} ${element.classList[2] ?? ''}`;
      if (!this.samples.has(key)) this.samples.set(key, element);
      const groupKey = `group ${element.classList[1] ?? ''}`;
      if (!this.samples.has(groupKey)) this.samples.set(groupKey, element);
    }
    const rect = svg.getBoundingClientRect();
    this.box = { width: rect.width, height: rect.height };
    new ResizeObserver(([entry]) => {
      if (entry) this.box = { width: entry.contentRect.width, height: entry.contentRect.height };
    }).observe(svg);
    // Colours follow the theme: forget them when it changes.
    const forget = () => this.paints.clear();
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', forget);
    new MutationObserver(forget).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  private paintFor(group: string, ledger: string): Paint {
    const key = `g-${group} ledger-${ledger}`;
    const cached = this.paints.get(key);
    if (cached) return cached;
    const sample = this.samples.get(key) ?? this.samples.get(`group g-${group}`);
    const shape = sample?.querySelector('.symbol, .span');
    const style = shape ? getComputedStyle(shape) : null;
    const paint = {
      fill: style?.fill ?? 'currentColor',
      stroke: style?.stroke ?? 'currentColor',
      fillOpacity: Number(style?.fillOpacity ?? 1),
      dashed: (style?.strokeDasharray ?? 'none') !== 'none',
    };
    this.paints.set(key, paint);
    return paint;
  }

  hide(): void {
    this.canvas.hidden = true;
  }

  /** A cleared 2D context scaled to chart units. */
  private context(width: number, height: number): CanvasRenderingContext2D | null {
    const ratio = window.devicePixelRatio || 1;
    this.canvas.hidden = false;
    this.canvas.style.width = `${this.box.width}px`;
    this.canvas.style.height = `${this.box.height}px`;
    this.canvas.width = Math.round(this.box.width * ratio);
    this.canvas.height = Math.round(this.box.height * ratio);
    const context = this.canvas.getContext('2d');
    context?.setTransform((this.box.width / width) * ratio, 0, 0, (this.box.height / height) * ratio, 0, 0);
    return context;
  }

  /**
   * Density columns: one bar per bin, as tall as the square root of its share of the busiest bin,
   * coloured by its most common kind and darker the more severe its worst event; then the
   * highlighted events on top as marks.
   */
  drawBins(bins: readonly Bin[], geometry: TimelineGeometry, binWidth: number, highlighted: readonly Mark[]): void {
    const context = this.context(geometry.width, geometry.height);
    if (!context) return;
    const most = Math.max(1, ...bins.map((b) => b.count));
    for (const bin of bins) {
      const row = geometry.rows[bin.row];
      if (!row) continue;
      const height = Math.max(2, Math.sqrt(bin.count / most) * (row.y1 - row.y0 - 22));
      context.fillStyle = this.paintFor(bin.group, 'none').fill;
      context.globalAlpha = 0.35 + 0.65 * (bin.maxSeverity / 4);
      context.fillRect(bin.x, row.y1 - 4 - height, binWidth - 0.5, height);
    }
    context.globalAlpha = 1;
    context.lineWidth = 3;
    for (const mark of highlighted) {
      const path = this.paths.get(mark.id);
      if (!path) continue;
      const paint = this.paintFor(mark.group, mark.ledger);
      context.save();
      context.translate(mark.x, mark.y);
      context.fillStyle = paint.fill;
      context.strokeStyle = paint.stroke;
      context.fill(path);
      context.stroke(path);
      context.restore();
    }
  }
}

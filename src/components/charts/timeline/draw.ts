/**
 * Applies a new geometry to the server-rendered SVG: marks are moved, shown or hidden (created only
 * when the first view was too crowded to draw them); the light decorations (rows, ticks, chains,
 * labels, density bars) are redrawn from strings.
 */
import type { TimelineGeometry } from '../../../lib/timeline/layout.ts';
import { barsMarkup, markMarkup, markTooltip } from '../../../lib/timeline/markup.ts';
import type { TimelineEvent } from '../../../lib/timeline/model.ts';
import type { OverviewGeometry } from '../../../lib/timeline/overview.ts';

const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** Redraws the SVG for a geometry; `events` supplies the titles of marks that must be created. */
export function drawGeometry(svg: SVGSVGElement, g: TimelineGeometry, events: ReadonlyMap<string, TimelineEvent>): void {
  svg.setAttribute('viewBox', `0 0 ${g.width} ${g.height}`);
  svg.setAttribute('height', String(g.height));
  const part = (name: string) => svg.querySelector<SVGGElement>(`g.${name}`);

  const rows = part('rows');
  if (rows)
    rows.innerHTML = g.rows
      .map(
        (row, i) =>
          `<g class="row" data-row="${escapeText(row.key)}"><rect class="row-band${i % 2 ? ' alt' : ''}" x="${g.plot.left}" y="${row.y0}" width="${g.plot.right - g.plot.left}" height="${row.y1 - row.y0}"></rect><text class="row-label" x="${g.plot.left + 6}" y="${row.y0 + 14}">${escapeText(row.label)}</text></g>`,
      )
      .join('');

  const axis = part('axis');
  if (axis)
    axis.innerHTML = g.ticks
      .map(
        (t) =>
          `<g class="tick${t.major ? ' major' : ''}" transform="translate(${t.x},0)"><line y1="${g.plot.top}" y2="${g.plot.bottom + 4}"></line><text y="${g.plot.bottom + 18}">${escapeText(t.label)}</text></g>`,
      )
      .join('');

  const chains = part('chains');
  if (chains) chains.innerHTML = g.chains.map((c) => `<path d="${c.d}" data-from="${c.from}" data-to="${c.to}"></path>`).join('');

  const labels = part('annotations');
  if (labels)
    labels.innerHTML = g.annotations
      .map(
        (a) =>
          `<g class="annotation" data-for="${a.id}"><line x1="${a.markX}" x2="${a.markX}" y1="${a.y + 4}" y2="${a.markY - 2}"></line><text x="${a.left + a.width / 2}" y="${a.y}" text-anchor="middle">${escapeText(a.text)}</text></g>`,
      )
      .join('');

  const density = part('density');
  if (density) density.innerHTML = barsMarkup(g.bars);
  const marksGroup = part('marks');
  if (!marksGroup) return;
  marksGroup.style.display = g.dense ? 'none' : '';
  if (g.dense) return;
  const byId = new Map(g.marks.map((m) => [m.id, m]));
  const drawn = new Set([...marksGroup.querySelectorAll<SVGGElement>('g.mark')].map((m) => m.dataset.id));
  const missing = g.marks.filter((m) => m.inView && !drawn.has(m.id));
  if (missing.length > 0) {
    const tooltip = (id: string) => {
      const event = events.get(id);
      return event ? markTooltip(event) : '';
    };
    marksGroup.insertAdjacentHTML('beforeend', missing.map((m) => markMarkup(m, tooltip(m.id))).join(''));
  }
  for (const element of marksGroup.querySelectorAll<SVGGElement>('g.mark')) {
    const mark = byId.get(element.dataset.id ?? '');
    if (!mark?.inView) {
      element.style.display = 'none';
      continue;
    }
    element.style.display = '';
    element.setAttribute('transform', `translate(${mark.x},${mark.y})`);
    const span = element.querySelector('rect.span');
    if (span && mark.span) {
      span.setAttribute('x', String(mark.span.x0 - mark.x));
      span.setAttribute('width', String(Math.max(2, mark.span.x1 - mark.span.x0)));
    }
  }
}

export function drawBrush(overview: SVGSVGElement, o: OverviewGeometry): void {
  const brush = overview.querySelector('[data-brush]');
  brush?.setAttribute('x', String(o.brush.x0));
  brush?.setAttribute('width', String(Math.max(4, o.brush.x1 - o.brush.x0)));
}

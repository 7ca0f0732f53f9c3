/**
 * SVG markup for marks and density bars, as strings: the build renders the first view with these
 * and the enhancement adds marks that the first view did not need, so both draw identical shapes.
 */
import type { DensityBar } from './bins.ts';
import { rangeText } from './describe.ts';
import type { Mark } from './layout.ts';
import type { TimelineEvent } from './model.ts';
import { symbolPath } from './symbols.ts';

const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

const dateFormats = {
  day: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};

/** The text a mark's <title> carries: "27 December 2019: Rocket attack on K-1. Severity 3. 1 killed." */
export function markTooltip(e: TimelineEvent): string {
  const killed = rangeText(e.killed, 'killed');
  return `${dateFormats[e.precision].format(e.start)}: ${e.title}. Severity ${e.severity}.${killed ? ` ${killed}.` : ''}`;
}

/** One mark: a <g> with its title, its span (for periods and durations) and its symbol. */
export function markMarkup(m: Mark, tooltip: string): string {
  const hidden = m.inView ? '' : ' style="display:none"';
  const span = m.span
    ? `<rect class="span span-${m.span.kind}" x="${round(m.span.x0 - m.x)}" y="${m.span.kind === 'period' ? round(-m.r * 0.6) : -2}" width="${round(Math.max(2, m.span.x1 - m.span.x0))}" height="${m.span.kind === 'period' ? round(m.r * 1.2) : 4}" rx="2"></rect>`
    : '';
  const symbol = m.span?.kind === 'period' ? '' : `<path class="symbol" d="${symbolPath(m.shape, m.r)}"></path>`;
  return `<g class="mark g-${m.group} ledger-${m.ledger}" data-id="${m.id}" data-severity="${m.severity}" transform="translate(${m.x},${m.y})"${hidden}><title>${escapeText(tooltip)}</title>${span}${symbol}</g>`;
}

/**
 * Density bars (decorative: the text summary and the table carry the same counts), merged into one
 * path per kind and opacity, so thousands of bars cost a few dozen elements.
 */
export function barsMarkup(bars: readonly DensityBar[]): string {
  const paths = new Map<string, string[]>();
  for (const b of bars) {
    const key = `${b.group} ${b.opacity}`;
    const segment = `M${b.x} ${b.y}h${b.width}v${b.height}h${-b.width}z`;
    const list = paths.get(key);
    if (list) list.push(segment);
    else paths.set(key, [segment]);
  }
  return [...paths.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, segments]) => {
      const [group, opacity] = key.split(' ');
      return `<path class="bar g-${group}" fill-opacity="${opacity}" d="${segments.join('')}"></path>`;
    })
    .join('');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

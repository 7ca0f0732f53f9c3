/**
 * Relations network layout: actors + relations + width → every position the drawing needs.
 *
 * A layered layout rather than a force simulation: each band (outside states, Iran-aligned
 * factions, front names, the Sadr–Najaf current, state bodies and community units) is a strip of
 * grid cells, so groups read at a glance, labels cannot collide by construction, and the same input
 * always gives the same picture. Within a band, actors are first ordered by the mean position of
 * the actors they are linked to (the barycentre heuristic, a few sweeps up and down), then pairs of
 * cells are swapped while that shortens the relations or lifts them off other actors
 * (./placement.ts). Positions are computed once over every actor, whatever year is shown, so nothing moves
 * when the reader changes the year.
 */
import { curveControl } from './curve.ts';
import { type BandKey, bands, type NetworkData, type RelationKind } from './model.ts';
import { improvePlacement, type Slot } from './placement.ts';
import { type NodeShape, nodeShapes, nodeSymbol } from './styles.ts';
import { textWidth, wrapText } from './text.ts';

export interface LayoutOptions {
  /** viewBox width. */
  readonly width: number;
  /** Label size in viewBox units (default 13). Choose it so labels stay ≥ 12 px at the width the SVG is shown. */
  readonly fontSize?: number;
  /** Narrowest grid cell; the number of columns follows from the width (default 150). */
  readonly minCellWidth?: number;
}

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface NodeGeometry {
  readonly id: string;
  readonly band: BandKey;
  readonly shape: NodeShape;
  /** Symbol centre. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Symbol path data centred on 0,0. */
  readonly symbol: string;
  /** Label to the right of the symbol: left edge, first baseline, and the wrapped lines. */
  readonly label: { readonly x: number; readonly y: number; readonly lines: readonly string[] };
  /** Symbol and label together: no two nodes' boxes overlap. */
  readonly box: Box;
  readonly column: number;
  readonly row: number;
}

export interface EdgeGeometry {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: RelationKind;
  /** A quadratic curve from just outside the source symbol to just outside the target's. */
  readonly d: string;
}

export interface BandGeometry {
  readonly key: BandKey;
  readonly label: string;
  readonly y0: number;
  readonly y1: number;
  /** Heading baseline (first line) and the heading wrapped to the width. */
  readonly labelY: number;
  readonly labelLines: readonly string[];
  readonly labelBox: Box;
}

export interface NetworkGeometry {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly columns: number;
  readonly bands: readonly BandGeometry[];
  readonly nodes: readonly NodeGeometry[];
  readonly edges: readonly EdgeGeometry[];
}

export const MARGIN = 8;
export const NODE_RADIUS = 7;
const CELL_PAD = 4;
const LABEL_GAP = 6;
const CELL_GUTTER = 8;
const ROW_GAP = 10;
const BAND_PAD = 6;
const BAND_GAP = 6;
const SWEEPS = 12;

/** Geometry is rounded to 0.1: finer detail is invisible and only bloats the markup. */
const round = (n: number) => Math.round(n * 10) / 10;

export function layoutNetwork(data: Pick<NetworkData, 'actors' | 'relations'>, options: LayoutOptions): NetworkGeometry {
  const { width } = options;
  const fontSize = options.fontSize ?? 13;
  const minCell = options.minCellWidth ?? 150;
  if (!(width >= 200)) throw new Error(`Network layout › width must be at least 200, not ${width}`);
  if (!(fontSize > 0)) throw new Error(`Network layout › fontSize must be positive, not ${fontSize}`);
  const lineHeight = round(fontSize * 1.25);
  const inner = width - 2 * MARGIN;
  const columns = Math.max(1, Math.floor(inner / minCell));
  const cellWidth = inner / columns;

  const ids = new Set<string>();
  for (const a of data.actors) {
    if (ids.has(a.id)) throw new Error(`Network layout › actor "${a.id}" appears twice`);
    if (!bands.some((b) => b.key === a.band)) throw new Error(`Network layout › actor "${a.id}" has the unknown band "${a.band}"`);
    ids.add(a.id);
  }
  const neighbours = new Map<string, string[]>([...ids].map((id) => [id, []]));
  for (const r of data.relations) {
    for (const field of ['from', 'to'] as const) {
      if (!ids.has(r[field]))
        throw new Error(`Network layout › relation "${r.id}" › ${field} names "${r[field]}", which is not among the actors`);
    }
    neighbours.get(r.from)?.push(r.to);
    neighbours.get(r.to)?.push(r.from);
  }

  const names = new Map(data.actors.map((a) => [a.id, a.name]));
  const byName = (a: string, b: string) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'en') || (a < b ? -1 : 1);
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  const orders = new Map<BandKey, string[]>(
    bands.map((b) => [
      b.key,
      data.actors
        .filter((a) => a.band === b.key)
        .map((a) => a.id)
        .sort((a, b) => degree(b) - degree(a) || byName(a, b)),
    ]),
  );
  // Labels wrap to their cell, whose width depends only on the chart's width, so they are known before placement.
  const labelWidth = cellWidth - (CELL_PAD + 2 * NODE_RADIUS + LABEL_GAP) - CELL_GUTTER;
  const lines = new Map(data.actors.map((a) => [a.id, wrapText(a.name, labelWidth, fontSize)]));
  const centreOffset = Math.max(NODE_RADIUS, lineHeight / 2);
  const blockHeight = (id: string) =>
    Math.max(centreOffset + NODE_RADIUS, centreOffset - lineHeight / 2 + (lines.get(id)?.length ?? 1) * lineHeight);

  const initial = new Map<string, Slot>();
  const xFraction = (id: string) => ((initial.get(id)?.column ?? 0) + 0.5) / columns;
  const barycentre = (id: string) => {
    const linked = neighbours.get(id) ?? [];
    return linked.length === 0 ? xFraction(id) : linked.reduce((sum, n) => sum + xFraction(n), 0) / linked.length;
  };
  for (const order of orders.values()) placeBand(order, order.map(xFraction), columns, initial);
  const sweep = [...bands.map((b) => b.key), ...bands.map((b) => b.key).reverse()];
  for (let i = 0; i < SWEEPS; i++) {
    for (const key of sweep) {
      const order = orders.get(key) ?? [];
      const bary = new Map(order.map((id) => [id, barycentre(id)]));
      const sorted = [...order].sort((a, b) => (bary.get(a) ?? 0) - (bary.get(b) ?? 0) || byName(a, b));
      orders.set(key, sorted);
      placeBand(
        sorted,
        sorted.map((id) => bary.get(id) ?? 0),
        columns,
        initial,
      );
    }
  }
  const slots = improvePlacement(
    {
      bands: bands.map((b) => orders.get(b.key) ?? []).filter((members) => members.length > 0),
      columns,
      cellWidth,
      rowPitch: 2 * lineHeight + ROW_GAP,
      headingHeight: lineHeight + 2 * BAND_PAD + BAND_GAP,
      extent: new Map(
        data.actors.map((a) => {
          const text = lines.get(a.id) ?? [a.name];
          const right = NODE_RADIUS + LABEL_GAP + Math.max(...text.map((l) => textWidth(l, fontSize)));
          return [a.id, { right, below: blockHeight(a.id) - centreOffset }];
        }),
      ),
      radius: NODE_RADIUS,
      lineHeight,
      links: data.relations,
    },
    initial,
  );

  // Rows and bands stack downwards from the top.
  const bandGeometry: BandGeometry[] = [];
  const nodes: NodeGeometry[] = [];
  const actorById = new Map(data.actors.map((a) => [a.id, a]));
  let y = MARGIN;
  for (const band of bands) {
    const members = orders.get(band.key) ?? [];
    if (members.length === 0) continue;
    const y0 = y;
    const labelY = y0 + BAND_PAD + fontSize;
    const labelLines = wrapText(band.label, inner, fontSize);
    const labelBox = {
      x0: MARGIN,
      y0: y0 + BAND_PAD,
      x1: round(MARGIN + Math.max(...labelLines.map((l) => textWidth(l, fontSize)))),
      y1: round(y0 + BAND_PAD + labelLines.length * lineHeight),
    };
    let rowTop = labelBox.y1 + ROW_GAP / 2;
    const rowCount = Math.max(...members.map((id) => (slots.get(id)?.row ?? 0) + 1));
    for (let row = 0; row < rowCount; row++) {
      const inRow = members.filter((id) => slots.get(id)?.row === row);
      for (const id of inRow) {
        const slot = slots.get(id) as Slot;
        const actor = actorById.get(id);
        if (!actor) continue;
        const x = MARGIN + slot.column * cellWidth + CELL_PAD + NODE_RADIUS;
        const cy = rowTop + centreOffset;
        const text = lines.get(id) ?? [actor.name];
        const labelX = x + NODE_RADIUS + LABEL_GAP;
        const widest = Math.max(...text.map((l) => textWidth(l, fontSize)));
        const shape = nodeShapes[actor.kind];
        nodes.push({
          id,
          band: band.key,
          shape,
          x: round(x),
          y: round(cy),
          r: NODE_RADIUS,
          symbol: nodeSymbol(shape, NODE_RADIUS),
          label: { x: round(labelX), y: round(cy + fontSize * 0.35), lines: text },
          box: {
            x0: round(x - NODE_RADIUS),
            y0: round(Math.min(cy - NODE_RADIUS, cy - lineHeight / 2)),
            x1: round(labelX + widest),
            y1: round(Math.max(cy + NODE_RADIUS, cy - lineHeight / 2 + text.length * lineHeight)),
          },
          column: slot.column,
          row,
        });
      }
      rowTop += Math.max(...inRow.map(blockHeight)) + ROW_GAP;
    }
    const y1 = round(rowTop - ROW_GAP / 2 + BAND_PAD);
    bandGeometry.push({ key: band.key, label: band.label, y0: round(y0), y1, labelY: round(labelY), labelLines, labelBox });
    y = y1 + BAND_GAP;
  }

  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const pairCount = new Map<string, number>();
  const edges = data.relations.map((r): EdgeGeometry => {
    const a = nodeById.get(r.from) as NodeGeometry;
    const b = nodeById.get(r.to) as NodeGeometry;
    const pair = [r.from, r.to].sort().join(' ');
    const repeat = pairCount.get(pair) ?? 0;
    pairCount.set(pair, repeat + 1);
    return { id: r.id, from: r.from, to: r.to, kind: r.kind, d: edgePath(a, b, repeat, { lineHeight, cellWidth }) };
  });

  return {
    width,
    height: round(y - BAND_GAP + MARGIN),
    fontSize,
    lineHeight,
    columns,
    bands: bandGeometry,
    nodes,
    edges,
  };
}

/**
 * Puts a band's actors, already in left-to-right order, into grid cells. With more actors than
 * columns they fill the columns top to bottom, evenly; with fewer, each takes the column nearest
 * its preferred position (a fraction of the width), keeping their order and one per column.
 */
function placeBand(order: readonly string[], preferred: readonly number[], columns: number, slots: Map<string, Slot>) {
  const n = order.length;
  if (n >= columns) {
    const base = Math.floor(n / columns);
    const extra = n % columns;
    let index = 0;
    for (let column = 0; column < columns; column++) {
      const count = base + (column < extra ? 1 : 0);
      for (let row = 0; row < count; row++) {
        const id = order[index++];
        if (id) slots.set(id, { column, row });
      }
    }
    return;
  }
  const cols = preferred.map((p) => Math.min(columns - 1, Math.max(0, Math.floor(p * columns))));
  for (let i = 1; i < n; i++) cols[i] = Math.max(cols[i] ?? 0, (cols[i - 1] ?? 0) + 1);
  for (let i = n - 1; i >= 0; i--) cols[i] = Math.min(cols[i] ?? 0, i === n - 1 ? columns - 1 : (cols[i + 1] ?? columns) - 1);
  order.forEach((id, i) => {
    slots.set(id, { column: cols[i] ?? i, row: 0 });
  });
}

/** The relation's curve, stopping short of both symbols so the marker at the target stays visible. */
function edgePath(a: NodeGeometry, b: NodeGeometry, repeat: number, grid: { lineHeight: number; cellWidth: number }): string {
  const [cx, cy] = curveControl(a, b, repeat, grid);
  const towards = (from: NodeGeometry, distance: number) => {
    const ux = cx - from.x;
    const uy = cy - from.y;
    const u = Math.hypot(ux, uy) || 1;
    return [round(from.x + (ux / u) * distance), round(from.y + (uy / u) * distance)] as const;
  };
  const [sx, sy] = towards(a, a.r + 2);
  const [ex, ey] = towards(b, b.r + 3);
  return `M${sx},${sy}Q${round(cx)},${round(cy)} ${ex},${ey}`;
}

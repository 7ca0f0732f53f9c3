/**
 * Refines where each actor sits within its band. Starting from the barycentre order, it tries
 * swapping every pair of cells in a band (an empty cell included) and keeps a swap when the drawing
 * gets better: shorter relations, and fewer relations passing over an actor they do not touch.
 * Fixed order of trials and a bounded number of passes keep it deterministic.
 */
import { curveControl, curveMidpoint } from './curve.ts';

export interface Slot {
  readonly column: number;
  readonly row: number;
}

export interface PlacementInput {
  /** Band members, band by band, top to bottom. */
  readonly bands: readonly (readonly string[])[];
  readonly columns: number;
  readonly cellWidth: number;
  /** Approximate height of one grid row and of a band's heading, for estimating positions. */
  readonly rowPitch: number;
  readonly headingHeight: number;
  /** Size of each actor's symbol-and-label block, measured from the symbol centre. */
  readonly extent: ReadonlyMap<string, { readonly right: number; readonly below: number }>;
  readonly radius: number;
  readonly lineHeight: number;
  readonly links: readonly { readonly from: string; readonly to: string }[];
}

/** Cost of one relation drawn over an actor it does not touch, in px of extra length. */
const CROSSING_COST = 160;
const MAX_PASSES = 8;

/** True when the segment p→q passes through the rectangle (Liang–Barsky clipping). */
function segmentHitsBox(
  p: readonly [number, number],
  q: readonly [number, number],
  box: readonly [number, number, number, number],
): boolean {
  const [x0, y0, x1, y1] = box;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, p[0] - x0],
    [dx, x1 - p[0]],
    [-dy, p[1] - y0],
    [dy, y1 - p[1]],
  ];
  for (const [pk, qk] of edges) {
    if (pk === 0) {
      if (qk < 0) return false;
      continue;
    }
    const t = qk / pk;
    if (pk < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Swaps actors between cells of their band while that lowers the cost; returns each actor's cell. */
export function improvePlacement(input: PlacementInput, initial: ReadonlyMap<string, Slot>): Map<string, Slot> {
  const { columns, cellWidth, rowPitch, headingHeight, extent, radius, lineHeight, links } = input;
  // Each band is a list of cells (row-major); a cell holds an actor id or null.
  const grids = input.bands.map((members) => {
    const rows = Math.max(1, Math.ceil(members.length / columns));
    const cells: (string | null)[] = Array.from({ length: rows * columns }, () => null);
    for (const id of members) {
      const slot = initial.get(id);
      if (slot) cells[slot.row * columns + slot.column] = id;
    }
    return { rows, cells };
  });
  const bandTops: number[] = [];
  let top = 0;
  for (const grid of grids) {
    bandTops.push(top + headingHeight);
    top += headingHeight + grid.rows * rowPitch;
  }

  const position = new Map<string, [number, number]>();
  const locate = () => {
    position.clear();
    grids.forEach((grid, b) => {
      grid.cells.forEach((id, cell) => {
        if (id) position.set(id, [(cell % columns) * cellWidth + radius, (bandTops[b] ?? 0) + Math.floor(cell / columns) * rowPitch]);
      });
    });
  };
  const cost = () => {
    locate();
    const boxes = [...position.entries()].map(([id, [x, y]]) => {
      const e = extent.get(id) ?? { right: radius, below: radius };
      return { id, box: [x - radius, y - radius, x + e.right, y + e.below] as const };
    });
    let total = 0;
    for (const link of links) {
      const p = position.get(link.from);
      const q = position.get(link.to);
      if (!p || !q) continue;
      // The curve as drawn, scored as two straight halves.
      const a = { x: p[0], y: p[1] };
      const b = { x: q[0], y: q[1] };
      const mid = curveMidpoint(a, b, curveControl(a, b, 0, { lineHeight, cellWidth }));
      total += Math.hypot(mid[0] - p[0], mid[1] - p[1]) + Math.hypot(q[0] - mid[0], q[1] - mid[1]);
      for (const { id, box } of boxes) {
        if (id !== link.from && id !== link.to && (segmentHitsBox(p, mid, box) || segmentHitsBox(mid, q, box))) total += CROSSING_COST;
      }
    }
    return total;
  };

  let best = cost();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (const grid of grids) {
      for (let i = 0; i < grid.cells.length; i++) {
        for (let j = i + 1; j < grid.cells.length; j++) {
          if (grid.cells[i] === null && grid.cells[j] === null) continue;
          [grid.cells[i], grid.cells[j]] = [grid.cells[j] ?? null, grid.cells[i] ?? null];
          const next = cost();
          // A swap must win by a clear margin, so rounding noise cannot make it flip back and forth.
          if (next < best - 0.5) {
            best = next;
            improved = true;
          } else {
            [grid.cells[i], grid.cells[j]] = [grid.cells[j] ?? null, grid.cells[i] ?? null];
          }
        }
      }
    }
    if (!improved) break;
  }

  const slots = new Map<string, Slot>();
  for (const grid of grids) {
    // Rows left empty by the swaps are dropped, so a band never shows a blank row.
    const usedRows = [...new Set(grid.cells.flatMap((id, cell) => (id ? [Math.floor(cell / columns)] : [])))].sort((a, b) => a - b);
    grid.cells.forEach((id, cell) => {
      if (id) slots.set(id, { column: cell % columns, row: usedRows.indexOf(Math.floor(cell / columns)) });
    });
  }
  return slots;
}

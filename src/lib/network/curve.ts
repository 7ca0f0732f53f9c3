/**
 * The bend of a relation's curve, shared by the layout (which draws it) and the placement search
 * (which scores it), so the search judges the lines the reader will see.
 *
 * A relation bends upwards between actors on one row (into the gap above, clear of labels),
 * leftwards between actors in one column (away from the labels, which sit to the right of the
 * symbols), and otherwise to the left of its direction; repeated links between one pair bend
 * further each time so they stay apart.
 */
export function curveControl(
  a: { readonly x: number; readonly y: number },
  b: { readonly x: number; readonly y: number },
  repeat: number,
  grid: { readonly lineHeight: number; readonly cellWidth: number },
): [number, number] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const bend = Math.min(36, Math.max(8, length * 0.12)) * (1 + 0.9 * repeat);
  let [nx, ny] = [dy / length, -dx / length];
  if (Math.abs(dy) < grid.lineHeight) [nx, ny] = [0, -1];
  else if (Math.abs(dx) < grid.cellWidth / 2) [nx, ny] = [-1, 0];
  return [(a.x + b.x) / 2 + nx * bend, (a.y + b.y) / 2 + ny * bend];
}

/** The curve's midpoint (t = 0.5 on the quadratic), for scoring it as two straight halves. */
export function curveMidpoint(
  a: { readonly x: number; readonly y: number },
  b: { readonly x: number; readonly y: number },
  control: readonly [number, number],
): [number, number] {
  return [(a.x + 2 * control[0] + b.x) / 4, (a.y + 2 * control[1] + b.y) / 4];
}

/** Which mark a pointer is on, for the canvas layer that draws dense views without SVG elements. */
import type { Mark } from './layout.ts';

/** The in-view mark nearest to (x, y) in chart units, within its radius plus `slop`; null if none. */
export function markAt(marks: readonly Mark[], x: number, y: number, slop = 3): Mark | null {
  let best: Mark | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const mark of marks) {
    if (!mark.inView) continue;
    const dx = mark.span ? Math.max(mark.span.x0 - x, 0, x - mark.span.x1) : x - mark.x;
    const distance = Math.hypot(dx, y - mark.y);
    if (distance <= mark.r + slop && distance < bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Stacks marks that would overlap on the same row: each mark takes the first slot (centre, then
 * alternately above and below) where it clears every earlier mark by `gap`. Marks past the last
 * slot share the outermost one, so a dense burst stays inside its lane instead of spilling over.
 */
export interface DodgeInput {
  readonly x: number;
  readonly r: number;
}

/** Vertical offsets, one per input, in input order; inputs must be sorted by x. */
export function dodge(marks: readonly DodgeInput[], gap: number, maxSlots: number): number[] {
  const slotOffsets = Array.from({ length: maxSlots }, (_, i) => (i === 0 ? 0 : Math.ceil(i / 2) * (i % 2 === 1 ? -1 : 1)));
  const lastRightEdge = new Map<number, number>();
  return marks.map(({ x, r }) => {
    const slot = slotOffsets.findIndex((_, i) => (lastRightEdge.get(i) ?? Number.NEGATIVE_INFINITY) <= x - r - gap);
    const chosen = slot === -1 ? maxSlots - 1 : slot;
    lastRightEdge.set(chosen, Math.max(lastRightEdge.get(chosen) ?? Number.NEGATIVE_INFINITY, x + r));
    return (slotOffsets[chosen] ?? 0) * (2 * r + gap);
  });
}

/**
 * Label placement for the map: each label tries a fixed list of positions around its anchor and
 * takes the first that stays inside its panel and clears every mark and every label placed before
 * it. Greedy and deterministic: earlier labels (higher priority) never move for later ones.
 */
import type { Box } from './geo.ts';

export interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** A placed label: where to draw the text and the box it covers. */
export interface PlacedText {
  readonly text: string;
  /** Text position: x for the anchor, y for the baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: TextAnchor;
  readonly box: Box;
}

/** System sans at chart sizes runs about 0.58 em a character; capitals with letter-spacing wider. */
export function textWidth(text: string, fontSize: number, caps = false): number {
  return Math.ceil(text.length * fontSize * (caps ? 0.78 : 0.58));
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}

export function circleHitsBox(c: Circle, b: Box, pad = 0): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.height));
  return Math.hypot(c.x - nx, c.y - ny) < c.r + pad;
}

export function insideBox(inner: Box, outer: Box, pad = 0): boolean {
  return (
    inner.x >= outer.x + pad &&
    inner.y >= outer.y + pad &&
    inner.x + inner.width <= outer.x + outer.width - pad &&
    inner.y + inner.height <= outer.y + outer.height - pad
  );
}

/** A text of `width` × `fontSize` whose box starts at left/top, drawn with the given anchor. */
export function textAt(text: string, left: number, top: number, width: number, fontSize: number, anchor: TextAnchor): PlacedText {
  const x = anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2;
  return { text, x: r1(x), y: r1(top + fontSize * 0.8), anchor, box: { x: r1(left), y: r1(top), width, height: fontSize } };
}

/** Positions around an anchor box: right, left, the four diagonals, above, below. */
export function candidatesAround(text: string, anchor: Box, fontSize: number, caps = false, gap = 3): PlacedText[] {
  const width = textWidth(text, fontSize, caps);
  const h = fontSize;
  const right = anchor.x + anchor.width + gap;
  const left = anchor.x - gap - width;
  const centreX = anchor.x + anchor.width / 2 - width / 2;
  const above = anchor.y - gap - h;
  const below = anchor.y + anchor.height + gap;
  const middle = anchor.y + anchor.height / 2 - h / 2;
  return [
    textAt(text, right, middle, width, h, 'start'),
    textAt(text, left, middle, width, h, 'end'),
    textAt(text, right - gap, above, width, h, 'start'),
    textAt(text, left + gap, above, width, h, 'end'),
    textAt(text, right - gap, below, width, h, 'start'),
    textAt(text, left + gap, below, width, h, 'end'),
    textAt(text, centreX, above, width, h, 'middle'),
    textAt(text, centreX, below, width, h, 'middle'),
  ];
}

/** A label centred on a point (country names). */
export function centredOn(text: string, [x, y]: readonly [number, number], fontSize: number, caps = false): PlacedText {
  const width = textWidth(text, fontSize, caps);
  return textAt(text, x - width / 2, y - fontSize / 2, width, fontSize, 'middle');
}

export interface Obstacles {
  readonly boxes: Box[];
  readonly circles: Circle[];
}

/** The first candidate inside `bounds` that touches no obstacle, or null. */
export function firstFree(candidates: readonly PlacedText[], bounds: Box, obstacles: Obstacles, pad = 2): PlacedText | null {
  return (
    candidates.find(
      (c) =>
        insideBox(c.box, bounds, 2) &&
        !obstacles.boxes.some((b) => boxesOverlap(c.box, b, pad)) &&
        !obstacles.circles.some((circle) => circleHitsBox(circle, c.box, 1)),
    ) ?? null
  );
}

/** A mark's count: inside the mark when it fits, else just off its upper right. */
export function countLabel(count: number, x: number, y: number, r: number, fontSize: number, roomy = true): PlacedText {
  return countLabelCandidates(count, x, y, r, fontSize, roomy)[0] as PlacedText;
}

/**
 * Where a count may go, preferred first: inside (when it fits and the shape is `roomy`) or off the upper right, then the
 * other diagonals and sides, for when another mark sits on the preferred spot.
 */
export function countLabelCandidates(count: number, x: number, y: number, r: number, fontSize: number, roomy = true): PlacedText[] {
  const text = String(count);
  const w = Math.ceil(text.length * fontSize * 0.62) + 2;
  const h = fontSize;
  const d = r * 0.6;
  const outside = [
    textAt(text, x + d, y - d - h + 3, w, h, 'start'),
    textAt(text, x - d - w, y - d - h + 3, w, h, 'end'),
    textAt(text, x + d, y + d - 3, w, h, 'start'),
    textAt(text, x - d - w, y + d - 3, w, h, 'end'),
    textAt(text, x + r + 2, y - h / 2, w, h, 'start'),
    textAt(text, x - r - 2 - w, y - h / 2, w, h, 'end'),
    textAt(text, x - w / 2, y - r - 2 - h, w, h, 'middle'),
    textAt(text, x - w / 2, y + r + 2, w, h, 'middle'),
  ];
  const fitsInside = roomy && w <= 2 * r - 2 && h <= 2 * r - 2;
  return fitsInside ? [textAt(text, x - w / 2, y - h / 2, w, h, 'middle'), ...outside] : outside;
}

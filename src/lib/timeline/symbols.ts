/**
 * SVG path data for each mark shape, sized so every shape covers about the same area as a circle
 * of radius r (so a triangle does not look more severe than a circle of the same severity).
 */
import { type SymbolType, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import type { MarkShape } from './model.ts';

const types: Record<MarkShape, SymbolType> = {
  circle: symbolCircle,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  square: symbolSquare,
  cross: symbolCross,
};

/** Path data centred on 0,0, with coordinates rounded to 0.1 px. */
export function symbolPath(shape: MarkShape, r: number): string {
  const path = symbol(types[shape], Math.PI * r * r)() ?? '';
  return path.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

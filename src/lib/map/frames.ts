/**
 * The map's drawings and panels. The map is drawn twice, for wide screens and for phones (CSS shows
 * one), each with its own viewBox so its text is at least 12 px where it is shown. For a drawing,
 * this fits the main map to the frame box and sizes the enlarged panel (its position is decided
 * later, once the marks are known).
 */
import type { GeoProjection } from 'd3-geo';
import { assertExtent, type Extent, fitProjection } from './geo.ts';
import { BAGHDAD_INSET, type InsetSpec, IRAQ_FRAME } from './places.ts';

export interface Drawing {
  /** viewBox width in user units. */
  readonly width: number;
  /** Text size in user units. */
  readonly fontSize: number;
  /** Mark radii are multiplied by this (wider drawings have room for larger marks). */
  readonly markScale: number;
  /** Where the enlarged panel goes: a free corner of the map, or below it. */
  readonly inset: 'corner' | 'below';
  /** Enlarged panel width as a share of the drawing's width. */
  readonly insetShare: number;
}

/**
 * Wide: shown from 640 px, where 13 units are at least 12 px. Narrow: for phones, 340 units across a
 * 343 px column (a 375 px screen less the page margins), so 12 units are 12 px; the Baghdad panel
 * goes below the map there, at a readable size.
 */
export const DRAWINGS = {
  wide: { width: 640, fontSize: 13, markScale: 1.25, inset: 'corner', insetShare: 0.36 },
  narrow: { width: 340, fontSize: 12, markScale: 1, inset: 'below', insetShare: 0.62 },
} as const satisfies Record<string, Drawing>;

export interface FrameOptions {
  /** The lon/lat box the main map shows, filling the width (default: Iraq and its neighbours' edges). */
  readonly frame?: Extent;
  /** The enlarged panel, or null for none (default: Baghdad). */
  readonly inset?: InsetSpec | null;
}

export interface Frames {
  readonly drawing: Drawing;
  readonly frame: Extent;
  readonly main: GeoProjection;
  readonly mainHeight: number;
  readonly inset: {
    readonly spec: InsetSpec;
    readonly width: number;
    /** Height of the map part (the panel adds a heading band above it). */
    readonly mapHeight: number;
    /** The panel's projection with its map's top-left corner at `origin`. */
    readonly at: (origin: readonly [number, number]) => GeoProjection;
  } | null;
}

export function assertDrawing(d: Drawing): void {
  if (!Number.isFinite(d.width) || d.width < 200) throw new Error(`map drawing width must be at least 200 units (got ${d.width})`);
  if (!Number.isFinite(d.fontSize) || d.fontSize < 8) throw new Error(`map drawing fontSize must be at least 8 units (got ${d.fontSize})`);
  if (!(d.markScale > 0)) throw new Error(`map drawing markScale must be positive (got ${d.markScale})`);
  if (!(d.insetShare > 0 && d.insetShare <= 1)) throw new Error(`map drawing insetShare must be in (0, 1] (got ${d.insetShare})`);
}

export function resolveFrameOptions(options: FrameOptions): { frame: Extent; inset: InsetSpec | null } {
  const frame = options.frame ?? IRAQ_FRAME;
  assertExtent(frame, 'map frame');
  const inset = options.inset === undefined ? BAGHDAD_INSET : options.inset;
  if (inset) assertExtent(inset.extent, `inset "${inset.name}" extent`);
  return { frame, inset };
}

export function buildFrames(drawing: Drawing, options: FrameOptions = {}): Frames {
  assertDrawing(drawing);
  const { frame, inset: spec } = resolveFrameOptions(options);
  const { projection: main, height: mainHeight } = fitProjection(frame, drawing.width);
  let inset: Frames['inset'] = null;
  if (spec) {
    const insetWidth = Math.round(drawing.width * drawing.insetShare);
    const { height: mapHeight } = fitProjection(spec.extent, insetWidth);
    inset = { spec, width: insetWidth, mapHeight, at: (origin) => fitProjection(spec.extent, insetWidth, origin).projection };
  }
  return { drawing, frame, main, mainHeight, inset };
}

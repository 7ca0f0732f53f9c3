/**
 * How each kind of relation and each kind of actor is drawn. Colour comes from CSS classes
 * (src/styles/charts/network.css); these shapes and dash patterns say the same thing without colour,
 * so the chart reads in greyscale, in print and for colour-blind readers.
 */
import { type SymbolType, symbol, symbolCircle, symbolDiamond, symbolSquare } from 'd3-shape';
import { relationKinds } from '../data/vocabulary.ts';
import type { ActorKind, RelationKind } from './model.ts';

export interface EdgeStyle {
  /** stroke-dasharray, or null for a solid line. */
  readonly dash: string | null;
  /** The end marker, drawn with its tip at 0,0 pointing along +x. */
  readonly marker: { readonly name: string; readonly d: string; readonly filled: boolean };
}

/** One distinct dash and marker per relation kind; every kind in the vocabulary has one. */
export const edgeStyles: Readonly<Record<RelationKind, EdgeStyle>> = {
  'patron-of': { dash: null, marker: { name: 'filled arrow', d: 'M-9,-4.5L0,0L-9,4.5Z', filled: true } },
  'front-for': { dash: '2 3', marker: { name: 'open arrow', d: 'M-8,-5L0,0L-8,5', filled: false } },
  'split-from': { dash: '8 4', marker: { name: 'open circle', d: 'M-8,0A4,4 0 1,1 0,0A4,4 0 1,1 -8,0Z', filled: false } },
  'allied-with': { dash: '12 3 3 3', marker: { name: 'diamond', d: 'M-11,0L-5.5,-4.5L0,0L-5.5,4.5Z', filled: true } },
  'merged-into': { dash: null, marker: { name: 'square', d: 'M-8,-4H0V4H-8Z', filled: true } },
  'rival-of': { dash: '4 4', marker: { name: 'bar', d: 'M-1,-6V6', filled: false } },
};

/** Relation kinds in vocabulary order, for legends and tables. */
export const relationKindOrder: readonly RelationKind[] = relationKinds.values;

export type NodeShape = 'circle' | 'square' | 'diamond';

/** Factions are circles, organizations squares, people diamonds. */
export const nodeShapes: Readonly<Record<ActorKind, NodeShape>> = {
  faction: 'circle',
  organization: 'square',
  person: 'diamond',
};

const symbolTypes: Record<NodeShape, SymbolType> = { circle: symbolCircle, square: symbolSquare, diamond: symbolDiamond };

/** Path data centred on 0,0 with about the area of a circle of radius r, rounded to 0.1. */
export function nodeSymbol(shape: NodeShape, r: number): string {
  const path = symbol(symbolTypes[shape], Math.PI * r * r)() ?? '';
  return path.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

/**
 * Legal-status layout: one lane per listed faction or person, time across, a marker per listing
 * (shape by kind), a line from the first listing to the end of the data, and numbered reference
 * lines for laws and votes. Pure and deterministic; the component draws it twice (wide and narrow)
 * and CSS shows the one that keeps its text legible.
 */
import { round, type Tick, timeScale, timeTicks } from '../timeline/axis.ts';
import { dodge } from '../timeline/dodge.ts';
import { placeLabels, textWidth } from '../timeline/labels.ts';
import { type ActorKind, DAY, type DesignationKind, kindAbbreviation, kindShape, type LegalActor, type LegalInput, utc } from './model.ts';

export interface LegalLayoutOptions {
  /** Width of the drawing in viewBox units. */
  readonly width: number;
  /** Font size in viewBox units. */
  readonly fontSize?: number;
  /** The axis starts on 1 January of this year, or earlier if a listing or law is earlier (default 2008). */
  readonly startYear?: number;
  /** Short words to print after a reference line's number, by event id ("PMF law"); numbers alone otherwise. */
  readonly referenceLabels?: Readonly<Record<string, string>>;
}

export interface LegalMarker {
  readonly actor: string;
  /** Index of the designation in the actor's (date-ordered) list. */
  readonly index: number;
  readonly kind: DesignationKind;
  readonly shape: (typeof kindShape)[DesignationKind];
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** The month or year a coarse date covers, in px; null for a known day. */
  readonly span: { readonly x0: number; readonly x1: number } | null;
}

/** The kinds of a group of markers too close to label one by one ("SDGT, FTO"). */
export interface KindLabel {
  readonly text: string;
  readonly left: number;
  readonly width: number;
  /** Baseline. */
  readonly y: number;
}

export interface LegalRow {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly y0: number;
  readonly y1: number;
  /** Baseline of the name. */
  readonly nameY: number;
  readonly laneY: number;
  /** Where the "listed since" line starts; it runs to the plot's right edge. */
  readonly sinceX: number;
  readonly markers: readonly LegalMarker[];
  readonly labels: readonly KindLabel[];
}

export interface ReferenceLine {
  readonly id: string;
  readonly number: number;
  readonly x: number;
  /** The period a coarse date covers, in px; null for a known day. */
  readonly span: { readonly x0: number; readonly x1: number } | null;
  readonly label: { readonly text: string; readonly left: number; readonly width: number; readonly y: number };
  readonly y1: number;
  readonly y2: number;
}

export interface LegalTick extends Tick {
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface LegalGeometry {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** UTC ms: start of the axis, and the exclusive end of the data. */
  readonly domain: readonly [number, number];
  readonly ticks: readonly LegalTick[];
  readonly rows: readonly LegalRow[];
  readonly references: readonly ReferenceLine[];
}

const MARGIN_X = 10;
const GAP = 1;
/** Listings on one day or a few weeks apart can stack at most three deep in a lane. */
const MAX_SLOTS = 3;
const LABEL_GAP = 4;
/** A d3 triangle of a circle's area reaches about 1.35 radii sideways from its centre. */
const TRIANGLE_REACH = 1.4;

export const markerRadius = (fontSize: number) => Math.round(fontSize * 0.42 * 10) / 10;

export function layoutLegal(input: LegalInput, options: LegalLayoutOptions): LegalGeometry {
  const { width } = options;
  const font = options.fontSize ?? 13;
  if (!(width > 8 * MARGIN_X)) throw new Error(`layoutLegal › width must be more than ${8 * MARGIN_X}, not ${width}`);
  const r = markerRadius(font);
  const plotLeft = MARGIN_X;
  const plotRight = width - MARGIN_X;

  const dataEnd = utc(input.dataEnd) + DAY;
  if (Number.isNaN(dataEnd)) throw new Error(`layoutLegal › dataEnd must be a date written "yyyy-mm-dd", not "${input.dataEnd}"`);
  const earliest = Math.min(
    Date.UTC(options.startYear ?? 2008, 0, 1),
    ...input.actors.flatMap((a) => a.designations.map((d) => d.start)),
    ...input.references.map((ref) => ref.start),
  );
  const domainStart = Date.UTC(new Date(earliest).getUTCFullYear(), 0, 1);
  for (const a of input.actors)
    a.designations.forEach((d, i) => {
      if (d.start >= dataEnd)
        throw new Error(
          `${a.kind === 'faction' ? 'Faction' : 'Person'} "${a.id}" › designations[${i}].date ${d.date} is after the end of the data (${input.dataEnd})`,
        );
    });
  const x = timeScale([domainStart, dataEnd], [plotLeft, plotRight]);
  const at = (ms: number) => round(x(ms));
  const centreOf = (start: number, end: number, precision: string) => (precision === 'day' ? at(start + DAY / 2) : at((start + end) / 2));

  // Reference labels go in rows above the plot, so close dates (three in 2025) never collide.
  // The component numbers its key from input.references, so every reference must be drawn.
  const refs = input.references;
  for (const ref of refs)
    if (ref.start >= dataEnd) throw new Error(`Event "${ref.id}" › date ${ref.date} is after the end of the data (${input.dataEnd})`);
  const requests = refs.map((ref, i) => {
    const extra = options.referenceLabels?.[ref.id];
    return { id: ref.id, x: centreOf(ref.start, ref.end, ref.precision), text: extra ? `${i + 1} ${extra}` : String(i + 1) };
  });
  const placed = placeLabels(requests, [plotLeft, plotRight], font, 6);
  const labelRows = placed.reduce((n, l) => Math.max(n, l.row + 1), 0);
  const rowStep = font + 4;
  const top = labelRows * rowStep + (labelRows > 0 ? 6 : 0);

  let y = top + 4;
  const rows = input.actors.map((actor): LegalRow => layoutRow(actor));
  const bottom = y;

  const byId = new Map(placed.map((l) => [l.id, l]));
  const references = refs.map((ref, i): ReferenceLine => {
    const label = byId.get(ref.id);
    const labelY = font + (label?.row ?? 0) * rowStep;
    return {
      id: ref.id,
      number: i + 1,
      x: centreOf(ref.start, ref.end, ref.precision),
      span: ref.precision === 'day' ? null : { x0: at(ref.start), x1: at(Math.min(ref.end, dataEnd)) },
      label: { text: label?.text ?? String(i + 1), left: label?.left ?? plotLeft, width: label?.width ?? 0, y: labelY },
      y1: round(labelY + 3),
      y2: round(bottom),
    };
  });

  return {
    width,
    height: round(bottom + font + 12),
    fontSize: font,
    plot: { left: plotLeft, right: plotRight, top, bottom: round(bottom) },
    domain: [domainStart, dataEnd],
    // Labels at the ends are anchored inwards, so "2008" and "2026" stay inside the drawing.
    ticks: timeTicks(x, Math.max(70, font * 6)).map((t): LegalTick => {
      const half = textWidth(t.label, font) / 2;
      return { ...t, anchor: t.x - half < 0 ? 'start' : t.x + half > width ? 'end' : 'middle' };
    }),
    rows,
    references,
  };

  function layoutRow(actor: LegalActor): LegalRow {
    const y0 = y;
    const nameY = y0 + font;
    const points = actor.designations.map((d, index) => ({
      index,
      d,
      x: centreOf(d.start, d.end, d.precision),
      span: d.precision === 'day' ? null : { x0: at(d.start), x1: at(Math.min(d.end, dataEnd)) },
    }));
    const sorted = [...points].sort((a, b) => a.x - b.x || a.index - b.index);
    const offsets = dodge(
      // Every shape is dodged as if as wide as the triangle, the widest, so no two ever touch.
      sorted.map((p) => ({ x: p.x, r: r * TRIANGLE_REACH })),
      GAP,
      MAX_SLOTS,
    );
    const lift = -Math.min(0, ...offsets);
    const drop = Math.max(0, ...offsets);
    const laneY = round(nameY + 5 + r * TRIANGLE_REACH + lift);
    const markers = sorted.map(
      (p, i): LegalMarker => ({
        actor: actor.id,
        index: p.index,
        kind: p.d.kind,
        shape: kindShape[p.d.kind],
        x: p.x,
        y: round(laneY + (offsets[i] ?? 0)),
        r,
        span: p.span,
      }),
    );
    const labels = kindLabels(markers, laneY);
    const y1 = round(laneY + Math.max(drop + r, font * 0.35 + 3) + 5);
    y = y1;
    return {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      y0: round(y0),
      y1,
      nameY: round(nameY),
      laneY,
      sinceX: Math.min(...points.map((p) => p.span?.x0 ?? p.x)),
      markers,
      labels,
    };
  }

  /**
   * One label per group of markers: markers that touch form a group, and a group whose label has
   * no room before the next group is merged with it, so a label never sits between two markers
   * where it could be read as naming either. A group's label goes to its right, or to its left
   * at the end of the lane; one with room on neither side is left out (the shape, the tooltip and
   * the table still give the kind) rather than drawn over another mark.
   */
  function kindLabels(markers: readonly LegalMarker[], laneY: number): KindLabel[] {
    const groups: LegalMarker[][] = [];
    for (const m of markers) {
      const last = groups.at(-1);
      const previous = last?.at(-1);
      if (last && previous && m.x - previous.x < 2 * reach(previous) + GAP + LABEL_GAP) last.push(m);
      else groups.push([m]);
    }
    const textOf = (group: readonly LegalMarker[]) => [...new Set(group.map((m) => kindAbbreviation[m.kind]))].join(', ');
    for (let i = 0; i < groups.length - 1; ) {
      const [own, next] = [groups[i] ?? [], groups[i + 1] ?? []];
      const fitsRight = extent(own).right + LABEL_GAP + textWidth(textOf(own), font) + LABEL_GAP <= extent(next).left;
      if (fitsRight) i++;
      else groups.splice(i, 2, [...own, ...next]);
    }
    const baseline = round(laneY + font * 0.35);
    // Every group but the last was merged until its label fitted on its right. The last has only
    // the plot's edge there; if its label fits neither there nor to its left, it joins the group
    // before it and the pair is labelled together, so no mark goes unnamed while another's label
    // sits beside it.
    for (;;) {
      const last = groups.length - 1;
      const placed = labelFor(last);
      if (placed || last === 0) return groups.flatMap((_, i) => (i === last ? (placed ? [placed] : []) : [rightLabel(i)]));
      groups.splice(last - 1, 2, [...(groups[last - 1] ?? []), ...(groups[last] ?? [])]);
    }

    function rightLabel(i: number): KindLabel {
      const text = textOf(groups[i] ?? []);
      return { text, left: round(extent(groups[i] ?? []).right + LABEL_GAP), width: textWidth(text, font), y: baseline };
    }

    /** The last group's label: to its right if it fits before the edge, else to its left if clear of the previous label. */
    function labelFor(i: number): KindLabel | null {
      const group = groups[i] ?? [];
      const text = textOf(group);
      const w = textWidth(text, font);
      const own = extent(group);
      if (own.right + LABEL_GAP + w <= plotRight) return rightLabel(i);
      const left = own.left - LABEL_GAP - w;
      const previousEnd =
        i === 0
          ? plotLeft
          : (() => {
              const label = rightLabel(i - 1);
              return label.left + label.width + LABEL_GAP;
            })();
      return left >= previousEnd ? { text, left: round(left), width: w, y: baseline } : null;
    }
  }

  /** How far a marker reaches from its centre: a triangle of the same area as the circle is wider. */
  function reach(m: LegalMarker): number {
    return m.shape === 'triangle' ? m.r * TRIANGLE_REACH : m.r;
  }

  function extent(group: readonly LegalMarker[]) {
    return {
      left: Math.min(...group.map((m) => Math.min(m.x - reach(m), m.span?.x0 ?? m.x))),
      right: Math.max(...group.map((m) => Math.max(m.x + reach(m), m.span?.x1 ?? m.x))),
    };
  }
}

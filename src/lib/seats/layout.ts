/**
 * Seats layout: elections + width → one stacked bar per election, every segment, label and the
 * majority marker. Pure and deterministic; the component calls it twice (a wide and a narrow
 * drawing) and CSS picks one, so text stays legible on a phone without any script.
 */
import { round } from '../timeline/axis.ts';
import { textWidth } from '../timeline/labels.ts';
import { majorityOf, pmfColourSlots, pmfLists, type SeatsElection, shortListName, unlistedSeats, validateElections } from './model.ts';

export type SegmentKind = 'pmf' | 'other' | 'unlisted';

export interface SeatsLayoutOptions {
  /** Width of the drawing in viewBox units. */
  readonly width: number;
  /** Font size in viewBox units; choose it so text renders at 12px or more where the drawing is shown. */
  readonly fontSize?: number;
}

export interface SegmentLabel {
  readonly text: string;
  /** Centre of the text. */
  readonly x: number;
  /** Baseline. */
  readonly y: number;
}

export interface Segment {
  readonly key: string;
  readonly kind: SegmentKind;
  /** The list's full name, or null for the "other lists" and "not listed" segments. */
  readonly list: string | null;
  readonly seats: number;
  readonly x: number;
  readonly width: number;
  /** Colour slot 1–6 for PMF-linked lists; null for the grey and hatched segments. */
  readonly colour: number | null;
  /** The text drawn inside the segment, or null when it does not fit (a callout carries it). */
  readonly inside: SegmentLabel | null;
  /** Full wording for the segment's tooltip. */
  readonly tooltip: string;
}

/** A label below the bar for a segment too narrow for its own, tied to it by a leader line. */
export interface Callout {
  readonly key: string;
  readonly text: string;
  readonly left: number;
  readonly width: number;
  /** Baseline. */
  readonly y: number;
  readonly leader: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

export interface SeatsRow {
  readonly id: string;
  readonly year: number;
  readonly y0: number;
  readonly y1: number;
  readonly heading: { readonly text: string; readonly x: number; readonly y: number; readonly width: number };
  readonly bar: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly segments: readonly Segment[];
  readonly callouts: readonly Callout[];
  readonly majority: {
    readonly seats: number;
    readonly x: number;
    readonly y1: number;
    readonly y2: number;
    readonly label: { readonly text: string; readonly x: number; readonly y: number; readonly width: number };
  };
}

export interface SeatsGeometry {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly plot: { readonly left: number; readonly right: number };
  /** Seats the full plot width stands for: the largest chamber in the data. */
  readonly maxSeats: number;
  readonly rows: readonly SeatsRow[];
}

const MARGIN_X = 8;
const ROW_GAP = 20;
/** Room kept either side of text inside a segment, so it never touches the segment's edge. */
const INSIDE_PAD = 10;
const CALLOUT_PAD = 8;

export function layoutSeats(elections: readonly SeatsElection[], options: SeatsLayoutOptions): SeatsGeometry {
  validateElections(elections);
  const font = options.fontSize ?? 13;
  const { width } = options;
  if (!(width > 4 * MARGIN_X)) throw new Error(`layoutSeats › width must be more than ${4 * MARGIN_X}, not ${width}`);
  const plot = { left: MARGIN_X, right: width - MARGIN_X };
  const maxSeats = Math.max(1, ...elections.map((e) => e.totalSeats));
  const perSeat = (plot.right - plot.left) / maxSeats;
  const colours = pmfColourSlots(elections);
  const lineHeight = font + 6;
  const barHeight = Math.round(font * 2.2);

  let y = 0;
  const rows = [...elections]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e): SeatsRow => {
      const y0 = y;
      const headingText = `${e.year} · ${e.totalSeats} seats`;
      const heading = { text: headingText, x: plot.left, y: y0 + font, width: textWidth(headingText, font) };
      const majoritySeats = majorityOf(e.totalSeats);
      const majorityX = round(plot.left + majoritySeats * perSeat);
      const majorityText = `${majoritySeats} for a majority`;
      const majorityWidth = textWidth(majorityText, font);
      // The marker's label sits beside the line on the heading's line; if the heading is in the way
      // (a narrow drawing), it takes a line of its own, so the two never overlap.
      const rightOfLine = majorityX + 4 + majorityWidth <= plot.right;
      const labelLeft = rightOfLine ? majorityX + 4 : Math.max(plot.left, majorityX - 4 - majorityWidth);
      const sharesLine = labelLeft >= heading.x + heading.width + 8;
      const labelY = sharesLine ? heading.y : heading.y + lineHeight;
      const barY = labelY + 8;
      const bar = { x: plot.left, y: barY, width: round(e.totalSeats * perSeat), height: barHeight };

      const specs = segmentSpecs(e, colours);
      let cursor = plot.left;
      const segments = specs.map((s): Segment => {
        const x = cursor;
        const w = s.seats * perSeat;
        cursor += w;
        const inside = insideLabel(s.candidates, x, w, majorityX, font);
        return {
          key: s.key,
          kind: s.kind,
          list: s.list,
          seats: s.seats,
          x: round(x),
          width: round(w),
          colour: s.colour,
          inside: inside ? { text: inside.text, x: round(inside.x), y: round(barY + barHeight / 2 + font * 0.35) } : null,
          tooltip: s.tooltip,
        };
      });

      const outside = segments
        .map((s, i) => ({ s, text: specs[i]?.callout ?? '' }))
        .filter(({ s }) => s.inside === null && s.seats > 0)
        .map(({ s, text }) => ({ key: s.key, anchor: s.x + s.width / 2, text, width: textWidth(text, font) }));
      const placed = spreadCallouts(outside, [plot.left, plot.right]);
      const barBottom = barY + barHeight;
      const callouts = placed.map((c): Callout => {
        const baseline = barBottom + 10 + font + c.row * lineHeight;
        return {
          key: c.key,
          text: c.text,
          left: round(c.left),
          width: c.width,
          y: round(baseline),
          leader: { x1: round(c.anchor), y1: round(barBottom), x2: round(c.left + c.width / 2), y2: round(baseline - font) },
        };
      });
      const calloutRows = placed.reduce((n, c) => Math.max(n, c.row + 1), 0);
      const y1 = barBottom + (calloutRows > 0 ? 10 + calloutRows * lineHeight : 4);
      y = y1 + ROW_GAP;
      return {
        id: e.id,
        year: e.year,
        y0: round(y0),
        y1: round(y1),
        heading,
        bar,
        segments,
        callouts,
        majority: {
          seats: majoritySeats,
          x: majorityX,
          y1: round(labelY + 4),
          y2: round(barBottom + 4),
          label: { text: majorityText, x: round(labelLeft), y: round(labelY), width: majorityWidth },
        },
      };
    });

  return { width, height: round(Math.max(0, y - ROW_GAP) + 2), fontSize: font, plot, maxSeats, rows };
}

/** Room kept clear either side of the majority line, so it never strikes through a label. */
const MARKER_CLEARANCE = 4;

/**
 * The first candidate text that fits inside a segment, centred in the widest part of it the
 * majority line leaves free; null when none fits.
 */
function insideLabel(candidates: readonly string[], x: number, w: number, markerX: number, font: number) {
  const parts =
    markerX > x && markerX < x + w
      ? [
          [x, markerX - MARKER_CLEARANCE],
          [markerX + MARKER_CLEARANCE, x + w],
        ]
      : [[x, x + w]];
  const free = parts.map(([a = 0, b = 0]) => ({ left: a, width: b - a })).sort((p, q) => q.width - p.width);
  for (const text of candidates) {
    const part = free.find((p) => textWidth(text, font) + INSIDE_PAD <= p.width);
    if (part) return { text, x: part.left + part.width / 2 };
  }
  return null;
}

interface SegmentSpec {
  readonly key: string;
  readonly kind: SegmentKind;
  readonly list: string | null;
  readonly seats: number;
  readonly colour: number | null;
  /** Texts to try inside the segment, longest first. */
  readonly candidates: readonly string[];
  /** The text of the callout when none fits. */
  readonly callout: string;
  readonly tooltip: string;
}

/** PMF-linked lists first, largest first, so their combined share reads from the left edge; then the rest. */
function segmentSpecs(e: SeatsElection, colours: ReadonlyMap<string, number>): SegmentSpec[] {
  const pmf = pmfLists(e).map((r): SegmentSpec => {
    const short = shortListName(r.list);
    return {
      key: `pmf:${r.list}`,
      kind: 'pmf',
      list: r.list,
      seats: r.seats,
      colour: colours.get(r.list) ?? 1,
      candidates: [`${short} ${r.seats}`],
      callout: `${short} ${r.seats}`,
      tooltip: `${r.list}: ${seatsWord(r.seats)} (PMF-linked)`,
    };
  });
  const otherSeats = e.results.filter((r) => !r.pmfLinked).reduce((sum, r) => sum + r.seats, 0);
  const otherCount = e.results.filter((r) => !r.pmfLinked).length;
  const other: SegmentSpec[] =
    otherCount > 0
      ? [
          {
            key: 'other',
            kind: 'other',
            list: null,
            seats: otherSeats,
            colour: null,
            // The bare number is a last resort: the grey fill and the legend say what it counts.
            candidates: [`Other lists ${otherSeats}`, `Other ${otherSeats}`, `${otherSeats}`],
            callout: `Other lists ${otherSeats}`,
            tooltip: `${otherCount} other list${otherCount === 1 ? '' : 's'} in our data: ${seatsWord(otherSeats)}`,
          },
        ]
      : [];
  const unlisted = unlistedSeats(e);
  const rest: SegmentSpec[] =
    unlisted > 0
      ? [
          {
            key: 'unlisted',
            kind: 'unlisted',
            list: null,
            seats: unlisted,
            colour: null,
            candidates: [`Not listed in our data ${unlisted}`, `Not in our data ${unlisted}`, `Not listed ${unlisted}`, `${unlisted}`],
            callout: `Not listed ${unlisted}`,
            tooltip: `${seatsWord(unlisted)} not assigned to a list in our data`,
          },
        ]
      : [];
  return [...pmf, ...other, ...rest];
}

const seatsWord = (n: number) => `${n} seat${n === 1 ? '' : 's'}`;

interface CalloutRequest {
  readonly key: string;
  readonly anchor: number;
  readonly text: string;
  readonly width: number;
}

/**
 * Places callouts below a bar without overlaps, as close under their segments as they can be: in
 * one row if their widths allow (pushed apart left to right, then pulled back inside the right
 * edge), otherwise dealt alternately into two or more rows.
 */
export function spreadCallouts(
  requests: readonly CalloutRequest[],
  bounds: readonly [number, number],
): (CalloutRequest & { left: number; row: number })[] {
  const sorted = [...requests].sort((a, b) => a.anchor - b.anchor || a.key.localeCompare(b.key));
  for (let rowsCount = 1; rowsCount <= Math.max(1, sorted.length); rowsCount++) {
    const rows = Array.from({ length: rowsCount }, (_, r) => sorted.filter((_, i) => i % rowsCount === r));
    const placed = rows.map((row) => spreadRow(row, bounds));
    if (placed.every((row) => row !== null))
      return placed.flatMap((row, r) => (row ?? []).map((c) => ({ ...c, row: r }))).sort((a, b) => a.anchor - b.anchor);
  }
  // A single label wider than the chart: keep it at the left edge on its own row rather than drop it.
  return sorted.map((c, i) => ({ ...c, left: bounds[0], row: i }));
}

function spreadRow(row: readonly CalloutRequest[], [min, max]: readonly [number, number]) {
  const total = row.reduce((sum, c) => sum + c.width, 0) + CALLOUT_PAD * Math.max(0, row.length - 1);
  if (total > max - min) return null;
  const lefts = row.map((c) => c.anchor - c.width / 2);
  for (let i = 0; i < lefts.length; i++) {
    const previousRight = i === 0 ? min : (lefts[i - 1] ?? min) + (row[i - 1]?.width ?? 0) + CALLOUT_PAD;
    lefts[i] = Math.max(lefts[i] ?? min, previousRight);
  }
  for (let i = lefts.length - 1; i >= 0; i--) {
    const width = row[i]?.width ?? 0;
    const nextLeft = i === lefts.length - 1 ? max + CALLOUT_PAD : (lefts[i + 1] ?? max);
    lefts[i] = Math.min(lefts[i] ?? min, nextLeft - CALLOUT_PAD - width);
  }
  return row.map((c, i) => ({ ...c, left: lefts[i] ?? min }));
}

/**
 * Claims-ledger layout: one 100% bar per period, split by status, with the period's dates, what
 * bounds it, its total and the counts in words. Pure, so the build draws it and tests measure it;
 * text is wrapped to the width here, so the narrow drawing keeps 12 px text on a phone.
 */
import { round } from '../timeline/axis.ts';
import { textWidth } from '../timeline/labels.ts';
import { countsPhrase, shownStatuses } from './describe.ts';
import type { LedgerStatusKey } from './model.ts';
import type { LedgerRow } from './tally.ts';

export interface LedgerLayoutOptions {
  readonly width: number;
  readonly barHeight?: number;
  /** What one counted thing is called: "attack". */
  readonly noun?: string;
}

export interface LedgerSegment {
  readonly status: LedgerStatusKey;
  readonly count: number;
  readonly x: number;
  readonly width: number;
  /** The count, drawn inside the segment when it fits (the line under the bar always has it). */
  readonly label: string | null;
  readonly labelX: number;
}

export interface LedgerRowGeometry {
  readonly key: string;
  /** The period (UTC ms, end exclusive), for linking with the timeline. */
  readonly from: number;
  readonly to: number;
  /** The period's dates: one or more lines, first baseline at `labelY`. */
  readonly labelLines: readonly string[];
  readonly labelY: number;
  readonly noteLines: readonly string[];
  readonly noteY: number;
  readonly totalText: string;
  readonly barY: number;
  readonly segments: readonly LedgerSegment[];
  readonly empty: boolean;
  readonly detailLines: readonly string[];
  readonly detailY: number;
  /** The row's full height, for the highlight behind it. */
  readonly band: { readonly y: number; readonly height: number };
}

export interface LedgerGeometry {
  readonly width: number;
  readonly height: number;
  readonly bar: { readonly left: number; readonly right: number; readonly height: number };
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly tickY: number;
  readonly gridTop: number;
  readonly statuses: readonly LedgerStatusKey[];
  readonly rows: readonly LedgerRowGeometry[];
}

export const FONT = 12;
const LINE = 16;
const MARGIN = 4;
const ROW_GAP = 14;

/** Greedy word wrap at an estimated text width; a single over-long word keeps its own line. */
export function wrap(text: string, maxWidth: number, separator = ' '): string[] {
  const lines: string[] = [];
  for (const word of text.split(separator)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last}${separator}${word}`, FONT) <= maxWidth)
      lines[lines.length - 1] = `${last}${separator}${word}`;
    else lines.push(word);
  }
  return lines;
}

export function layoutLedger(rows: readonly LedgerRow[], options: LedgerLayoutOptions): LedgerGeometry {
  const { width, barHeight = 22, noun = 'attack' } = options;
  if (!(width > 100)) throw new Error(`ledger layout: width must be over 100 px (got ${width})`);
  const left = MARGIN;
  const right = width - MARGIN;
  const barWidth = right - left;
  const statuses = shownStatuses(rows);
  const tickY = FONT;
  const gridTop = tickY + 8;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ x: round(left + share * barWidth), label: `${share * 100}%` }));

  let y = gridTop + 8;
  const laid = rows.map((row) => {
    const top = y;
    const totalText = `${row.total} ${noun}${row.total === 1 ? '' : 's'}`;
    const labelLines = wrap(row.period.label, barWidth - textWidth(totalText, FONT) - 12);
    const labelY = y + FONT;
    y += labelLines.length * LINE;
    const noteLines = row.period.note ? wrap(row.period.note, barWidth) : [];
    const noteY = y + FONT;
    y += noteLines.length * LINE + 4;
    const barY = y;
    let stacked = 0;
    const segments = statuses.flatMap((status) => {
      const count = row.counts[status];
      if (count === 0 || row.total === 0) return [];
      const x0 = round(left + (stacked / row.total) * barWidth);
      stacked += count;
      const x1 = round(left + (stacked / row.total) * barWidth);
      const label = String(count);
      const fits = x1 - x0 >= textWidth(label, FONT) + 8;
      return [{ status, count, x: x0, width: round(x1 - x0), label: fits ? label : null, labelX: round((x0 + x1) / 2) }];
    });
    y += barHeight + 4;
    const detailLines =
      row.total === 0
        ? [`No ${noun}s recorded`]
        : wrap(countsPhrase(row.counts), barWidth, ' · ').map((l, i, all) => (i < all.length - 1 ? `${l} ·` : l));
    const detailY = y + FONT;
    y += detailLines.length * LINE;
    const band = { y: top - ROW_GAP / 2, height: y - top + ROW_GAP / 2 + 2 };
    y += ROW_GAP;
    return {
      key: row.period.key,
      from: row.from,
      to: row.to,
      labelLines,
      labelY,
      noteLines,
      noteY,
      totalText,
      barY,
      segments,
      empty: row.total === 0,
      detailLines,
      detailY,
      band,
    };
  });

  return { width, height: round(y - ROW_GAP + 6), bar: { left, right, height: barHeight }, ticks, tickY, gridTop, statuses, rows: laid };
}

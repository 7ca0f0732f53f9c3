/**
 * Timeline layout: events + size + options → every position the chart needs. Pure (no DOM), so it
 * runs at build time for the SVG and in the browser when the reader zooms or filters.
 */
import { round, type Tick, timeScale, timeTicks } from './axis.ts';
import { DENSE_LIMIT, type DensityBar, densityBars } from './bins.ts';
import { dodge } from './dodge.ts';
import { placeLabels } from './labels.ts';
import { type LedgerStatus, type MarkShape, type TimelineEvent, type TypeGroupKey, typeGroups } from './model.ts';
import { actorRows, type Row, type RowSpec, severityRows, typeRows } from './rows.ts';

export type LaneMode = 'type' | 'actor' | 'ladder';

export interface LayoutOptions {
  readonly width: number;
  /** Visible time window (UTC ms); events outside it are left out. */
  readonly domain: readonly [number, number];
  readonly mode: LaneMode;
  /** Display names for actor lanes, by id. */
  readonly actorNames?: Readonly<Record<string, string>>;
  /** Turning points to label: an event id and a short label. */
  readonly annotations?: readonly { readonly event: string; readonly label: string }[];
  /** Above this many events in view, draw density bars instead of marks (default DENSE_LIMIT). */
  readonly denseLimit?: number;
}

export interface Mark {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly shape: MarkShape;
  readonly group: TypeGroupKey;
  readonly severity: number;
  readonly ledger: LedgerStatus;
  /** For an event known only to the month, or one that lasted: the period it covers, in px. */
  readonly span: { readonly x0: number; readonly x1: number; readonly kind: 'period' | 'duration' } | null;
  /** False for events outside the window: drawn hidden, so zooming out can show them without new elements. */
  readonly inView: boolean;
}

export interface Chain {
  readonly from: string;
  readonly to: string;
  readonly d: string;
}

export interface Annotation {
  readonly id: string;
  readonly text: string;
  readonly left: number;
  readonly width: number;
  readonly y: number;
  readonly markX: number;
  readonly markY: number;
}

export interface TimelineGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly ticks: readonly Tick[];
  readonly rows: readonly Row[];
  readonly marks: readonly Mark[];
  readonly chains: readonly Chain[];
  readonly annotations: readonly Annotation[];
  /** True when the view is too crowded for marks: `bars` replaces `marks` and `chains`. */
  readonly dense: boolean;
  readonly bars: readonly DensityBar[];
}

export const LABEL_FONT = 12;
const LABEL_ROW = 18;
const AXIS_HEIGHT = 28;
const MARGIN_X = 12;
const GAP = 1.5;

/** Mark radius grows with severity, so the escalation reads at a glance. */
export const radiusFor = (severity: number) => 3.5 + severity * 1.25;

const shapes = Object.fromEntries(typeGroups.map((g) => [g.key, g.shape])) as Record<TypeGroupKey, MarkShape>;

export function layoutTimeline(events: readonly TimelineEvent[], options: LayoutOptions): TimelineGeometry {
  const { width, domain, mode } = options;
  const visible = events.filter((e) => e.end > domain[0] && e.start < domain[1]);
  const x = timeScale(domain, [MARGIN_X, width - MARGIN_X]);
  const spec: RowSpec = mode === 'type' ? typeRows() : mode === 'ladder' ? severityRows() : actorRows(events, options.actorNames ?? {});

  const annotationRequests = (options.annotations ?? [])
    .map((a) => ({ a, event: visible.find((e) => e.id === a.event) }))
    .filter((item): item is { a: { event: string; label: string }; event: TimelineEvent } => item.event !== undefined)
    .map(({ a, event }) => ({ id: event.id, x: x(event.start), text: a.label }));
  const placed = placeLabels(annotationRequests, [MARGIN_X, width - MARGIN_X], LABEL_FONT);
  const labelRows = placed.reduce((max, l) => Math.max(max, l.row + 1), 0);
  const top = labelRows * LABEL_ROW + (labelRows > 0 ? 10 : 4);

  const rows = spec.rows.map((row, i) => ({ ...row, y0: top + i * spec.rowHeight, y1: top + (i + 1) * spec.rowHeight }));
  const bottom = top + rows.length * spec.rowHeight;

  const dense = visible.length > (options.denseLimit ?? DENSE_LIMIT);
  const byRow = new Map<string, TimelineEvent[]>();
  for (const e of dense ? visible : events) {
    const key = spec.rowOf(e);
    const list = byRow.get(key);
    if (list) list.push(e);
    else byRow.set(key, [e]);
  }
  const centre = (e: TimelineEvent) => x(e.precision === 'day' ? e.start + 43_200_000 : (e.start + e.end) / 2);

  const marks: Mark[] = [];
  const bars = dense
    ? densityBars(
        rows.flatMap((row, index) =>
          (byRow.get(row.key) ?? []).map((e) => ({ x: centre(e), row: index, group: e.group, severity: e.severity })),
        ),
        rows,
      )
    : [];
  const inWindow = new Set(visible.map((e) => e.id));
  for (const row of dense ? [] : rows) {
    const positioned = (byRow.get(row.key) ?? []).map((e) => ({ e, x: centre(e), r: radiusFor(e.severity) }));
    const onStage = positioned.filter(({ e }) => inWindow.has(e.id));
    const offsets = new Map(dodge(onStage, GAP, spec.maxSlots).map((offset, i) => [onStage[i]?.e.id, offset]));
    positioned.forEach(({ e, x: cx, r }) => {
      const spansPeriod = e.precision !== 'day' || e.end - e.start > 86_400_000 * 1.5;
      marks.push({
        id: e.id,
        x: round(cx),
        y: round((row.y0 + row.y1) / 2 + (offsets.get(e.id) ?? 0) + spec.labelOffset),
        r,
        shape: shapes[e.group],
        group: e.group,
        severity: e.severity,
        ledger: e.ledger,
        span: spansPeriod ? { x0: round(x(e.start)), x1: round(x(e.end)), kind: e.precision === 'day' ? 'duration' : 'period' } : null,
        inView: inWindow.has(e.id),
      });
    });
  }

  const byId = new Map(marks.filter((m) => m.inView).map((m) => [m.id, m]));
  const chains = visible.flatMap((e) =>
    e.respondsTo.flatMap((causeId) => {
      const [cause, effect] = [byId.get(causeId), byId.get(e.id)];
      return cause && effect ? [{ from: causeId, to: e.id, d: chainPath(cause, effect, top) }] : [];
    }),
  );

  const annotations = placed.map((label) => {
    const mark = byId.get(label.id);
    return {
      id: label.id,
      text: label.text,
      left: label.left,
      width: label.width,
      y: 4 + label.row * LABEL_ROW + LABEL_FONT,
      markX: mark?.x ?? round(label.x),
      markY: mark ? mark.y - mark.r : bottom,
    };
  });

  return {
    width,
    height: bottom + AXIS_HEIGHT,
    plot: { left: MARGIN_X, right: width - MARGIN_X, top, bottom },
    ticks: timeTicks(x),
    rows,
    marks,
    chains,
    annotations,
    dense,
    bars,
  };
}

/** An arc from cause to response that bows upwards, so chains read left to right above the marks. */
function chainPath(cause: Mark, effect: Mark, ceiling: number): string {
  const lift = Math.min(40, Math.max(12, (effect.x - cause.x) / 3));
  const controlY = round(Math.max(ceiling, Math.min(cause.y, effect.y) - lift));
  return `M${cause.x},${cause.y}C${cause.x},${controlY} ${effect.x},${controlY} ${effect.x},${effect.y}`;
}

/**
 * Places annotation labels in rows above the plot without overlaps: each label goes in the first
 * row where it clears the previous label, centred on its event and kept inside the chart.
 */
export interface LabelRequest {
  readonly id: string;
  readonly x: number;
  readonly text: string;
}

export interface PlacedLabel extends LabelRequest {
  /** Left edge of the label box. */
  readonly left: number;
  readonly width: number;
  readonly row: number;
}

/** Approximate width of UI text: 0.56 em per character is close for system sans at small sizes. */
export const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.56);

export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: readonly [number, number],
  fontSize: number,
  padding = 8,
): PlacedLabel[] {
  const rowEnds: number[] = [];
  return [...requests]
    .sort((a, b) => a.x - b.x)
    .map((request) => {
      const width = textWidth(request.text, fontSize);
      const left = Math.min(Math.max(request.x - width / 2, bounds[0]), bounds[1] - width);
      let row = rowEnds.findIndex((end) => end + padding <= left);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = left + width;
      return { ...request, left: Math.round(left), width, row };
    });
}

/**
 * Wraps a handler so that, of the values it receives before the next frame, only the last is
 * handled, at the start of that frame. Linked charts use it for the timeline's `pmf:window`: a zoom
 * or a drag sends many windows, and marking each one at once, inside the timeline's own task,
 * would make the browser lay the page out twice per step.
 */
export function latestPerFrame<T>(handle: (value: T) => void): (value: T) => void {
  let pending: { value: T } | null = null;
  return (value: T) => {
    const scheduled = pending !== null;
    pending = { value };
    if (scheduled) return;
    requestAnimationFrame(() => {
      const latest = pending;
      pending = null;
      if (latest) handle(latest.value);
    });
  };
}

/**
 * The timeline's keyboard commands, as data: one tab stop, arrows walk events in time order,
 * Shift+arrows move the window, +/− zoom, Enter or Space opens details, Escape closes them.
 */
export type KeyCommand =
  | { readonly kind: 'focus'; readonly step: 1 | -1 | 'first' | 'last' }
  | { readonly kind: 'pan'; readonly direction: 1 | -1 }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'open' }
  | { readonly kind: 'close' };

/** The command for a key press, or null when the key is not the timeline's. */
export function keyCommand(key: string, shift: boolean): KeyCommand | null {
  switch (key) {
    case 'ArrowRight':
      return shift ? { kind: 'pan', direction: 1 } : { kind: 'focus', step: 1 };
    case 'ArrowLeft':
      return shift ? { kind: 'pan', direction: -1 } : { kind: 'focus', step: -1 };
    case 'Home':
      return { kind: 'focus', step: 'first' };
    case 'End':
      return { kind: 'focus', step: 'last' };
    case 'Enter':
    case ' ':
      return { kind: 'open' };
    case 'Escape':
      return { kind: 'close' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 0.5 };
    case '-':
      return { kind: 'zoom', factor: 2 };
    default:
      return null;
  }
}

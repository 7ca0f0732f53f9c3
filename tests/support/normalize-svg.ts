/**
 * Normalises rendered SVG before snapshot comparison, as Observable Plot's tests do: numbers
 * rounded to two decimals, Astro's generated attributes dropped, one element per line, so a
 * snapshot changes only when the drawing does.
 */
export function normalizeSvg(markup: string): string {
  return markup
    .replace(/\s+data-astro-[\w-]+(="[^"]*")?/g, '')
    .replace(/<!--.*?-->/gs, '')
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}

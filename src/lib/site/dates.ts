/** Date formatting shared by the build and the browser (no Node-only imports here). */

const formatOptions: Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};
// Making a formatter costs far more than using one; the timeline formats dates on every zoom step.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2020-01-03" → "3 January 2020", the date format used in prose. */
export function formatDate(iso: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  let formatter = formatters.get(precision);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { ...formatOptions[precision], timeZone: 'UTC' });
    formatters.set(precision, formatter);
  }
  return formatter.format(new Date(Date.UTC(year, month - 1, day)));
}

/** Date formatting shared by the build and the browser (no Node-only imports here). */

/** "2020-01-03" → "3 January 2020", the date format used in prose. */
export function formatDate(iso: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(date);
}

import { describe, expect, it } from 'vitest';
import { fitsPrecision, isCalendarDate } from '../../src/lib/data/primitives.ts';
import { formatDate } from '../../src/lib/site/site.ts';

describe('dates', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2019-02-29')).toBe(false);
    expect(isCalendarDate('2019-13-01')).toBe(false);
    expect(isCalendarDate('20-01-03')).toBe(false);
  });

  it('requires coarse dates to sit on the first day of their period', () => {
    expect(fitsPrecision('2019-10-01', 'month')).toBe(true);
    expect(fitsPrecision('2019-10-05', 'month')).toBe(false);
    expect(fitsPrecision('2014-01-01', 'year')).toBe(true);
    expect(fitsPrecision('2014-06-01', 'year')).toBe(false);
  });

  it('formats dates at their precision, never inventing a day', () => {
    expect(formatDate('2020-01-03')).toBe('3 January 2020');
    expect(formatDate('2019-10-01', 'month')).toBe('October 2019');
    expect(formatDate('2014-01-01', 'year')).toBe('2014');
  });
});

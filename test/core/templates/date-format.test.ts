import { describe, expect, it } from 'vitest';
import { formatDate, formatDateList } from '../../../src/core/templates/date-format.ts';
import { day } from './fixtures.ts';

// The unit project runs with TZ=America/Los_Angeles: a UTC-based conversion would show 11 March.
describe('formatDate', () => {
  it('writes French dates as 12 mars 2026, with 1er for the first of the month', () => {
    expect(formatDate(day('2026-03-12'), 'fr', 'FR')).toBe('12 mars 2026');
    expect(formatDate(day('2026-08-15'), 'fr', 'FR')).toBe('15 août 2026');
    expect(formatDate(day('2026-02-01'), 'fr', 'BE')).toBe('1er février 2026');
    expect(formatDate(day('2027-12-31'), 'fr', null)).toBe('31 décembre 2027');
  });

  it('writes US and Canadian English dates month first', () => {
    expect(formatDate(day('2026-03-12'), 'en', 'US')).toBe('March 12, 2026');
    expect(formatDate(day('2026-03-01'), 'en', 'ca')).toBe('March 1, 2026');
  });

  it('writes other English dates day first, unknown country included', () => {
    expect(formatDate(day('2026-03-12'), 'en', 'GB')).toBe('12 March 2026');
    expect(formatDate(day('2026-03-12'), 'en', 'DE')).toBe('12 March 2026');
    expect(formatDate(day('2026-03-01'), 'en', null)).toBe('1 March 2026');
  });
});

describe('formatDateList', () => {
  it('does not repeat a shared month and year', () => {
    const dates = [day('2026-03-20'), day('2026-03-12'), day('2026-03-01')];
    expect(formatDateList(dates, 'fr', 'FR')).toBe('1er, 12 et 20 mars 2026');
    expect(formatDateList(dates, 'en', 'GB')).toBe('1, 12 and 20 March 2026');
  });

  it('does not repeat a shared year', () => {
    const dates = [day('2026-02-28'), day('2026-03-12')];
    expect(formatDateList(dates, 'fr', 'FR')).toBe('28 février et 12 mars 2026');
  });

  it('writes full dates across years and in US style', () => {
    expect(formatDateList([day('2025-12-28'), day('2026-01-12')], 'fr', 'FR')).toBe(
      '28 décembre 2025 et 12 janvier 2026',
    );
    expect(formatDateList([day('2026-03-12'), day('2026-03-20')], 'en', 'US')).toBe(
      'March 12, 2026 and March 20, 2026',
    );
  });

  it('shows a repeated date once', () => {
    expect(formatDateList([day('2026-03-12'), day('2026-03-12')], 'fr', 'FR')).toBe('12 mars 2026');
  });
});

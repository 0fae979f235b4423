import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  type CalendarOptions,
  isBusinessDay,
  nextBusinessDay,
} from '../../src/core/business-days.ts';
import type { CalendarDate } from '../../src/core/calendar-date.ts';

const d = (text: string) => text as CalendarDate;
const france: CalendarOptions = {
  country: 'FR',
  businessDays: [1, 2, 3, 4, 5],
  alsaceMoselle: false,
};

describe('business days', () => {
  it('a weekday that is not a holiday is a business day', () => {
    expect(isBusinessDay(d('2026-03-12'), france)).toBe(true);
  });

  it('weekends and holidays are not', () => {
    expect(isBusinessDay(d('2026-03-14'), france)).toBe(false);
    expect(isBusinessDay(d('2026-05-14'), france)).toBe(false);
  });

  it('follows the configured working week', () => {
    const sixDays = { ...france, businessDays: [1, 2, 3, 4, 5, 6] };
    expect(isBusinessDay(d('2026-03-14'), sixDays)).toBe(true);
    expect(isBusinessDay(d('2026-03-15'), sixDays)).toBe(false);
  });

  it('the next business day after the Ascension Thursday 2026 is Friday 15 May', () => {
    expect(nextBusinessDay(d('2026-05-14'), france)).toBe('2026-05-15');
  });

  it('a stage on Saturday 23 May 2026 moves past Whit Monday to Tuesday 26 May', () => {
    expect(nextBusinessDay(d('2026-05-23'), france)).toBe('2026-05-26');
  });

  it('Alsace-Moselle: Good Friday 2026 moves a stage to Tuesday after Easter Monday', () => {
    expect(nextBusinessDay(d('2026-04-03'), { ...france, alsaceMoselle: true })).toBe('2026-04-07');
    expect(nextBusinessDay(d('2026-04-03'), france)).toBe('2026-04-03');
  });

  it("uses the client's country: a British client's Boxing Day substitute is not a business day", () => {
    const london = { ...france, country: 'GB' };
    expect(nextBusinessDay(d('2026-12-25'), london)).toBe('2026-12-29');
    expect(nextBusinessDay(d('2026-12-25'), france)).toBe('2026-12-28');
  });

  it('falls back to the user country for a client country without a calendar', () => {
    const lisbon = { ...france, country: 'PT', fallbackCountry: 'FR' };
    expect(isBusinessDay(d('2026-07-14'), lisbon)).toBe(false);
    expect(isBusinessDay(d('2026-07-14'), { ...lisbon, fallbackCountry: null })).toBe(true);
  });

  it('adds business days forwards and backwards, skipping weekends and holidays', () => {
    expect(addBusinessDays(d('2026-05-13'), 1, france)).toBe('2026-05-15');
    expect(addBusinessDays(d('2026-05-13'), 3, france)).toBe('2026-05-19');
    expect(addBusinessDays(d('2026-05-26'), -1, france)).toBe('2026-05-22');
    expect(addBusinessDays(d('2026-05-16'), 0, france)).toBe('2026-05-16');
  });

  it('treats an empty working week as Monday to Friday rather than looping forever', () => {
    expect(nextBusinessDay(d('2026-03-14'), { ...france, businessDays: [] })).toBe('2026-03-16');
  });
});

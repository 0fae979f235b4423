import { describe, expect, it } from 'vitest';
import { calendarDateInZone } from '../../../src/core/parse/calendar-date-in-zone.ts';

describe('calendarDateInZone', () => {
  it('gives the day an instant falls on in the given zone, whatever the process zone', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    const instant = new Date('2026-03-11T23:30:00Z');
    expect(calendarDateInZone(instant, 'Europe/Paris')).toBe('2026-03-12');
    expect(calendarDateInZone(instant, 'America/Los_Angeles')).toBe('2026-03-11');
    expect(calendarDateInZone(instant, 'Asia/Tokyo')).toBe('2026-03-12');
    expect(calendarDateInZone(instant, 'UTC')).toBe('2026-03-11');
  });

  it('handles midnight in a zone during daylight saving time', () => {
    expect(calendarDateInZone(new Date('2026-07-13T22:00:00Z'), 'Europe/Paris')).toBe('2026-07-14');
  });

  it('throws on an unknown zone or an invalid date', () => {
    expect(() => calendarDateInZone(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => calendarDateInZone(new Date('x'), 'Europe/Paris')).toThrow(RangeError);
  });
});

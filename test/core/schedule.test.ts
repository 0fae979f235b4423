import { describe, expect, it } from 'vitest';
import { clientCalendar } from '../../src/core/client-calendar.ts';
import { scheduleInvoice, scheduleStages } from '../../src/core/schedule.ts';
import { DEFAULT_SETTINGS, STANDARD_OFFSETS } from '../../src/core/settings-defaults.ts';
import { day, invoice, weekdayCalendar } from './fixtures/invoices.ts';

describe('scheduleStages', () => {
  it('puts each stage at due date + offset, moved to the next business day', () => {
    // Due Friday 13 March 2026.
    const stages = scheduleStages(day('2026-03-13'), STANDARD_OFFSETS, 'FR', weekdayCalendar());
    expect(stages.map((s) => [s.stage, s.date, s.postponedFrom])).toEqual([
      ['pre_due', '2026-03-10', null],
      ['r1', '2026-03-16', null],
      ['r2', '2026-03-23', null],
      ['r3', '2026-04-07', '2026-04-06'], // Easter Monday
      ['call', '2026-04-13', '2026-04-12'], // Sunday
      ['notice', '2026-04-27', null],
    ]);
  });

  it('names the holiday that moved a stage', () => {
    const stages = scheduleStages(day('2026-03-13'), STANDARD_OFFSETS, 'FR', weekdayCalendar());
    expect(stages[3]).toEqual({
      stage: 'r3',
      offset: 24,
      nominal: '2026-04-06',
      date: '2026-04-07',
      postponedFrom: '2026-04-06',
      holiday: 'Lundi de Pâques',
    });
    expect(stages[4]?.holiday).toBeNull();
  });

  it('leaves out stages switched off with a null offset', () => {
    const stages = scheduleStages(
      day('2026-03-13'),
      { ...STANDARD_OFFSETS, pre_due: null, r2: null },
      'FR',
      weekdayCalendar(),
    );
    expect(stages.map((s) => s.stage)).toEqual(['r1', 'r3', 'call', 'notice']);
  });

  it('uses the client’s own country: a French holiday does not move a Belgian client’s stage', () => {
    const french = scheduleStages(
      day('2026-07-11'),
      { ...STANDARD_OFFSETS, r1: 3 },
      'FR',
      weekdayCalendar(),
    );
    const belgian = scheduleStages(
      day('2026-07-11'),
      { ...STANDARD_OFFSETS, r1: 3 },
      'BE',
      weekdayCalendar(),
    );
    expect(french.find((s) => s.stage === 'r1')?.date).toBe('2026-07-15');
    expect(belgian.find((s) => s.stage === 'r1')?.date).toBe('2026-07-14');
  });
});

describe('scheduleInvoice with the project calendar', () => {
  it('moves a stage off Ascension 2026 and Whit Monday 2026 for a French client', () => {
    const settings = DEFAULT_SETTINGS;
    const inv = invoice({ number: 'F-2026-031', client: 'Studio Nord', dueDate: '2026-05-11' });
    const stages = scheduleInvoice(inv, 'new', settings, clientCalendar(settings));
    const r1 = stages.find((s) => s.stage === 'r1');
    expect(r1).toMatchObject({ date: '2026-05-15', postponedFrom: '2026-05-14' });
    expect(r1?.holiday).toMatch(/ascension/i);
    // pre_due at −3 is Friday 8 May, Victory Day: moved past the weekend to Monday 11 May.
    expect(stages[0]).toMatchObject({
      stage: 'pre_due',
      date: '2026-05-11',
      postponedFrom: '2026-05-08',
    });
  });

  it('falls back to the settings’ country for a row without one', () => {
    const settings = { ...DEFAULT_SETTINGS, country: 'FR' };
    const inv = invoice({ number: 'F-2027-002', client: 'Studio Nord', dueDate: '2027-05-03' });
    // r1 at +3 is Thursday 6 May 2027, Ascension.
    const stages = scheduleInvoice(inv, 'new', settings, clientCalendar(settings));
    expect(stages.find((s) => s.stage === 'r1')?.date).toBe('2027-05-07');
  });
});

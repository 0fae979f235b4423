import { describe, expect, it } from 'vitest';
import { restartLadder } from '../../../src/core/payment-plans/restart-ladder.ts';
import { scheduleStages } from '../../../src/core/schedule.ts';
import { STANDARD_OFFSETS } from '../../../src/core/settings-defaults.ts';
import type { Stage } from '../../../src/core/stage.ts';
import { day, weekdayCalendar } from '../fixtures/invoices.ts';

// F-2026-014, due Friday 13 February 2026; r1 went out on 16 February, then a plan held it.
const ladder = scheduleStages(day('2026-02-13'), STANDARD_OFFSETS, 'FR', weekdayCalendar());
const done = new Map<Stage, ReturnType<typeof day>>([['r1', day('2026-02-16')]]);

describe('a broken plan restarts the sequence', () => {
  it('at the stage after the last one done, the later stages keeping their gaps', () => {
    const restarted = restartLadder(ladder, day('2026-05-21'), done, 'FR', weekdayCalendar());
    const dates = Object.fromEntries(restarted.map((s) => [s.stage, s.date]));
    expect(dates.r2).toBe('2026-05-21');
    // r3 was 14 days after r2 (23 Feb → 9 Mar): still 14 days after it, on a business day.
    expect(dates.r3).toBe('2026-06-04');
    expect(dates.r1).toBe('2026-02-16');
  });

  it('measures the delay from what was done before the break, so later sends do not move it', () => {
    const afterR2 = new Map(done).set('r2', day('2026-05-21'));
    const restarted = restartLadder(ladder, day('2026-05-21'), afterR2, 'FR', weekdayCalendar());
    expect(restarted.find((s) => s.stage === 'r3')?.date).toBe('2026-06-04');
  });

  it('leaves the ladder alone without a break', () => {
    expect(restartLadder(ladder, undefined, done, 'FR', weekdayCalendar())).toEqual(ladder);
  });
});

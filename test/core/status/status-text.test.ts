import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date.ts';
import { formatLogDetail, readHistory } from '../../../src/core/history.ts';
import { type LogEntry, logEntry } from '../../../src/core/log-entry.ts';
import type { InvoiceDecision } from '../../../src/core/plan.ts';
import { statusCellsFor } from '../../../src/core/status/status-text.ts';

const day = (d: string) => d as CalendarDate;

function row(fields: Partial<LogEntry> & Pick<LogEntry, 'outcome' | 'date'>): LogEntry {
  return logEntry({ at: `${fields.date}T08:00:00.000Z`, runId: 'run-1', ...fields });
}

const waitingForR2: InvoiceDecision = {
  number: 'F-2026-014',
  state: 'waiting',
  nextStage: 'r2',
  nextDate: day('2026-03-12'),
};

describe('the stage column', () => {
  it('says a stage the user skipped was skipped by them, not sent', () => {
    const history = readHistory(
      [
        row({
          outcome: 'skipped',
          date: day('2026-03-02'),
          stage: 'r1',
          invoiceNumbers: ['F-2026-014'],
          clientKey: 'menuiserie girard',
          runId: 'user',
          detail: formatLogDetail({ by: 'user' }),
        }),
      ],
      { countTestSends: false },
    ).invoice('F-2026-014');
    expect(statusCellsFor(waitingForR2, history, 'fr', null, false)[0]).toBe(
      'Relance 1 · sautée par vous',
    );
    expect(statusCellsFor(waitingForR2, history, 'en', null, false)[0]).toBe(
      'Reminder 1 · skipped by you',
    );
  });

  it('names a stage that was sent plainly', () => {
    const history = readHistory(
      [
        row({
          outcome: 'sent',
          date: day('2026-03-02'),
          stage: 'r1',
          invoiceNumbers: ['F-2026-014'],
          clientKey: 'menuiserie girard',
        }),
      ],
      { countTestSends: false },
    ).invoice('F-2026-014');
    expect(statusCellsFor(waitingForR2, history, 'fr', null, false)[0]).toBe('Relance 1');
  });
});

describe('the note of a finished sequence', () => {
  const done: InvoiceDecision = {
    number: 'F-2026-014',
    state: 'skipped',
    reason: { code: 'sequence_done' },
    nextStage: null,
    nextDate: null,
  };
  const empty = readHistory([], { countTestSends: true }).invoice('F-2026-014');

  it('in test mode says only the user got the messages and that going live starts over', () => {
    expect(statusCellsFor(done, empty, 'fr', null, true)[3]).toContain('Mode test');
    expect(statusCellsFor(done, empty, 'en', null, true)[3]).toContain(
      'Going live starts the real sequence',
    );
  });

  it('in live mode says the sequence is finished', () => {
    expect(statusCellsFor(done, empty, 'en', null, false)[3]).toBe('Every stage has been done.');
  });
});

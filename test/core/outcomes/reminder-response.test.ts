import { describe, expect, it } from 'vitest';
import { readOutcomeLog } from '../../../src/core/outcomes/reminder-events.ts';
import {
  remindersPerPaidInvoice,
  replyRateByStage,
} from '../../../src/core/outcomes/reminder-response.ts';
import type { Stage } from '../../../src/core/stage.ts';
import { day, invoice, logRow } from '../fixtures/invoices.ts';

const AS_OF = day('2026-04-15');
const FROM = day('2025-04-15');

function reminder(date: string, stage: Stage, number: string, client: string, extra = {}) {
  return logRow({
    date,
    outcome: 'sent',
    stage,
    invoiceNumbers: [number],
    clientKey: client,
    messageKey: `rl-${date}-${stage}-${client}`,
    ...extra,
  });
}

function reply(on: string, client: string) {
  return logRow({
    date: on,
    outcome: 'paused',
    clientKey: client,
    detail: `kind=client_reply; on=${on}`,
  });
}

describe('reminders per paid invoice', () => {
  it('3 paid invoices, 3 reminder e-mails before their payments: 1 each', () => {
    const invoices = [
      // Friendly r1 and firm r2 before it was paid (2); the test send of r3 reached nobody.
      invoice({
        number: 'F-1',
        client: 'Atelier Moreau',
        dueDate: '2026-03-01',
        paidDate: '2026-03-20',
      }),
      // Paid on time, never reminded (0).
      invoice({
        number: 'F-2',
        client: 'Atelier Moreau',
        dueDate: '2026-03-05',
        paidDate: '2026-03-05',
      }),
      // Note before the due date, then paid before the r1 that followed (1).
      invoice({
        number: 'F-3',
        client: 'Bistro Lumière',
        dueDate: '2026-03-04',
        paidDate: '2026-03-06',
      }),
      // Unpaid: not in the figure.
      invoice({ number: 'F-4', client: 'Bistro Lumière', dueDate: '2026-03-04' }),
    ];
    const log = readOutcomeLog([
      reminder('2026-03-04', 'r1', 'F-1', 'atelier moreau'),
      reminder('2026-03-11', 'r2', 'F-1', 'atelier moreau'),
      reminder('2026-03-19', 'r3', 'F-1', 'atelier moreau', { outcome: 'test_sent' }),
      reminder('2026-03-01', 'pre_due', 'F-3', 'bistro lumiere'),
      reminder('2026-03-07', 'r1', 'F-3', 'bistro lumiere'),
      reminder('2026-03-07', 'r1', 'F-4', 'bistro lumiere'),
    ]);
    expect(remindersPerPaidInvoice(invoices, log, FROM, AS_OF)).toEqual({
      paidCount: 3,
      reminders: 3,
      average: 1,
      distribution: [1, 1, 1, 0, 0],
    });
  });
});

describe('reply rate after each stage', () => {
  const invoices = ['A', 'B', 'C', 'D', 'E'].map((letter) =>
    invoice({ number: `F-${letter}`, client: `Client ${letter}`, dueDate: '2026-02-25' }),
  );
  const log = readOutcomeLog([
    // A answers r1 three days later: a reply to r1.
    reminder('2026-03-01', 'r1', 'F-A', 'client a'),
    reply('2026-03-04', 'client a'),
    // B does not answer r1, answers r2 the next day.
    reminder('2026-03-02', 'r1', 'F-B', 'client b'),
    reminder('2026-03-12', 'r2', 'F-B', 'client b'),
    reply('2026-03-13', 'client b'),
    // C answers 17 days after r1: outside the 14-day window.
    reminder('2026-03-03', 'r1', 'F-C', 'client c'),
    reply('2026-03-20', 'client c'),
    // D's reply comes after its r2: it answers r2, not r1.
    reminder('2026-03-01', 'r1', 'F-D', 'client d'),
    reminder('2026-03-08', 'r2', 'F-D', 'client d'),
    reply('2026-03-09', 'client d'),
    // E got only test sends and a test-mode call task: not counted, whatever E says.
    reminder('2026-03-01', 'r1', 'F-E', 'client e', { outcome: 'test_sent' }),
    reminder('2026-03-10', 'call', 'F-E', 'client e', { outcome: 'task', detail: 'mode=test' }),
    reply('2026-03-02', 'client e'),
    // r3 sent 5 days ago: its window is still open, not counted yet.
    reminder('2026-04-10', 'r3', 'F-B', 'client b'),
  ]);

  it('r1: 1 of 4 messages answered; r2: 2 of 2; r3 not yet measurable', () => {
    const rates = replyRateByStage(invoices, log, FROM, AS_OF);
    expect(rates).toEqual([
      { stage: 'pre_due', messages: 0, replied: 0, rate: null },
      { stage: 'r1', messages: 4, replied: 1, rate: 0.25 },
      { stage: 'r2', messages: 2, replied: 2, rate: 1 },
      { stage: 'r3', messages: 0, replied: 0, rate: null },
    ]);
  });

  it('one message listing two invoices counts once', () => {
    const grouped = readOutcomeLog([
      reminder('2026-03-01', 'r1', 'F-A', 'client a', { messageKey: 'rl-grouped' }),
      reminder('2026-03-01', 'r1', 'F-B', 'client a', { messageKey: 'rl-grouped' }),
    ]);
    expect(replyRateByStage(invoices, grouped, FROM, AS_OF)[1]).toMatchObject({ messages: 1 });
  });
});

describe('what the log counts as a reminder', () => {
  it('a crashed send confirmed from Sent mail counts; a failed or pending one does not', () => {
    const log = readOutcomeLog([
      reminder('2026-03-01', 'r1', 'F-1', 'atelier moreau', {
        outcome: 'pending',
        messageKey: 'rl-1',
      }),
      logRow({
        date: '2026-03-02',
        outcome: 'sent',
        clientKey: 'atelier moreau',
        messageKey: 'rl-1',
      }),
      reminder('2026-03-01', 'r1', 'F-2', 'atelier moreau', {
        outcome: 'pending',
        messageKey: 'rl-2',
      }),
      reminder('2026-03-01', 'r1', 'F-3', 'atelier moreau', {
        outcome: 'failed',
        messageKey: 'rl-3',
      }),
      reminder('2026-03-01', 'r1', 'F-4', 'atelier moreau', {
        outcome: 'pending',
        messageKey: 'rl-4',
        detail: 'mode=test',
      }),
      logRow({
        date: '2026-03-02',
        outcome: 'sent',
        clientKey: 'atelier moreau',
        messageKey: 'rl-4',
      }),
      reminder('2026-03-20', 'notice', 'F-5', 'atelier moreau', {
        outcome: 'drafted',
        detail: 'draft=d1; mode=test',
      }),
      reminder('2026-03-21', 'notice', 'F-6', 'atelier moreau', {
        outcome: 'drafted',
        detail: 'draft=d2',
      }),
    ]);
    expect(log.events.map((e) => `${e.invoiceNumber} ${e.stage} ${e.date}`)).toEqual([
      'F-1 r1 2026-03-02',
      'F-6 notice 2026-03-21',
    ]);
  });
});

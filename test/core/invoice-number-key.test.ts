/**
 * One invoice number, however it was retyped: the duplicate check, the log's history, the plans
 * and the status columns all compare numbers folded the same way.
 */
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/core/history.ts';
import {
  byFoldedNumber,
  foldedNumbers,
  foldInvoiceNumber,
} from '../../src/core/invoice-number-key.ts';
import { readNoteHistory } from '../../src/core/note-history.ts';
import { eventsOf, readOutcomeLog } from '../../src/core/outcomes/reminder-events.ts';
import { planStatusWrite, type StatusCells } from '../../src/core/status/status-columns.ts';
import { logRow } from './fixtures/invoices.ts';

const client = 'atelier dupont';

describe('foldInvoiceNumber', () => {
  it('ignores case, spaces, non-breaking and zero-width characters', () => {
    for (const typed of [
      'F-2026-014',
      'f-2026-014',
      ' F-2026 -014',
      'F-2026\u00a0-014',
      'F-2026-014\u200b',
      '\ufeffF-2026-\u2060014',
    ])
      expect(foldInvoiceNumber(typed)).toBe('f-2026-014');
  });

  it('keeps what tells invoices apart: dashes, dots, leading zeros', () => {
    const numbers = ['F-2026-014', 'F2026014', 'F-2026-0014', 'F.2026.014'];
    expect(new Set(numbers.map(foldInvoiceNumber)).size).toBe(numbers.length);
  });

  it('builds maps and sets looked up by folded number', () => {
    const byNumber = byFoldedNumber([['F-2026-014', 1200]]);
    expect(byNumber.get(foldInvoiceNumber('f-2026-014 '))).toBe(1200);
    expect(foldedNumbers(['F-2026-014']).has(foldInvoiceNumber('F-2026\u00a0-014'))).toBe(true);
  });
});

describe('the history of a retyped number', () => {
  const r1 = logRow({
    date: '2026-03-02',
    outcome: 'sent',
    stage: 'r1',
    clientKey: client,
    invoiceNumbers: ['F-2026-014'],
    threadId: 'thread-r1',
  });

  it('is the history the log wrote under the number as first typed', () => {
    const history = readHistory([r1], {
      countTestSends: false,
      invoices: new Set(['f-2026-014']),
    });
    const record = history.invoice('f-2026-014');
    expect([...record.done.keys()]).toEqual(['r1']);
    expect(record.emailsSent).toBe(1);
    expect(record.threadId).toBe('thread-r1');
  });

  it('merges rows written under both typings, the stage counted once', () => {
    const again = logRow({
      date: '2026-03-09',
      outcome: 'sent',
      stage: 'r1',
      clientKey: client,
      invoiceNumbers: ['f-2026-014'],
    });
    const record = readHistory([r1, again], { countTestSends: false }).invoice('F-2026-014');
    expect(record.emailsSent).toBe(1);
    expect(record.done.get('r1')).toBe('2026-03-02');
  });

  it('holds and releases whichever way the number was typed', () => {
    const held = logRow({
      date: '2026-03-03',
      outcome: 'held',
      stage: null,
      clientKey: client,
      invoiceNumbers: ['F-2026-014'],
      detail: 'by=user',
    });
    const history = readHistory([r1, held], { countTestSends: false });
    expect(history.invoice('f-2026-014 ').hold).toEqual({
      since: '2026-03-03',
      until: null,
      bouncedOn: null,
    });
  });

  it('keeps a send in flight, then settles it, under the other typing', () => {
    const pending = logRow({
      date: '2026-03-09',
      outcome: 'pending',
      stage: 'r2',
      clientKey: client,
      invoiceNumbers: ['F-2026-014'],
      messageKey: 'rl-20260309-r2-0a1b2c3d',
    });
    const open = readHistory([r1, pending], { countTestSends: false });
    expect(open.invoice('f-2026-014').pendingSince).toBe('2026-03-09');
    const sent = logRow({
      date: '2026-03-09',
      outcome: 'sent',
      stage: 'r2',
      clientKey: client,
      invoiceNumbers: ['f-2026-014'],
      messageKey: 'rl-20260309-r2-0a1b2c3d',
    });
    const settled = readHistory([r1, pending, sent], { countTestSends: false });
    expect(settled.invoice('F-2026-014')).toMatchObject({ pendingSince: null, emailsSent: 2 });
  });
});

describe('the follow-ups of a retyped quote number', () => {
  it('are the ones the log wrote under the number as first typed', () => {
    const followUp = logRow({
      date: '2026-03-02',
      outcome: 'sent',
      stage: 'q_follow',
      clientKey: client,
      invoiceNumbers: ['D-2026-007'],
    });
    const notes = readNoteHistory([followUp], { countTestSends: false });
    expect([...notes.of('d-2026-007').done.keys()]).toEqual(['q_follow']);
  });
});

describe('the status columns of a retyped number', () => {
  const REMINDED: StatusCells = ['1re relance', '2026-03-02', '2026-03-09 · 2e relance', ''];

  it('are written on its row, and the invoice is not reported missing', () => {
    const values = [
      ['N° facture', 'Client'],
      ['f-2026-014\u200b', 'Atelier Dupont'],
    ];
    const statuses = new Map([['F-2026-014', REMINDED]]);
    const plan = planStatusWrite(values, 'N° facture', statuses, 'fr');
    if ('refused' in plan) throw new Error(plan.refused);
    expect(plan.matched).toBe(1);
    expect(plan.missing).toEqual([]);
    expect(plan.blocks[0]?.values[1]).toEqual([...REMINDED]);
  });
});

describe('the statistics of a retyped number', () => {
  it('count the reminders the log wrote under the number as first typed, once each', () => {
    const r1 = (typed: string, date: string) =>
      logRow({ date, outcome: 'sent', stage: 'r1', clientKey: client, invoiceNumbers: [typed] });
    const log = readOutcomeLog([r1('F-2026-014', '2026-03-02'), r1('f-2026-014', '2026-03-09')]);
    expect(eventsOf(log, 'f-2026-014').map((e) => `${e.stage} ${e.date}`)).toEqual([
      'r1 2026-03-02',
    ]);
  });
});

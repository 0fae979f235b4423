import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date.ts';
import type { LogEntry } from '../../../src/core/log-entry.ts';
import { messageKey } from '../../../src/core/message-key.ts';
import { planDay } from '../../../src/core/planner.ts';
import { messageReference, referencesIn } from '../../../src/core/run/message-reference.ts';
import {
  type FoundMessage,
  historyFromSentMail,
  type PlanOn,
  plannedMessages,
} from '../../../src/core/run/sent-mail-history.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings-defaults.ts';
import { day, invoice, weekdayCalendar } from '../fixtures/invoices.ts';

const settings = { ...DEFAULT_SETTINGS, testMode: false };
// Camille Martin chases two invoices of Atelier Brun, both long past due by mid-March.
const older = invoice({ number: 'F-2026-014', client: 'Atelier Brun', dueDate: '2026-02-20' });
const newer = invoice({ number: 'F-2026-019', client: 'Atelier Brun', dueDate: '2026-02-27' });
const invoices = [older, newer];

const planFor = (today: CalendarDate, clients: ReadonlySet<string>, log: readonly LogEntry[]) =>
  planDay({
    today,
    invoices: invoices.filter((i) => clients.has(i.clientKey)),
    rowErrors: [],
    log,
    settings,
    calendar: weekdayCalendar(),
  });
const planOn: PlanOn = (today, clients, log) => plannedMessages(planFor(today, clients, log), []);
const clientsOf = (recipients: readonly string[]) =>
  recipients.some((r) => older.emails.includes(r)) ? [older.clientKey] : [];

/** The message the run sent (or drafted) for Atelier Brun at `stage` on `date`. */
function found(date: string, stage: 'r1' | 'r2', extra: Partial<FoundMessage> = {}): FoundMessage {
  return {
    reference: messageReference(messageKey(older.clientKey, stage, day(date))),
    threadId: 'thread-brun',
    at: `${date}T08:30:00.000Z`,
    day: day(date),
    draft: false,
    subject: 'Relance – factures F-2026-014, F-2026-019',
    recipients: [...older.emails],
    ...extra,
  };
}

describe('the history rebuilt from the add-on’s own messages in Sent mail', () => {
  it('logs a message whose reference the day’s plan gives, each invoice at its own stage', () => {
    const first = planFor(day('2026-03-02'), new Set([older.clientKey]), []);
    const stage = first.emails[0]?.stage;
    expect(stage).toBeDefined();
    const rows = historyFromSentMail(
      [found('2026-03-02', stage as 'r1')],
      [],
      planOn,
      clientsOf,
      'run-1',
    ).entries;
    expect(rows.map((r) => `${r.invoiceNumbers[0]}:${r.outcome}:${r.date}`).sort()).toEqual(
      first.emails[0]?.invoices.map((i) => `${i.invoice.number}:sent:2026-03-02`).sort(),
    );
    expect(
      rows.every((r) => r.detail.startsWith('rebuilt=sent_mail') && r.threadId === 'thread-brun'),
    ).toBe(true);
  });

  it('does not count a reminder found only among the drafts: its send was cut halfway', () => {
    const stage = planFor(day('2026-03-02'), new Set([older.clientKey]), []).emails[0]?.stage;
    const draft = found('2026-03-02', stage as 'r1', { draft: true });
    const rebuilt = historyFromSentMail([draft], [], planOn, clientsOf, 'run-1');
    expect(rebuilt.entries).toEqual([]);
    expect(rebuilt.halfMade).toEqual([draft.reference]);
  });

  it('dates a message by its own day, not by a later reply that quotes its reference', () => {
    const stage = planFor(day('2026-03-02'), new Set([older.clientKey]), []).emails[0]?.stage;
    const reminder = found('2026-03-02', stage as 'r1');
    const reply = { ...reminder, at: '2026-03-04T10:00:00.000Z', day: day('2026-03-04') };
    const rows = historyFromSentMail([reply, reminder], [], planOn, clientsOf, 'run-1').entries;
    expect(new Set(rows.map((r) => r.date))).toEqual(new Set(['2026-03-02']));
  });

  it('ignores messages to no client of the book', () => {
    const stage = planFor(day('2026-03-02'), new Set([older.clientKey]), []).emails[0]?.stage;
    const mine = found('2026-03-02', stage as 'r1', { recipients: ['camille@martin.fr'] });
    expect(historyFromSentMail([mine], [], planOn, clientsOf, 'run-1').entries).toEqual([]);
  });
});

describe('references in a message’s text', () => {
  it('are read from its own lines, never from the lines it quotes', () => {
    const text = 'Bonjour,\nMerci.\nRéf. RL-7Q2K9D4M\n\n> Le 2 mars :\n> Réf. RL-0000AAAA';
    expect(referencesIn(text)).toEqual(['RL-7Q2K9D4M']);
    expect(referencesIn('> Réf. RL-7Q2K9D4M')).toEqual([]);
  });
});

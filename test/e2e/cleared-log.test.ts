/**
 * A log cleared by hand: like the reminders, no quote follow-up or instalment note may reach the
 * client a second time, and the sidebar does not preview sequences starting over.
 */
import { describe, expect, it } from 'vitest';
import { clearLog, cutAfterSends } from './support/log-faults.ts';
import { jeanMartinsReminded, ORANGE } from './support/namesakes.ts';
import { brunOnAPlan } from './support/payment-plan.ts';
import { morelQuote, QUOTE_HEADERS, QUOTES_TAB } from './support/quotes.ts';
import { book, d, everyDay, logged, scenario } from './support/world.ts';

describe('a log cleared after a quote follow-up', () => {
  it('never sends the follow-up again', () => {
    const s = morelQuote();
    everyDay(s, '2026-03-14', '2026-03-31', (day) => {
      if (day === '2026-03-18') clearLog(s);
    });
    const notes = s.sent().filter((m) => m.to.includes('julie@boulangerie-morel.fr'));
    const subjects = notes.map((m) => m.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});

describe('a log cleared during a payment plan', () => {
  it('never sends an instalment note again, and the plan still holds the sequence', () => {
    // €1,800 due 13 February; r1 went out on 16 February. On 2 March the client asks for time.
    const s = brunOnAPlan('2026-03-12');
    everyDay(s, '2026-03-02', '2026-03-20', (day) => {
      if (day === '2026-03-11') clearLog(s);
    });
    const subjects = s.sent().map((m) => m.subject);
    expect(subjects).toHaveLength(new Set(subjects).size);
    // r1, the note before the first instalment (12 March − 3 days), its reminder (unpaid + 3 days).
    expect(subjects).toHaveLength(3);
  });
});

describe('Today after a log cleared by hand, before the next run', () => {
  it('previews the stage that comes next, as the run will send it, not the first again', () => {
    const s = scenario({
      rows: book([
        ['F-2026-014', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1200, d('2026-02-20')],
      ]),
    });
    everyDay(s, '2026-03-02', '2026-03-06');
    const reached = s
      .logRows()
      .filter((r) => r.outcome === 'sent')
      .map((r) => r.stage);
    expect(reached).toEqual(['r1']);
    clearLog(s);
    // The day the second reminder is due: Today previews it, and the run sends exactly that.
    s.at('2026-03-09');
    const today = s.sidebar('getToday') as { emails: { stage: string }[] };
    expect(today.emails.map((e) => e.stage)).toEqual(['r2']);
    s.trigger();
    expect(
      s
        .logRows()
        .filter((r) => r.outcome === 'sent')
        .map((r) => r.stage),
    ).toContain('r2');
  });
});

describe('a log cleared after a run cut between its sends and its status columns', () => {
  it('rebuilds a reminder whose address is also a prospect’s in the quotes tab', () => {
    // The accountant's address is both the client's (invoices) and the prospect's (quotes).
    const s = scenario({
      rows: book([
        ['F-2026-451', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1200, d('2026-02-20')],
      ]),
      tabs: {
        [QUOTES_TAB]: [
          QUOTE_HEADERS,
          [
            'D-2026-040',
            'Atelier Dupont SARL',
            'compta@atelier-dupont.fr',
            3000,
            d('2026-03-01'),
            d('2026-04-30'),
            '',
          ],
        ],
      },
    });
    s.at('2026-03-02');
    cutAfterSends(s, 1, 'Sheet.getDataRange');
    clearLog(s);
    everyDay(s, '2026-03-03', '2026-03-06');
    const subjects = s.sent().map((m) => m.subject);
    expect(subjects).toHaveLength(new Set(subjects).size);
  });

  it('rebuilds a reminder sent while a payment plan held another invoice of the client', () => {
    // Atelier Brun: F-2026-014 under a plan since 20 February; F-2026-030 due 6 March gets its
    // friendly note before the due date on 3 March, in a run cut before its status columns.
    const s = scenario({
      start: '2026-02-16T07:00:00Z',
      rows: [
        ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Montant payé'],
        ['F-2026-014', 'Atelier Brun', 'compta@atelier-brun.fr', 1800, d('2026-02-13'), 0],
        ['F-2026-030', 'Atelier Brun', 'compta@atelier-brun.fr', 700, d('2026-03-06'), 0],
      ],
    });
    s.at('2026-02-20', '10:00:00');
    s.sidebar('setPaymentPlan', {
      invoiceNumber: 'F-2026-014',
      allOverdueOfClient: false,
      count: 3,
      firstDate: '2026-03-20',
    });
    everyDay(s, '2026-02-21', '2026-03-02');
    const before = s.sent().length;
    s.at('2026-03-03');
    cutAfterSends(s, 1, 'Sheet.getDataRange');
    expect(s.sent().length).toBe(before + 1);
    clearLog(s);
    everyDay(s, '2026-03-04', '2026-03-06');
    const subjects = s.sent().map((m) => m.subject);
    expect(subjects).toHaveLength(new Set(subjects).size);
  });
});

describe('a sidebar action on a cleared log, before the next run', () => {
  it('does not stop the run from rebuilding what was sent', () => {
    const s = scenario({
      rows: book([
        ['F-2026-401', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1200, d('2026-02-20')],
        ['F-2026-402', 'Studio Lumière', 'factures@studio-lumiere.fr', 450, d('2026-04-27')],
      ]),
    });
    everyDay(s, '2026-03-02', '2026-03-04');
    clearLog(s);
    // The user holds the other invoice: the log's only row is the user's.
    s.sidebar('holdInvoice', { invoiceNumber: 'F-2026-402', until: null });
    everyDay(s, '2026-03-05', '2026-03-06');
    const toDupont = s.sent().filter((m) => m.to.includes('compta@atelier-dupont.fr'));
    expect(toDupont).toHaveLength(1);
    expect(s.logRows().some((r) => r.detail.includes('rebuilt=status_columns'))).toBe(true);
  });
});

describe('a log cleared after a client answered a reminder', () => {
  it('finds the answer again in the reminder’s thread: the one who answered gets no second reminder', () => {
    const { s, thread } = jeanMartinsReminded();
    s.mailbox.deliverReply(thread, {
      from: ORANGE,
      body: 'Bonjour, je règle la semaine prochaine. Jean',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    s.at('2026-03-04');
    s.trigger();
    clearLog(s);
    everyDay(s, '2026-03-05', '2026-03-09');
    expect(logged(s, 'sent')).not.toContain('F-2026-041:r2');
    // The other Jean Martin, at another address, answered nothing: his reminders go on.
    expect(logged(s, 'sent')).toContain('F-2026-042:r2');
  });
});

import { describe, expect, it } from 'vitest';
import type { Invoice, RowError } from '../../src/core/invoice.ts';
import { foldInvoiceNumber } from '../../src/core/invoice-number-key.ts';
import type { LogEntry } from '../../src/core/log-entry.ts';
import { messageKey } from '../../src/core/message-key.ts';
import type { InvoiceDecision, Plan } from '../../src/core/plan.ts';
import { clientGroups, type PlanInput, planDay } from '../../src/core/planner.ts';
import type { Settings } from '../../src/core/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { day, invoice, logRow, weekdayCalendar } from './fixtures/invoices.ts';

const live: Settings = { ...DEFAULT_SETTINGS, testMode: false };

function plan(
  today: string,
  invoices: readonly Invoice[],
  extra: Partial<Omit<PlanInput, 'today' | 'invoices'>> = {},
): Plan {
  return planDay({
    today: day(today),
    invoices,
    rowErrors: [],
    log: [],
    settings: live,
    calendar: weekdayCalendar(),
    ...extra,
  });
}

function decisionOf(p: Plan, number: string): InvoiceDecision {
  const decision = p.decisions.find((d) => d.number === number);
  if (!decision) throw new Error(`no decision for ${number}`);
  return decision;
}

function sent(date: string, inv: Invoice, stage: LogEntry['stage'], extra: Partial<LogEntry> = {}) {
  return logRow({
    date,
    outcome: 'sent',
    stage,
    clientKey: inv.clientKey,
    invoiceNumbers: [inv.number],
    ...extra,
  });
}

// Camille Martin, graphic designer in Lyon, invoices a handful of small businesses.
const brun = invoice({
  number: 'F-2026-014',
  client: 'Atelier Brun',
  dueDate: '2026-03-13',
  issueDate: '2026-02-11',
  amountCents: 180_000,
});

describe('the standard ladder for a new client', () => {
  it('waits for the friendly reminder three days before the due date', () => {
    const p = plan('2026-03-09', [brun]);
    expect(p.emails).toEqual([]);
    expect(decisionOf(p, 'F-2026-014')).toEqual({
      number: 'F-2026-014',
      state: 'waiting',
      nextStage: 'pre_due',
      nextDate: '2026-03-10',
    });
  });

  it('sends the pre-due reminder on the day, to the invoice contact', () => {
    const p = plan('2026-03-10', [brun]);
    expect(p.emails).toHaveLength(1);
    expect(p.emails[0]).toMatchObject({
      clientKey: 'atelier brun',
      client: 'Atelier Brun',
      to: ['compta@atelier-brun.fr'],
      stage: 'pre_due',
      segment: 'new',
      language: 'fr',
      threadId: null,
    });
    expect(decisionOf(p, 'F-2026-014')).toMatchObject({ state: 'planned', stage: 'pre_due' });
  });

  it('moves a reminder that falls on a Saturday to the Monday after', () => {
    // Due Wednesday 18 March: r1 at +3 is Saturday 21 March.
    const inv = invoice({ number: 'F-2026-015', client: 'Atelier Brun', dueDate: '2026-03-18' });
    const log = [sent('2026-03-13', inv, 'pre_due')];
    expect(decisionOf(plan('2026-03-20', [inv], { log }), 'F-2026-015')).toMatchObject({
      state: 'waiting',
      nextStage: 'r1',
      nextDate: '2026-03-23',
    });
    const monday = plan('2026-03-23', [inv], { log });
    expect(decisionOf(monday, 'F-2026-015')).toEqual({
      number: 'F-2026-015',
      state: 'planned',
      stage: 'r1',
      postponedFrom: '2026-03-21',
      holiday: null,
    });
  });

  it('moves a reminder off a French public holiday and names it', () => {
    // Due Monday 11 May 2026: r1 at +3 is Ascension Thursday.
    const inv = invoice({ number: 'F-2026-031', client: 'Studio Nord', dueDate: '2026-05-11' });
    const log = [sent('2026-05-08', inv, 'pre_due')];
    expect(decisionOf(plan('2026-05-14', [inv], { log }), 'F-2026-031')).toMatchObject({
      state: 'waiting',
      nextDate: '2026-05-15',
    });
    expect(decisionOf(plan('2026-05-15', [inv], { log }), 'F-2026-031')).toMatchObject({
      state: 'planned',
      stage: 'r1',
      postponedFrom: '2026-05-14',
      holiday: 'Ascension',
    });
  });

  it('does not send on a weekend even when a stage is due', () => {
    const p = plan('2026-03-21', [brun], { log: [sent('2026-03-10', brun, 'pre_due')] });
    expect(p.emails).toEqual([]);
    expect(decisionOf(p, 'F-2026-014')).toMatchObject({
      state: 'waiting',
      nextStage: 'r1',
      nextDate: '2026-03-23',
    });
  });
});

describe('catching up and escalation', () => {
  it('after missed days starts at the first reminder, never a later stage', () => {
    // Due 2 March; nothing sent; on 20 March r1 (+3) and r2 (+10) are both past, r3 is not:
    // the client gets r1, the first e-mail after the due date.
    const inv = invoice({
      number: 'F-2026-008',
      client: 'Boulangerie Lefèvre',
      dueDate: '2026-03-02',
    });
    const p = plan('2026-03-20', [inv]);
    expect(p.emails.map((e) => e.stage)).toEqual(['r1']);
    expect(p.emails[0]?.invoices.map((i) => [i.invoice.number, i.stage, i.daysOverdue])).toEqual([
      ['F-2026-008', 'r1', 18],
    ]);
  });

  it('never plans a stage twice, nor one below the last stage done', () => {
    const inv = invoice({
      number: 'F-2026-008',
      client: 'Boulangerie Lefèvre',
      dueDate: '2026-03-02',
    });
    const log = [sent('2026-03-12', inv, 'r2')];
    const p = plan('2026-03-20', [inv], { log });
    expect(p.emails).toEqual([]);
    expect(decisionOf(p, 'F-2026-008')).toEqual({
      number: 'F-2026-008',
      state: 'waiting',
      nextStage: 'r3',
      nextDate: '2026-03-26',
    });
  });

  it('drops the pre-due reminder once the due date has passed', () => {
    const inv = invoice({ number: 'F-2026-040', client: 'Studio Nord', dueDate: '2026-03-10' });
    expect(decisionOf(plan('2026-03-11', [inv]), 'F-2026-040')).toMatchObject({
      state: 'waiting',
      nextStage: 'r1',
      nextDate: '2026-03-13',
    });
  });

  it('ends with the sequence done once the notice was drafted', () => {
    const inv = invoice({ number: 'F-2025-120', client: 'Studio Nord', dueDate: '2025-12-01' });
    const log = [
      logRow({
        date: '2026-01-15',
        outcome: 'drafted',
        stage: 'notice',
        clientKey: inv.clientKey,
        invoiceNumbers: [inv.number],
      }),
    ];
    expect(decisionOf(plan('2026-03-02', [inv], { log }), inv.number)).toEqual({
      number: inv.number,
      state: 'skipped',
      reason: { code: 'sequence_done' },
      nextStage: null,
      nextDate: null,
    });
  });
});

describe('one message per client per day', () => {
  const older = invoice({
    number: 'F-2026-003',
    client: 'Agence Horizon',
    dueDate: '2026-02-20',
    amountCents: 240_000,
  });
  const newer = invoice({
    number: 'F-2026-011',
    client: 'Agence Horizon',
    dueDate: '2026-03-06',
    amountCents: 95_000,
  });

  it('lists the invoices due the same stage, and holds the others back for the gap', () => {
    // On 9 March: F-2026-003 is at r2 (r1 on 23 Feb + 7); F-2026-011 at r1 (6 Mar + 3). An r2
    // ("according to the agreed terms… still not paid") listing F-2026-011 would claim a
    // reminder it never had: F-2026-011 waits for the gap and gets its own r1.
    const log = [
      sent('2026-02-23', older, 'r1', { threadId: 'thread-horizon-003' }),
      sent('2026-03-03', newer, 'pre_due', { threadId: 'thread-horizon-011' }),
    ];
    const p = plan('2026-03-09', [older, newer], { log });
    expect(p.emails).toHaveLength(1);
    const email = p.emails[0];
    expect(email?.stage).toBe('r2');
    expect(email?.threadId).toBe('thread-horizon-003');
    expect(email?.invoices.map((i) => [i.invoice.number, i.stage])).toEqual([['F-2026-003', 'r2']]);
    expect(decisionOf(p, 'F-2026-011')).toEqual({
      number: 'F-2026-011',
      state: 'skipped',
      reason: { code: 'min_gap', lastOn: '2026-03-09', until: '2026-03-13' },
      nextStage: 'r1',
      nextDate: '2026-03-16',
    });
  });

  it('lists every invoice due the same stage in one message, to every address, in one thread', () => {
    // The newer row adds the company's new billing address beside the one it shares.
    const mid = invoice({
      number: 'F-2026-007',
      client: 'Agence Horizon',
      dueDate: '2026-02-24',
      amountCents: 95_000,
      emails: ['compta@agence-horizon.fr', 'facturation@agence-horizon.fr'],
    });
    const log = [
      sent('2026-02-23', older, 'r1', { threadId: 'thread-horizon-003' }),
      sent('2026-02-27', mid, 'r1', { threadId: 'thread-horizon-007' }),
    ];
    // F-2026-003: r2 due 2 March; F-2026-007: r2 due 6 March (24 Feb + 10); both caught up today.
    const p = plan('2026-03-09', [older, mid], { log });
    const email = p.emails[0];
    expect(email?.stage).toBe('r2');
    expect(email?.threadId).toBe('thread-horizon-003');
    expect(email?.to).toEqual(['compta@agence-horizon.fr', 'facturation@agence-horizon.fr']);
    expect(email?.invoices.map((i) => [i.invoice.number, i.stage])).toEqual([
      ['F-2026-003', 'r2'],
      ['F-2026-007', 'r2'],
    ]);
    expect(email?.priority).toBe(240_000 + 95_000);
  });

  it('leaves an invoice not yet due out of a message about overdue ones', () => {
    // On 9 March F-2026-003 is due its r2; F-2026-012, due 12 March, its pre-due nudge. A firm
    // reminder saying both "remain unpaid after their due date" would be false for the second.
    const upcoming = invoice({
      number: 'F-2026-012',
      client: 'Agence Horizon',
      dueDate: '2026-03-12',
      amountCents: 60_000,
    });
    const log = [sent('2026-02-23', older, 'r1', { threadId: 'thread-horizon-003' })];
    const p = plan('2026-03-09', [older, upcoming], { log });
    expect(p.emails.map((e) => [e.stage, e.invoices.map((i) => i.invoice.number)])).toEqual([
      ['r2', ['F-2026-003']],
    ]);
    // The client hears from us today, so the gap applies from today: the nudge is not sent
    // later, and r1 (12 March + 3 = Sunday 15 March) goes out on Monday 16 March.
    expect(decisionOf(p, 'F-2026-012')).toEqual({
      number: 'F-2026-012',
      state: 'skipped',
      reason: { code: 'min_gap', lastOn: '2026-03-09', until: '2026-03-13' },
      nextStage: 'r1',
      nextDate: '2026-03-16',
    });
  });

  it('still groups several invoices that are all before their due date into one nudge', () => {
    const first = invoice({ number: 'F-2026-030', client: 'Studio Nord', dueDate: '2026-03-12' });
    const second = invoice({ number: 'F-2026-031', client: 'Studio Nord', dueDate: '2026-03-11' });
    const p = plan('2026-03-09', [first, second]);
    expect(p.emails.map((e) => [e.stage, e.invoices.map((i) => i.invoice.number)])).toEqual([
      ['pre_due', ['F-2026-031', 'F-2026-030']],
    ]);
  });

  it('keeps a client without e-mail for the minimum gap after the last reminder', () => {
    const log = [sent('2026-03-05', older, 'r2')];
    const p = plan('2026-03-09', [older, newer], { log });
    expect(p.emails).toEqual([]);
    expect(decisionOf(p, 'F-2026-011')).toEqual({
      number: 'F-2026-011',
      state: 'skipped',
      reason: { code: 'min_gap', lastOn: '2026-03-05', until: '2026-03-09' },
      nextStage: 'r1',
      nextDate: '2026-03-10',
    });
  });

  it('orders messages by overdue balance, largest first', () => {
    const small = invoice({
      number: 'F-2026-020',
      client: 'Studio Nord',
      dueDate: '2026-03-02',
      amountCents: 30_000,
    });
    const large = invoice({
      number: 'F-2026-021',
      client: 'Maison Dupuis',
      dueDate: '2026-03-02',
      amountCents: 450_000,
    });
    const p = plan('2026-03-05', [small, large]);
    expect(p.emails.map((e) => e.client)).toEqual(['Maison Dupuis', 'Studio Nord']);
  });

  it('gives the same message key to the same client, stage and day, and another one the next day', () => {
    const a = plan('2026-03-10', [brun]).emails[0]?.messageKey;
    const b = plan('2026-03-10', [brun]).emails[0]?.messageKey;
    expect(a).toBeDefined();
    expect(a).toBe(b);
    expect(a).toMatch(/^[a-z0-9-]+$/);
    const later = plan('2026-03-11', [brun]).emails[0]?.messageKey;
    expect(later).not.toBe(a);
  });
});

describe('calls and formal notices', () => {
  const inv = invoice({ number: 'F-2026-002', client: 'Maison Dupuis', dueDate: '2026-02-02' });

  it('turns the call stage into a task, outside the e-mail gap', () => {
    // r3 went out late on 5 March (due 26 Feb): the call keeps its 6-day gap, 11 March. The
    // client's other invoice waits for the 7-day e-mail gap; the call does not.
    const other = invoice({ number: 'F-2026-009', client: 'Maison Dupuis', dueDate: '2026-03-06' });
    const log = [sent('2026-03-05', inv, 'r3')];
    const p = plan('2026-03-11', [inv, other], { log, settings: { ...live, minGapDays: 7 } });
    expect(p.followUps).toHaveLength(1);
    expect(p.followUps[0]).toMatchObject({
      kind: 'task',
      stage: 'call',
      clientKey: 'maison dupuis',
    });
    expect(decisionOf(p, 'F-2026-009')).toMatchObject({
      state: 'skipped',
      reason: { code: 'min_gap' },
    });
    expect(plan('2026-03-10', [inv, other], { log }).followUps).toEqual([]);
  });

  it('drafts the formal notice once, never sends it', () => {
    const log = [
      sent('2026-02-26', inv, 'r3'),
      logRow({
        date: '2026-03-04',
        outcome: 'task',
        stage: 'call',
        clientKey: inv.clientKey,
        invoiceNumbers: [inv.number],
      }),
    ];
    const p = plan('2026-03-19', [inv], { log });
    expect(p.emails).toEqual([]);
    expect(p.followUps.map((f) => [f.kind, f.stage])).toEqual([['draft', 'notice']]);
  });
});

describe('reasons to stay silent', () => {
  const due = { client: 'Studio Nord', dueDate: '2026-03-02' } as const;
  const cases: [string, Invoice, string][] = [
    ['paid status', invoice({ ...due, number: 'A', status: 'paid' }), 'paid'],
    ['payment date', invoice({ ...due, number: 'B', paidDate: '2026-03-04' }), 'paid'],
    [
      'paid in full in instalments',
      invoice({ ...due, number: 'C', amountPaidCents: 120_000 }),
      'paid',
    ],
    ['direct debit', invoice({ ...due, number: 'D', status: 'auto_pay' }), 'auto_pay'],
    ['cancelled', invoice({ ...due, number: 'E', status: 'cancelled' }), 'cancelled'],
    ['dispute', invoice({ ...due, number: 'F', status: 'disputed' }), 'disputed'],
    ['on hold', invoice({ ...due, number: 'G', status: 'on_hold' }), 'on_hold'],
    ['do not remind', invoice({ ...due, number: 'H', doNotRemind: true }), 'do_not_contact'],
  ];
  for (const [label, inv, code] of cases) {
    it(`says why for ${label}`, () => {
      const p = plan('2026-03-12', [inv]);
      expect(p.emails).toEqual([]);
      expect(decisionOf(p, inv.number)).toMatchObject({ state: 'skipped', reason: { code } });
    });
  }

  it('sends and drafts nothing for a claim past its limitation period, even one the user chose to chase', () => {
    const durand = invoice({
      number: 'F-2023-140',
      client: 'Paul Durand',
      dueDate: '2023-11-30',
      customerKind: 'b2c',
    });
    const chase = { ...live, oldDebtDays: 0 };
    for (const today of ['2026-02-02', '2026-03-16']) {
      const p = plan(today, [durand], { settings: chase });
      expect([p.emails, p.followUps]).toEqual([[], []]);
      expect(decisionOf(p, 'F-2023-140')).toEqual({
        number: 'F-2023-140',
        state: 'skipped',
        reason: { code: 'time_barred', since: '2025-12-01', rule: 'fr_consumer' },
        nextStage: null,
        nextDate: null,
      });
    }
    // The day before, it was still an old debt waiting for the user's word.
    const before = plan('2025-11-28', [durand]);
    expect(decisionOf(before, 'F-2023-140')).toMatchObject({ reason: { code: 'old_debt' } });
  });

  it('still chases a partly paid invoice for its balance', () => {
    const inv = invoice({ ...due, number: 'F-2026-007', amountPaidCents: 60_000 });
    const p = plan('2026-03-12', [inv]);
    expect(p.emails.map((e) => e.priority)).toEqual([60_000]);
  });

  it('waits until the promised date has passed, then resumes on the next business day', () => {
    const inv = invoice({ ...due, number: 'F-2026-005', promiseDate: '2026-03-20' });
    const during = plan('2026-03-12', [inv]);
    expect(decisionOf(during, 'F-2026-005')).toEqual({
      number: 'F-2026-005',
      state: 'skipped',
      reason: { code: 'promise', until: '2026-03-20' },
      nextStage: 'r1',
      nextDate: '2026-03-23',
    });
    expect(plan('2026-03-20', [inv]).emails).toEqual([]);
    expect(plan('2026-03-23', [inv]).emails.map((e) => e.stage)).toEqual(['r1']);
  });

  it('pauses a client who replied, for the configured days', () => {
    const inv = invoice({ ...due, number: 'F-2026-006' });
    const recentExchanges = [
      { clientKey: inv.clientKey, kind: 'client_reply' as const, on: day('2026-03-09') },
    ];
    const p = plan('2026-03-12', [inv], { recentExchanges });
    expect(decisionOf(p, 'F-2026-006')).toMatchObject({
      state: 'skipped',
      reason: { code: 'client_replied', on: '2026-03-09', until: '2026-03-16' },
      nextDate: '2026-03-17',
    });
    expect(plan('2026-03-17', [inv], { recentExchanges }).emails).toHaveLength(1);
  });

  it('lifts the pause when the user resumes the client', () => {
    const inv = invoice({ ...due, number: 'F-2026-006' });
    const recentExchanges = [
      { clientKey: inv.clientKey, kind: 'client_reply' as const, on: day('2026-03-09') },
    ];
    const log = [logRow({ date: '2026-03-10', outcome: 'resumed', clientKey: inv.clientKey })];
    expect(plan('2026-03-12', [inv], { recentExchanges, log }).emails).toHaveLength(1);
  });

  it('pauses until resumed when the pause length is 0', () => {
    const inv = invoice({ ...due, number: 'F-2026-006' });
    const log = [
      logRow({
        date: '2026-03-05',
        outcome: 'paused',
        clientKey: inv.clientKey,
        detail: 'kind=client_reply; on=2026-03-05',
      }),
    ];
    const p = plan('2026-04-20', [inv], { log, settings: { ...live, pauseDaysAfterReply: 0 } });
    expect(decisionOf(p, 'F-2026-006')).toMatchObject({
      state: 'skipped',
      reason: { code: 'client_replied', until: null },
      nextDate: null,
    });
  });

  it('stays quiet after the user wrote to the client by hand', () => {
    const inv = invoice({ ...due, number: 'F-2026-006' });
    const recentExchanges = [
      { clientKey: inv.clientKey, kind: 'manual_email' as const, on: day('2026-03-10') },
    ];
    expect(decisionOf(plan('2026-03-12', [inv], { recentExchanges }), 'F-2026-006')).toMatchObject({
      reason: { code: 'manual_email', on: '2026-03-10', until: '2026-03-13' },
    });
  });

  it('respects a hold from the sidebar, then its release', () => {
    const inv = invoice({ ...due, number: 'F-2026-012' });
    const held = [
      logRow({
        date: '2026-03-05',
        outcome: 'held',
        clientKey: inv.clientKey,
        invoiceNumbers: [inv.number],
      }),
    ];
    expect(decisionOf(plan('2026-03-12', [inv], { log: held }), inv.number)).toMatchObject({
      reason: { code: 'held_by_user', until: null },
    });
    const released = [
      ...held,
      logRow({
        date: '2026-03-11',
        outcome: 'resumed',
        clientKey: inv.clientKey,
        invoiceNumbers: [inv.number],
      }),
    ];
    expect(plan('2026-03-12', [inv], { log: released }).emails).toHaveLength(1);
    expect(
      decisionOf(
        plan('2026-03-12', [inv], {
          holds: [{ invoiceNumber: inv.number, until: day('2026-03-13') }],
        }),
        inv.number,
      ),
    ).toMatchObject({
      reason: { code: 'held_by_user', until: '2026-03-13' },
      nextDate: '2026-03-16',
    });
  });

  it('never re-sends a message left pending by a crash', () => {
    const inv = invoice({ ...due, number: 'F-2026-013' });
    const pending = logRow({
      date: '2026-03-05',
      outcome: 'pending',
      stage: 'r1',
      clientKey: inv.clientKey,
      invoiceNumbers: [inv.number],
      messageKey: 'rl-20260305-r1-abc',
    });
    expect(decisionOf(plan('2026-03-12', [inv], { log: [pending] }), inv.number)).toMatchObject({
      reason: { code: 'pending_unconfirmed' },
    });
    const confirmed = [pending, { ...pending, outcome: 'sent' as const }];
    expect(decisionOf(plan('2026-03-12', [inv], { log: confirmed }), inv.number)).toMatchObject({
      state: 'planned',
      stage: 'r2',
    });
  });

  it('stops e-mails at the cap but still plans the call', () => {
    const inv = invoice({ ...due, number: 'F-2026-016' });
    const settings = { ...live, maxRemindersPerInvoice: 2 };
    const log = [sent('2026-02-27', inv, 'pre_due'), sent('2026-03-05', inv, 'r1')];
    expect(decisionOf(plan('2026-03-13', [inv], { log, settings }), inv.number)).toEqual({
      number: inv.number,
      state: 'waiting',
      nextStage: 'call',
      nextDate: '2026-04-01',
    });
    const withCall = [
      ...log,
      logRow({
        date: '2026-04-01',
        outcome: 'task',
        stage: 'call',
        clientKey: inv.clientKey,
        invoiceNumbers: [inv.number],
      }),
      logRow({
        date: '2026-04-16',
        outcome: 'drafted',
        stage: 'notice',
        clientKey: inv.clientKey,
        invoiceNumbers: [inv.number],
      }),
    ];
    expect(
      decisionOf(plan('2026-04-20', [inv], { log: withCall, settings }), inv.number),
    ).toMatchObject({
      reason: { code: 'sequence_done' },
    });
  });

  it('skips an invoice whose number also sits on an unreadable row, and passes row errors on', () => {
    const inv = invoice({ ...due, number: 'F-2026-017' });
    const rowErrors: RowError[] = [
      {
        row: 19,
        invoiceNumber: 'F-2026-017',
        field: 'number',
        value: 'F-2026-017',
        message: 'Ligne 19 : le numéro de facture « F-2026-017 » figure déjà ligne 12.',
        messages: {
          fr: 'Ligne 19 : le numéro de facture « F-2026-017 » figure déjà ligne 12.',
          en: "Row 19: invoice number 'F-2026-017' is already used on row 12.",
        },
      },
    ];
    const p = plan('2026-03-12', [inv], { rowErrors });
    expect(p.rowErrors).toBe(rowErrors);
    expect(decisionOf(p, inv.number)).toMatchObject({ reason: { code: 'row_error', row: 19 } });
  });
});

describe('test mode', () => {
  const inv = invoice({ number: 'F-2026-018', client: 'Studio Nord', dueDate: '2026-03-02' });
  const log = [sent('2026-03-05', inv, 'r1', { outcome: 'test_sent' })];

  it('does not count a test message as sent to the client once live', () => {
    expect(plan('2026-03-06', [inv], { log }).emails.map((e) => e.stage)).toEqual(['r1']);
  });

  it('walks the sequence in test mode so each stage is tried once', () => {
    const p = plan('2026-03-06', [inv], { log, settings: { ...live, testMode: true } });
    expect(p.emails).toEqual([]);
  });
});

describe('segments', () => {
  it('uses the row’s segment override for that invoice’s schedule', () => {
    const inv = invoice({
      number: 'F-2026-019',
      client: 'Atelier Brun',
      dueDate: '2026-03-02',
      segmentOverride: 'punctual',
    });
    // Punctual: no pre-due reminder, r1 at +5.
    expect(decisionOf(plan('2026-02-27', [inv]), inv.number)).toMatchObject({
      state: 'waiting',
      nextStage: 'r1',
      nextDate: '2026-03-09',
    });
  });

  it('chases a chronically late client on the tighter ladder', () => {
    const history = [1, 2, 3].map((n) =>
      invoice({
        number: `F-2025-10${n}`,
        client: 'Agence Horizon',
        dueDate: `2025-0${n}-10`,
        paidDate: `2025-0${n + 1}-20`,
      }),
    );
    const open = invoice({ number: 'F-2026-022', client: 'Agence Horizon', dueDate: '2026-03-02' });
    const p = plan('2026-03-04', [...history, open], {
      log: [sent('2026-02-27', open, 'pre_due')],
    });
    expect(p.emails[0]).toMatchObject({ stage: 'r1', segment: 'chronic' });
  });
});

describe('decisions on the cases a freelancer runs into', () => {
  it('writes to every address the grouped rows give, once each, CCs not repeated in To', () => {
    // The accounts team changed address between two invoices; both rows are due today.
    const a = invoice({
      number: 'F-2026-041',
      client: 'Maison Dupuis',
      dueDate: '2026-03-02',
      emails: ['compta@maison-dupuis.fr'],
      cc: ['direction@maison-dupuis.fr'],
    });
    const b = invoice({
      number: 'F-2026-044',
      client: 'Maison Dupuis',
      dueDate: '2026-03-03',
      emails: ['factures@maison-dupuis.fr', 'Compta@Maison-Dupuis.fr'],
      cc: ['factures@maison-dupuis.fr'],
    });
    const [email] = plan('2026-03-06', [a, b]).emails;
    expect(email?.to).toEqual(['compta@maison-dupuis.fr', 'factures@maison-dupuis.fr']);
    expect(email?.cc).toEqual(['direction@maison-dupuis.fr']);
  });

  it('groups invoices in two currencies in one message, each keeping its own currency', () => {
    const eur = invoice({
      number: 'F-2026-050',
      client: 'Harper & Lane Ltd',
      dueDate: '2026-03-02',
    });
    const gbp = invoice({
      number: 'F-2026-051',
      client: 'Harper & Lane Ltd',
      dueDate: '2026-03-02',
      currency: 'GBP',
      amountCents: 90_000,
    });
    const [email] = plan('2026-03-05', [eur, gbp]).emails;
    expect(email?.invoices.map((i) => i.invoice.currency)).toEqual(['EUR', 'GBP']);
  });

  it('groups rows whose client name differs only by case and accents', () => {
    const a = invoice({
      number: 'F-2026-060',
      client: 'Boulangerie Lefèvre',
      dueDate: '2026-03-02',
    });
    const b = invoice({
      number: 'F-2026-061',
      client: 'BOULANGERIE LEFEVRE',
      dueDate: '2026-03-02',
    });
    expect(plan('2026-03-05', [a, b]).emails.map((e) => e.invoices.length)).toEqual([2]);
  });

  it('keeps a paused client silent for an invoice added during the pause', () => {
    const old = invoice({ number: 'F-2026-070', client: 'Studio Nord', dueDate: '2026-02-20' });
    const added = invoice({ number: 'F-2026-078', client: 'Studio Nord', dueDate: '2026-03-12' });
    const recentExchanges = [
      { clientKey: old.clientKey, kind: 'client_reply' as const, on: day('2026-03-06') },
    ];
    const p = plan('2026-03-09', [old, added], { recentExchanges });
    expect(p.emails).toEqual([]);
    expect(decisionOf(p, 'F-2026-078')).toMatchObject({
      state: 'skipped',
      reason: { code: 'client_replied', until: '2026-03-13' },
      // The nudge is not due any more once the pause ends after the due date.
      nextStage: 'r1',
      nextDate: '2026-03-16',
    });
  });

  it('goes on from the stage reached when the user moves the due date later', () => {
    // r1 went out on 5 March for a 2 March due date; the client got until 31 March.
    const moved = invoice({ number: 'F-2026-080', client: 'Atelier Brun', dueDate: '2026-03-31' });
    const log = [sent('2026-03-05', moved, 'r1')];
    // No new pre-due nudge nor a second r1: escalation never goes back; r2 counts from the new date.
    expect(decisionOf(plan('2026-03-12', [moved], { log }), moved.number)).toEqual({
      number: moved.number,
      state: 'waiting',
      nextStage: 'r2',
      nextDate: '2026-04-10',
    });
  });

  it('orders by the balance still due, not the invoiced amount, after a partial payment', () => {
    const partly = invoice({
      number: 'F-2026-090',
      client: 'Agence Horizon',
      dueDate: '2026-03-02',
      amountCents: 500_000,
      amountPaidCents: 450_000,
    });
    const whole = invoice({
      number: 'F-2026-091',
      client: 'Studio Nord',
      dueDate: '2026-03-02',
      amountCents: 100_000,
    });
    const p = plan('2026-03-05', [partly, whole]);
    expect(p.emails.map((e) => [e.client, e.priority])).toEqual([
      ['Studio Nord', 100_000],
      ['Agence Horizon', 50_000],
    ]);
  });
});

describe('two people typed with the same client name', () => {
  // Two consumers both entered as "Martin": one client for the sheet, two people for the mail.
  const paul = invoice({
    number: 'F-2026-031',
    client: 'Martin',
    dueDate: '2026-02-26',
    amountCents: 35_000,
    customerKind: 'b2c',
    emails: ['paul.martin@gmail.com'],
  });
  const sophie = invoice({
    number: 'F-2026-032',
    client: 'Martin',
    dueDate: '2026-02-26',
    amountCents: 120_000,
    customerKind: 'b2c',
    emails: ['sophie.martin@orange.fr'],
  });
  const byRecipients = (p: Plan) =>
    p.emails.map((e) => ({ to: e.to, invoices: e.invoices.map((i) => i.invoice.number) }));

  it('get one message each, listing only their own invoice', () => {
    const p = plan('2026-03-02', [paul, sophie]);
    expect(byRecipients(p)).toEqual([
      { to: ['sophie.martin@orange.fr'], invoices: ['F-2026-032'] },
      { to: ['paul.martin@gmail.com'], invoices: ['F-2026-031'] },
    ]);
  });

  it('each message keeps its own key, so none counts as sent for the other', () => {
    const [first, second] = plan('2026-03-02', [paul, sophie]).emails;
    expect(first?.messageKey).not.toBe(second?.messageKey);
    // A client whose invoices go out in one message keeps the key it always had.
    const alone = plan('2026-03-02', [paul]).emails[0];
    expect(alone?.messageKey).toBe(messageKey('martin', 'r1', day('2026-03-02')));
  });

  it('are not joined by a copy both rows send to the same accountant', () => {
    const cc = ['cabinet@compta-conseil.fr'];
    const p = plan('2026-03-02', [
      { ...paul, cc },
      { ...sophie, cc },
    ]);
    expect(p.emails.map((e) => [e.to, e.cc])).toEqual([
      [['sophie.martin@orange.fr'], cc],
      [['paul.martin@gmail.com'], cc],
    ]);
  });

  it('keep each one’s own thread', () => {
    const log = [
      sent('2026-02-19', paul, 'r1', { threadId: 'thread-paul' }),
      sent('2026-02-20', sophie, 'r1', { threadId: 'thread-sophie' }),
    ];
    const p = plan('2026-03-09', [paul, sophie], { log });
    expect(p.emails.map((e) => [e.to.join(), e.stage, e.threadId])).toEqual([
      ['sophie.martin@orange.fr', 'r2', 'thread-sophie'],
      ['paul.martin@gmail.com', 'r2', 'thread-paul'],
    ]);
  });

  it('get separate formal notices too', () => {
    const log = [paul, sophie].flatMap((inv) => [
      sent('2026-03-23', inv, 'r3'),
      logRow({
        date: '2026-03-30',
        outcome: 'task',
        stage: 'call',
        clientKey: 'martin',
        invoiceNumbers: [inv.number],
      }),
    ]);
    const notices = plan('2026-04-14', [paul, sophie], { log }).followUps;
    expect(notices.map((n) => [n.kind, n.to, n.invoices.map((i) => i.invoice.number)])).toEqual([
      ['draft', ['sophie.martin@orange.fr'], ['F-2026-032']],
      ['draft', ['paul.martin@gmail.com'], ['F-2026-031']],
    ]);
    expect(new Set(notices.map((n) => n.messageKey)).size).toBe(2);
  });

  it('an invoice addressed to both joins their invoices in one message to both', () => {
    const joint = invoice({
      number: 'F-2026-033',
      client: 'Martin',
      dueDate: '2026-02-26',
      emails: ['paul.martin@gmail.com', 'sophie.martin@orange.fr'],
    });
    const p = plan('2026-03-02', [paul, sophie, joint]);
    expect(byRecipients(p)).toEqual([
      {
        to: ['paul.martin@gmail.com', 'sophie.martin@orange.fr'],
        invoices: ['F-2026-031', 'F-2026-032', 'F-2026-033'],
      },
    ]);
  });
});

describe('what an e-mail may say of the reminders before it and the steps after it', () => {
  // Pre-due note sent, r1 skipped by the user in Today, r2 sent: r3 goes on 7 April (6 April is
  // Easter Monday).
  const log = [
    sent('2026-03-10', brun, 'pre_due'),
    logRow({
      date: '2026-03-16',
      outcome: 'skipped',
      stage: 'r1',
      clientKey: brun.clientKey,
      invoiceNumbers: [brun.number],
      detail: 'by=user',
    }),
    sent('2026-03-23', brun, 'r2'),
  ];

  it('counts only the overdue reminders that went out, not the skipped stage nor the pre-due note', () => {
    const [r3] = plan('2026-04-07', [brun], { log }).emails;
    expect(r3).toMatchObject({ stage: 'r3', remindersSent: 1 });
  });

  it('gives the day of the call and of the formal notice ahead, on business days', () => {
    const [r3] = plan('2026-04-07', [brun], { log }).emails;
    // The call 6 days after r3 (+24 → +30): Monday 13 April; the notice 15 days after the call.
    expect(r3?.stepsAhead).toEqual({
      next: '2026-04-13',
      call: '2026-04-13',
      notice: '2026-04-28',
    });
  });

  it('gives no call when the settings turned it off, and the notice still ahead', () => {
    const noCall = {
      ...live,
      offsets: { ...live.offsets, new: { ...live.offsets.new, call: null } },
    };
    const [r3] = plan('2026-04-07', [brun], { log, settings: noCall }).emails;
    // The notice 21 days after r3 (+24 → +45), and the deadline r3 gives is that day.
    expect(r3?.stepsAhead).toEqual({ next: '2026-04-28', call: null, notice: '2026-04-28' });
    expect(r3?.nextStepOn).toBe('2026-04-28');
  });

  it('announces a step only when every listed invoice will get it, and counts the fewest reminders', () => {
    const vidal = invoice({
      number: 'F-2026-015',
      client: 'Atelier Brun',
      dueDate: '2026-03-13',
      issueDate: '2026-02-11',
      amountCents: 42_000,
    });
    const both = [...log, sent('2026-03-16', vidal, 'r1'), sent('2026-03-23', vidal, 'r2')];
    const [r3] = plan('2026-04-07', [brun, vidal], { log: both }).emails;
    expect(r3?.invoices.map((i) => i.invoice.number)).toEqual(['F-2026-014', 'F-2026-015']);
    expect(r3?.remindersSent).toBe(1);
  });
});

describe('two people typed with one name, at different addresses', () => {
  const orange = invoice({
    number: 'F-2026-041',
    client: 'Jean Martin',
    emails: ['jean.martin@orange.fr'],
    dueDate: '2026-02-26',
  });
  const free = invoice({
    number: 'F-2026-042',
    client: 'Jean Martin',
    emails: ['JMartin@free.fr'],
    dueDate: '2026-03-02',
  });
  const book = [orange, free];

  it('are two recipient groups, each with its own invoices among the name’s', () => {
    const groupOf = clientGroups(book);
    expect(groupOf(orange).addresses).toEqual(['jean.martin@orange.fr']);
    expect(groupOf(free).addresses).toEqual(['jmartin@free.fr']);
    expect([...groupOf(free).invoices]).toEqual([foldInvoiceNumber('F-2026-042')]);
    expect([...groupOf(free).ofName].sort()).toEqual(
      ['F-2026-041', 'F-2026-042'].map(foldInvoiceNumber).sort(),
    );
    // One person at one address: every e-mail of the name is theirs.
    const alone = invoice({ number: 'F-2026-050', client: 'Atelier Brun', dueDate: '2026-03-02' });
    expect(clientGroups([alone])(alone).ofName.size).toBe(0);
  });

  it('each wait out their own gap between e-mails, not the namesake’s', () => {
    // Jean Martin at orange.fr got r1 on Monday 2 March; the other one's r1 is due Thursday 5.
    const p = plan('2026-03-05', book, { log: [sent('2026-03-02', orange, 'r1')] });
    expect(p.emails.map((e) => e.to)).toEqual([['JMartin@free.fr']]);
    expect(decisionOf(p, 'F-2026-042')).toMatchObject({ state: 'planned', stage: 'r1' });
  });

  it('each are paused by their own reply only; a pause naming no address pauses both', () => {
    const paused = (recipients: string[]) =>
      logRow({
        date: '2026-03-04',
        outcome: 'paused',
        clientKey: orange.clientKey,
        recipients,
        detail: 'kind=client_reply; on=2026-03-04',
      });
    const mine = plan('2026-03-05', book, { log: [paused(['jean.martin@orange.fr'])] });
    expect(decisionOf(mine, 'F-2026-042')).toMatchObject({ state: 'planned' });
    const legacy = plan('2026-03-05', book, { log: [paused([])] });
    expect(decisionOf(legacy, 'F-2026-042')).toMatchObject({
      state: 'skipped',
      reason: { code: 'client_replied' },
    });
  });
});

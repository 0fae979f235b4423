/**
 * Quote follow-ups (the guides' models 4 and 5): one note about 5 days before the acceptance
 * deadline, one 2 business days after it, then nothing; never after an answer.
 */
import { describe, expect, it } from 'vitest';
import { clientCalendar } from '../../../src/core/client-calendar.ts';
import type { LogEntry } from '../../../src/core/log-entry.ts';
import {
  planQuotes,
  type QuoteDecision,
  scheduleQuote,
} from '../../../src/core/quotes/plan-quotes.ts';
import type { Quote } from '../../../src/core/quotes/quote.ts';
import { STANDARD_QUOTE_TIMING } from '../../../src/core/quotes/quote-timing.ts';
import type { Settings } from '../../../src/core/settings.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings-defaults.ts';
import { clientKeyOf, day, logRow, weekdayCalendar } from '../fixtures/invoices.ts';

const live: Settings = { ...DEFAULT_SETTINGS, testMode: false, country: 'FR' };

function quote(
  spec: Partial<Omit<Quote, 'validUntil' | 'sentDate'>> & {
    number: string;
    validUntil: string;
    sentDate?: string;
  },
): Quote {
  const client = spec.client ?? 'Boulangerie Morel';
  return {
    row: 2,
    client,
    clientKey: clientKeyOf(client),
    emails: ['contact@boulangerie-morel.fr'],
    cc: [],
    contactName: 'Julie Morel',
    amountCents: 240_000,
    currency: 'EUR',
    status: 'open',
    decidedOn: null,
    language: 'fr',
    country: 'FR',
    notes: null,
    ...spec,
    sentDate: spec.sentDate ? day(spec.sentDate) : null,
    validUntil: day(spec.validUntil),
  };
}

function plan(today: string, quotes: readonly Quote[], log: readonly LogEntry[] = []) {
  return planQuotes({
    today: day(today),
    quotes,
    rowErrors: [],
    log,
    settings: live,
    calendar: weekdayCalendar(),
  });
}

function decision(p: ReturnType<typeof plan>, number: string): QuoteDecision {
  const found = p.decisions.find((d) => d.number === number);
  if (!found) throw new Error(`no decision for ${number}`);
  return found;
}

const sentNote = (date: string, q: Quote, stage: 'q_follow' | 'q_expired'): LogEntry =>
  logRow({
    date,
    outcome: 'sent',
    stage,
    clientKey: q.clientKey,
    invoiceNumbers: [q.number],
    threadId: 'thread-devis',
    messageKey: `rl-${date.replace(/-/g, '')}-${stage.replace('_', '')}-x`,
  });

// Devis D-2026-031 sent Monday 2 March 2026, valid until Friday 20 March.
const morel = quote({ number: 'D-2026-031', sentDate: '2026-03-02', validUntil: '2026-03-20' });

describe('the dates of a quote', () => {
  it('follows up 5 days before the deadline and notes the expiry 2 business days after it', () => {
    const stages = scheduleQuote(morel, STANDARD_QUOTE_TIMING, 'FR', weekdayCalendar());
    // 15 March is a Sunday: the follow-up moves to Monday 16; Friday 20 + 2 business days = Tue 24.
    expect(stages).toEqual([
      { stage: 'q_follow', date: '2026-03-16' },
      { stage: 'q_expired', date: '2026-03-24' },
    ]);
  });

  it('skips the follow-up of a quote sent less than 5 days before it', () => {
    const late = quote({ number: 'D-2026-032', sentDate: '2026-03-13', validUntil: '2026-03-20' });
    const stages = scheduleQuote(late, STANDARD_QUOTE_TIMING, 'FR', weekdayCalendar());
    expect(stages.map((s) => s.stage)).toEqual(['q_expired']);
  });

  it('counts business days after the deadline in the client’s country (Easter Monday in France)', () => {
    // Deadline Thursday 2 April 2026; Friday 3 is open, Monday 6 April is Easter Monday.
    const easter = quote({
      number: 'D-2026-040',
      sentDate: '2026-03-10',
      validUntil: '2026-04-02',
    });
    const calendar = clientCalendar(live);
    const [, expired] = scheduleQuote(easter, STANDARD_QUOTE_TIMING, 'FR', calendar);
    expect(expired).toEqual({ stage: 'q_expired', date: '2026-04-07' });
  });
});

describe('what a quote gets each day', () => {
  it('waits for the follow-up, sends it once, then waits for the expiry note', () => {
    expect(decision(plan('2026-03-10', [morel]), morel.number)).toEqual({
      number: morel.number,
      state: 'waiting',
      nextStage: 'q_follow',
      nextDate: '2026-03-16',
    });
    const due = plan('2026-03-16', [morel]);
    expect(due.emails).toHaveLength(1);
    expect(due.emails[0]).toMatchObject({
      stage: 'q_follow',
      to: ['contact@boulangerie-morel.fr'],
      language: 'fr',
      threadId: null,
    });
    expect(due.emails[0]?.invoices[0]?.invoice).toMatchObject({
      number: 'D-2026-031',
      dueDate: '2026-03-20',
      issueDate: '2026-03-02',
      amountCents: 240_000,
    });
    const after = plan('2026-03-17', [morel], [sentNote('2026-03-16', morel, 'q_follow')]);
    expect(after.emails).toEqual([]);
    expect(decision(after, morel.number)).toMatchObject({
      state: 'waiting',
      nextStage: 'q_expired',
      nextDate: '2026-03-24',
    });
  });

  it('sends the expiry note in the follow-up’s thread, then stops for good', () => {
    const log = [sentNote('2026-03-16', morel, 'q_follow')];
    const expiry = plan('2026-03-24', [morel], log);
    expect(expiry.emails.map((e) => [e.stage, e.threadId])).toEqual([
      ['q_expired', 'thread-devis'],
    ]);
    const done = plan('2026-04-15', [morel], [...log, sentNote('2026-03-24', morel, 'q_expired')]);
    expect(done.emails).toEqual([]);
    expect(decision(done, morel.number)).toMatchObject({
      state: 'skipped',
      reason: { code: 'sequence_done' },
    });
  });

  it('never sends the follow-up after the deadline: a quote first seen late gets the expiry note only', () => {
    expect(plan('2026-03-23', [morel]).emails).toEqual([]);
    expect(plan('2026-03-24', [morel]).emails.map((e) => e.stage)).toEqual(['q_expired']);
  });

  it('still sends an expiry note up to 30 days late, and no later: it waits for the user', () => {
    // Morel's expiry note was due Tuesday 24 March (2 business days after the deadline).
    expect(plan('2026-04-23', [morel]).emails.map((e) => e.stage)).toEqual(['q_expired']);
    const late = plan('2026-04-24', [morel]);
    expect(late.emails).toEqual([]);
    expect(decision(late, 'D-2026-031')).toMatchObject({
      state: 'skipped',
      reason: { code: 'quote_note_late', stage: 'q_expired', due: '2026-03-24' },
    });
  });

  it('stops once the quote is accepted, signed, refused or marked expired', () => {
    for (const status of ['accepted', 'signed', 'refused', 'expired'] as const) {
      const answered = { ...morel, status };
      const p = plan('2026-03-16', [answered]);
      expect(p.emails).toEqual([]);
      expect(decision(p, morel.number)).toMatchObject({
        state: 'skipped',
        reason: { code: 'quote_closed', status },
      });
    }
  });

  it('pauses while the prospect’s reply pauses the client, like an invoice', () => {
    const p = planQuotes({
      today: day('2026-03-16'),
      quotes: [morel],
      rowErrors: [],
      log: [],
      settings: { ...live, pauseDaysAfterReply: 7 },
      calendar: weekdayCalendar(),
      recentExchanges: [
        { clientKey: morel.clientKey, kind: 'client_reply', on: day('2026-03-13') },
      ],
    });
    expect(p.emails).toEqual([]);
    expect(decision(p, morel.number)).toMatchObject({
      state: 'skipped',
      reason: { code: 'client_replied', until: '2026-03-20' },
      nextStage: 'q_expired',
      nextDate: '2026-03-24',
    });
  });

  it('is not paused by the reply of a namesake at another address, but is by its own', () => {
    const replied = (recipients: string[]) =>
      logRow({
        date: '2026-03-13',
        outcome: 'paused',
        clientKey: morel.clientKey,
        recipients,
        detail: 'kind=client_reply; on=2026-03-13',
      });
    const settings = { ...live, pauseDaysAfterReply: 7 };
    const planWith = (log: LogEntry[]) =>
      planQuotes({
        today: day('2026-03-16'),
        quotes: [morel],
        rowErrors: [],
        log,
        settings,
        calendar: weekdayCalendar(),
      });
    expect(planWith([replied(['morel.paul@gmail.com'])]).emails).toHaveLength(1);
    expect(planWith([replied(['contact@boulangerie-morel.fr'])]).emails).toEqual([]);
    // A pause row naming no address (written before namesakes were told apart) holds every row.
    expect(planWith([replied([])]).emails).toEqual([]);
  });

  it('does not send again while a send is pending, nor on a weekend', () => {
    const pending = logRow({
      date: '2026-03-16',
      outcome: 'pending',
      stage: 'q_follow',
      clientKey: morel.clientKey,
      invoiceNumbers: [morel.number],
      messageKey: 'rl-20260316-qfollow-x',
    });
    expect(decision(plan('2026-03-17', [morel], [pending]), morel.number)).toMatchObject({
      state: 'skipped',
      reason: { code: 'pending_unconfirmed' },
    });
    const saturday = quote({
      number: 'D-2026-033',
      sentDate: '2026-03-02',
      validUntil: '2026-03-26',
    });
    expect(decision(plan('2026-03-21', [saturday]), saturday.number)).toMatchObject({
      state: 'waiting',
      nextStage: 'q_follow',
      nextDate: '2026-03-23',
    });
  });

  it('ignores quote rows in the invoices’ history: a quote number never advances an invoice', () => {
    const p = plan(
      '2026-03-16',
      [morel],
      [sentNote('2026-03-10', { ...morel, number: 'OTHER' }, 'q_follow')],
    );
    expect(p.emails.map((e) => e.invoices[0]?.invoice.number)).toEqual(['D-2026-031']);
  });
});

describe('timings from the settings, per segment', () => {
  // The user wants chronically late prospects followed up earlier and told of the expiry sooner.
  const chronic = { ...live.quoteTiming.chronic, followDaysBefore: 8, expiredBusinessDaysAfter: 1 };
  const settings: Settings = { ...live, quoteTiming: { ...live.quoteTiming, chronic } };
  const lateProfile = new Map([
    [
      morel.clientKey,
      {
        clientKey: morel.clientKey,
        segment: 'chronic' as const,
        keyAccount: false,
        stats: { paidCount: 4, lateShare: 0.75, averageDaysLate: 21, billed12mCents: 900_000 },
      },
    ],
  ]);
  const planWith = (today: string, s: Settings, profiles = lateProfile) =>
    planQuotes({
      today: day(today),
      quotes: [morel],
      rowErrors: [],
      log: [],
      settings: s,
      calendar: weekdayCalendar(),
      profiles,
    });

  it('follows up a chronic prospect 8 days before the deadline and notes the expiry 1 business day after', () => {
    // Deadline Friday 20 March: 8 days before is Thursday 12; 1 business day after is Monday 23.
    expect(decision(planWith('2026-03-10', settings), morel.number)).toMatchObject({
      state: 'waiting',
      nextStage: 'q_follow',
      nextDate: '2026-03-12',
    });
    expect(planWith('2026-03-12', settings).emails.map((e) => e.stage)).toEqual(['q_follow']);
    expect(decision(planWith('2026-03-21', settings), morel.number)).toMatchObject({
      nextStage: 'q_expired',
      nextDate: '2026-03-23',
    });
  });

  it('keeps the standard days for a new prospect in the same document', () => {
    expect(decision(planWith('2026-03-10', settings, new Map()), morel.number)).toMatchObject({
      nextStage: 'q_follow',
      nextDate: '2026-03-16',
    });
  });

  it('skips the follow-up within the chosen days of sending, and drops a stage turned off', () => {
    const strict: Settings = {
      ...live,
      quoteTiming: {
        ...live.quoteTiming,
        new: { followDaysBefore: 5, expiredBusinessDaysAfter: null, minDaysSinceSent: 15 },
      },
    };
    // Sent 2 March, follow-up on 16 March: 14 days later, fewer than 15, so no follow-up; and no
    // expiry note at all: nothing is ever due.
    expect(decision(planWith('2026-03-10', strict, new Map()), morel.number)).toMatchObject({
      state: 'skipped',
      reason: { code: 'sequence_done' },
    });
  });
});

describe('the client’s country', () => {
  it('counts the expiry note’s business days in the prospect’s country, not the user’s', () => {
    // Deadline Thursday 30 April 2026, expiry note 1 business day after it: Friday 1 May is a
    // holiday in France, Monday 4 May (Early May bank holiday) one in England.
    const timing = { ...STANDARD_QUOTE_TIMING, expiredBusinessDaysAfter: 1 };
    const calendar = clientCalendar(live);
    const paris = quote({ number: 'D-2026-050', sentDate: '2026-04-01', validUntil: '2026-04-30' });
    const london = { ...paris, number: 'Q-2026-051', country: 'GB' };
    expect(scheduleQuote(paris, timing, 'FR', calendar).at(-1)?.date).toBe('2026-05-04');
    expect(scheduleQuote(london, timing, 'GB', calendar).at(-1)?.date).toBe('2026-05-01');
  });
});

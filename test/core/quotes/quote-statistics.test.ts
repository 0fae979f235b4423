import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/core/quotes/quote.ts';
import { quoteStatistics } from '../../../src/core/quotes/quote-statistics.ts';
import { day, logRow } from '../fixtures/invoices.ts';

function quote(
  number: string,
  status: Quote['status'],
  sent: string,
  validUntil: string,
  decidedOn: string | null = null,
): Quote {
  return {
    row: 2,
    number,
    client: 'Studio Nord',
    clientKey: 'studio nord',
    emails: ['hello@studio-nord.com'],
    cc: [],
    contactName: null,
    amountCents: 100_000,
    currency: 'EUR',
    sentDate: day(sent),
    validUntil: day(validUntil),
    status,
    decidedOn: decidedOn ? day(decidedOn) : null,
    language: 'fr',
    country: 'FR',
    notes: null,
  };
}

const followUp = (number: string, date: string) =>
  logRow({
    date,
    outcome: 'sent',
    stage: 'q_follow',
    clientKey: 'studio nord',
    invoiceNumbers: [number],
  });

describe('quote statistics', () => {
  const quotes = [
    quote('D-1', 'accepted', '2026-03-02', '2026-03-20', '2026-03-06'), // 4 days, before any follow-up
    quote('D-2', 'signed', '2026-03-02', '2026-04-03', '2026-04-01'), // 30 days, after the follow-up
    quote('D-3', 'refused', '2026-03-04', '2026-04-10', '2026-03-12'),
    quote('D-4', 'open', '2026-03-02', '2026-03-20'), // past its deadline: counts, not accepted
    quote('D-5', 'open', '2026-04-01', '2026-05-15'), // still open: not counted
    quote('D-6', 'accepted', '2026-03-10', '2026-04-10', '2026-03-20'), // 10 days
  ];
  const log = [
    followUp('D-2', '2026-03-30'),
    followUp('D-4', '2026-03-16'),
    followUp('D-6', '2026-04-06'),
  ];

  it('gives the acceptance rate, the median days to acceptance and acceptance after a follow-up', () => {
    expect(quoteStatistics(quotes, log, day('2026-04-15'))).toEqual({
      decided: 5,
      accepted: 3,
      acceptanceRate: 0.6,
      medianDaysToAcceptance: 10,
      followedUp: 3,
      acceptedAfterFollowUp: 1,
    });
  });

  it('says nothing rather than zero when no quote is decided', () => {
    const stats = quoteStatistics([quotes[4] as Quote], [], day('2026-04-15'));
    expect(stats.acceptanceRate).toBeNull();
    expect(stats.medianDaysToAcceptance).toBeNull();
  });
});

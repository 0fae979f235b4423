import { type CalendarDate, daysBetween } from '../calendar-date.ts';
import { foldInvoiceNumber } from '../invoice-number-key.ts';
import type { LogEntry } from '../log-entry.ts';
import { median } from '../median.ts';
import { isQuoteAccepted, type Quote } from './quote.ts';

export interface QuoteStatistics {
  /** Quotes answered or past their deadline: accepted, signed, refused or expired. */
  readonly decided: number;
  readonly accepted: number;
  /** accepted / decided; null when nothing is decided yet. */
  readonly acceptanceRate: number | null;
  /** Median days from sending to acceptance, over accepted quotes whose two dates are known. */
  readonly medianDaysToAcceptance: number | null;
  /** Quotes that got a follow-up, and how many of those were accepted after it. */
  readonly followedUp: number;
  readonly acceptedAfterFollowUp: number;
}

/**
 * How quotes turn into work: the acceptance rate (an open quote counts once its deadline has
 * passed), the median days to acceptance, and acceptance after a follow-up (accepted on or after
 * the day the follow-up went, or with no acceptance date known).
 */
export function quoteStatistics(
  quotes: readonly Quote[],
  log: readonly LogEntry[],
  today: CalendarDate,
): QuoteStatistics {
  const followedOn = new Map<string, CalendarDate>();
  for (const entry of log) {
    if (entry.stage !== 'q_follow' || entry.outcome !== 'sent') continue;
    for (const number of entry.invoiceNumbers) {
      const key = foldInvoiceNumber(number);
      if (!followedOn.has(key)) followedOn.set(key, entry.date);
    }
  }
  let decided = 0;
  let accepted = 0;
  let followedUp = 0;
  let acceptedAfterFollowUp = 0;
  const delays: number[] = [];
  for (const quote of quotes) {
    const isAccepted = isQuoteAccepted(quote);
    if (quote.status !== 'open' || quote.validUntil < today) decided += 1;
    if (isAccepted) {
      accepted += 1;
      if (quote.sentDate && quote.decidedOn)
        delays.push(daysBetween(quote.sentDate, quote.decidedOn));
    }
    const followed = followedOn.get(foldInvoiceNumber(quote.number));
    if (followed === undefined) continue;
    followedUp += 1;
    if (isAccepted && (quote.decidedOn === null || quote.decidedOn >= followed))
      acceptedAfterFollowUp += 1;
  }
  return {
    decided,
    accepted,
    acceptanceRate: decided > 0 ? accepted / decided : null,
    medianDaysToAcceptance: median(delays),
    followedUp,
    acceptedAfterFollowUp,
  };
}

/**
 * The Today view's quotes and payment plans, from the same planning as the daily run: the kept
 * plans' holds and the broken plans' restarts go into the invoices' plan, and each quote and plan
 * says what comes next.
 */
import type { TodayPlan, TodayQuote } from '../../api/notes-today.ts';
import type { TodayRowProblem } from '../../api/today.ts';
import { expectedInstalments } from '../../core/payment-plans/instalment-forecast.ts';
import type { PlanStanding } from '../../core/payment-plans/plan-standing.ts';
import { quoteReasonText } from '../../core/status/note-status-text.ts';
import { quoteRowProblem } from '../../core/texts/quote-texts.ts';
import type { NotePlans, NotesDay, QuoteReading } from '../run/run-notes.ts';

/**
 * The quotes tab's row errors, and why it cannot be read, as Today's rows to fix: in the quote's
 * words, the row named with its tab.
 */
export function presentQuoteProblems(reading: QuoteReading | null): TodayRowProblem[] {
  if (!reading) return [];
  const rows = reading.rowErrors.map((e) => ({
    row: e.row,
    invoiceNumber: e.invoiceNumber,
    message: quoteRowProblem(reading.sheet, e.messages),
  }));
  return reading.problem
    ? [{ row: 1, invoiceNumber: null, message: reading.problem }, ...rows]
    : rows;
}

export function presentQuotes(day: NotesDay, plans: NotePlans): TodayQuote[] | undefined {
  const { sources, today } = day;
  if (!sources.quotes) return undefined;
  const byNumber = new Map(sources.quotes.quotes.map((q) => [q.number, q]));
  return (plans.quotes?.decisions ?? []).flatMap((d): TodayQuote[] => {
    const quote = byNumber.get(d.number);
    if (!quote) return [];
    const base = {
      number: quote.number,
      client: quote.client,
      amount: { cents: quote.amountCents, currency: quote.currency },
      validUntil: quote.validUntil,
    };
    if (d.state === 'planned')
      return [{ ...base, state: 'planned', stage: d.stage, date: today, note: null }];
    if (d.state === 'waiting')
      return [{ ...base, state: 'waiting', stage: d.nextStage, date: d.nextDate, note: null }];
    return [
      {
        ...base,
        state: 'skipped',
        stage: d.nextStage,
        date: d.nextDate,
        note: { fr: quoteReasonText(d.reason, 'fr'), en: quoteReasonText(d.reason, 'en') },
      },
    ];
  });
}

const ORDER = { kept: 0, broken: 1, completed: 2 } as const;

export function presentPlans(standings: readonly PlanStanding[]): TodayPlan[] {
  return standings
    .map(
      (s): TodayPlan => ({
        id: s.plan.id,
        client: s.plan.client,
        invoiceNumbers: s.plan.invoiceNumbers,
        state: s.state.kind,
        paidInstalments: s.instalments.filter((i) => i.dueCents === 0).length,
        instalments: s.instalments.length,
        brokenOn: s.state.kind === 'broken' ? s.state.on : null,
        expected: expectedInstalments([s]).map((e) => ({
          date: e.date,
          amount: { cents: e.amountCents, currency: e.currency },
        })),
      }),
    )
    .sort((a, b) => ORDER[a.state] - ORDER[b.state] || (a.client < b.client ? -1 : 1));
}

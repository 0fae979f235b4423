/**
 * Turns the planner's output into what the Today view shows: per client, what goes out and why;
 * drafts and calls; unpaid invoices that get nothing today with their reason; rows to fix; the
 * coming week. Pure: the shell passes the plan, the forecast and a renderer.
 */
import type { RunSummary } from '../../api/automation.ts';
import type {
  ForecastDay,
  TodayEmail,
  TodayInvoice,
  TodaySkip,
  TodayView,
} from '../../api/today.ts';
import type { ForecastDay as PlannedDay } from '../../core/forecast.ts';
import type { Language } from '../../core/invoice.ts';
import { balanceCents, type Invoice } from '../../core/invoice.ts';
import type { Plan, PlannedEmail, PlannedInvoice } from '../../core/plan.ts';

/** What rendering one planned e-mail gave: its subject, or why it cannot be sent. */
export type RenderedSubject = ({ readonly subject: string } | { readonly error: string }) & {
  /** The template's language when the client's has none (the message goes wholly in it). */
  readonly sentIn?: Language | null;
};

export interface TodayInputs {
  readonly plan: Plan;
  readonly invoices: readonly Invoice[];
  readonly forecast: readonly PlannedDay[];
  readonly testMode: boolean;
  readonly oldDebtDays: number;
  readonly lastRun: RunSummary | null;
  readonly render: (email: PlannedEmail) => RenderedSubject;
}

/** Nothing left to chase: these skips are noise in "not today". */
const SETTLED = new Set(['paid', 'auto_pay', 'cancelled']);

export function presentToday(inputs: TodayInputs): TodayView {
  const { plan } = inputs;
  const postponed = new Map(
    plan.decisions.flatMap((d) => (d.state === 'planned' ? [[d.number, d.postponedFrom]] : [])),
  );
  const todayInvoice = (planned: PlannedInvoice): TodayInvoice => ({
    number: planned.invoice.number,
    balance: { cents: balanceCents(planned.invoice), currency: planned.invoice.currency },
    dueDate: planned.invoice.dueDate,
    daysOverdue: planned.daysOverdue,
    stage: planned.stage,
    postponedFrom: postponed.get(planned.invoice.number) ?? null,
  });
  const emails = plan.emails.map((email): TodayEmail => {
    const rendered = inputs.render(email);
    return {
      clientKey: email.clientKey,
      client: email.client,
      to: email.to,
      cc: email.cc,
      stage: email.stage,
      segment: email.segment,
      keyAccount: email.keyAccount,
      language: email.language,
      subject: 'subject' in rendered ? rendered.subject : null,
      templateError: 'error' in rendered ? rendered.error : null,
      sentIn: rendered.sentIn ?? null,
      invoices: email.invoices.map(todayInvoice),
    };
  });
  const byNumber = new Map(inputs.invoices.map((invoice) => [invoice.number, invoice]));
  const skips = plan.decisions.flatMap((d): TodaySkip[] => {
    const invoice = byNumber.get(d.number);
    if (d.state !== 'skipped' || SETTLED.has(d.reason.code) || !invoice) return [];
    const { reason, nextStage, nextDate } = d;
    return [
      {
        number: d.number,
        client: invoice.client,
        clientKey: invoice.clientKey,
        reason,
        nextStage,
        nextDate,
      },
    ];
  });
  return {
    today: plan.today,
    testMode: inputs.testMode,
    oldDebtDays: inputs.oldDebtDays,
    emails,
    followUps: plan.followUps.map((f) => ({
      kind: f.kind,
      clientKey: f.clientKey,
      client: f.client,
      to: f.to,
      stage: f.stage,
      invoices: f.invoices.map(todayInvoice),
    })),
    skips,
    rowProblems: plan.rowErrors.map((e) => ({
      row: e.row,
      invoiceNumber: e.invoiceNumber,
      message: e.messages,
    })),
    forecast: inputs.forecast.map(forecastDay),
    lastRun: inputs.lastRun,
  };
}

function forecastDay({ date, plan }: PlannedDay): ForecastDay {
  const clients = [...plan.emails, ...plan.followUps].map((item) => item.client);
  return {
    date,
    emails: plan.emails.length,
    followUps: plan.followUps.length,
    clients: [...new Set(clients)],
  };
}

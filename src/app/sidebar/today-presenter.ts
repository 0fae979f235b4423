/**
 * Turns the planner's output into what the Today view shows: per client, what goes out and why;
 * drafts and calls; unpaid invoices that get nothing today with their reason; rows to fix; the
 * coming week. Pure: the shell passes the plan, the forecast and a renderer.
 */
import type { RunSummary } from '../../api/automation.ts';
import type {
  ForecastDay,
  TodayAutoReply,
  TodayEmail,
  TodayFollowUp,
  TodayInvoice,
  TodayListName,
  TodayPage,
  TodayPageRequest,
  TodaySkip,
  TodayTotals,
  TodayView,
} from '../../api/today.ts';
import type { CalendarDate } from '../../core/calendar-date.ts';
import { type AutoReplyNote, autoReplySentence } from '../../core/exchanges/auto-reply-notes.ts';
import type { ForecastDay as PlannedDay } from '../../core/forecast.ts';
import { isOfGroup } from '../../core/history.ts';
import type { Language } from '../../core/invoice.ts';
import { balanceCents, type Invoice } from '../../core/invoice.ts';
import type { Plan, PlannedEmail, PlannedFollowUp, PlannedInvoice } from '../../core/plan.ts';
import { clientGroups } from '../../core/planner.ts';
import { formatDate } from '../../core/templates/date-format.ts';
import { skipReasonSentence } from '../../core/texts/skip-reason-text.ts';

/** What rendering one planned e-mail gave: its subject, or why it cannot be sent. */
export type RenderedSubject = ({ readonly subject: string } | { readonly error: string }) & {
  /** The template's language when the client's has none (the message goes wholly in it). */
  readonly sentIn?: Language | null;
};

export interface TodayInputs {
  readonly plan: Plan;
  /** Each client's (person's) latest automatic reply of the last two weeks (auto-reply-notes.ts). */
  readonly autoReplies: ReadonlyMap<string, AutoReplyNote>;
  readonly invoices: readonly Invoice[];
  readonly forecast: readonly PlannedDay[];
  readonly testMode: boolean;
  readonly oldDebtDays: number;
  readonly lastRun: RunSummary | null;
  readonly render: (message: PlannedEmail | PlannedFollowUp) => RenderedSubject;
}

/** Nothing left to chase: these skips are noise in "not today". */
const SETTLED = new Set(['paid', 'auto_pay', 'cancelled']);

/**
 * Items of each list the view carries: a large book plans hundreds of messages and skips, and
 * the whole of them is megabytes of JSON and tens of thousands of nodes in a 300 px sidebar.
 * The rest comes a page at a time (presentTodayPage).
 */
export const TODAY_PAGE_SIZE = 25;

/** Which items of a list to build: [offset, offset + count). */
interface Window {
  readonly offset: number;
  readonly count: number;
}

/** The three long lists, each built only for its window (rendering a subject has a cost). */
function todayLists(inputs: TodayInputs, windows: Readonly<Record<TodayListName, Window>>) {
  const { plan } = inputs;
  const slice = <T>(items: readonly T[], list: TodayListName): readonly T[] =>
    items.slice(windows[list].offset, windows[list].offset + windows[list].count);
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
  const emails = slice(plan.emails, 'emails').map((email): TodayEmail => {
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
  const followUps = slice(plan.followUps, 'followUps').map((f): TodayFollowUp => {
    // A draft or task whose template the run would refuse (unsigned, a claim the log belies)
    // waits: Today says so, as for e-mails.
    const rendered = inputs.render(f);
    return {
      kind: f.kind,
      clientKey: f.clientKey,
      client: f.client,
      to: f.to,
      stage: f.stage,
      invoices: f.invoices.map(todayInvoice),
      templateError: 'error' in rendered ? rendered.error : null,
    };
  });
  const byNumber = new Map(inputs.invoices.map((invoice) => [invoice.number, invoice]));
  const allSkips = plan.decisions.flatMap((d): Omit<TodaySkip, 'reasonText'>[] => {
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
  // Old debts wait for the user's word: their own list, apart from the other skips.
  const oldDebts = allSkips.filter((skip) => skip.reason.code === 'old_debt');
  const skips = allSkips.filter((skip) => skip.reason.code !== 'old_debt');
  const totals: TodayTotals = {
    emails: plan.emails.length,
    followUps: plan.followUps.length,
    oldDebts: oldDebts.length,
    skips: skips.length,
  };
  return {
    emails,
    followUps,
    oldDebts: slice(oldDebts, 'oldDebts').map((skip) => withReasonText(skip, inputs.testMode)),
    skips: slice(skips, 'skips').map((skip) => withReasonText(skip, inputs.testMode)),
    totals,
  };
}

/** The sentence of the status note, dates written as in the messages, in both languages. */
function withReasonText(skip: Omit<TodaySkip, 'reasonText'>, testMode: boolean): TodaySkip {
  const sentence = (language: Language) =>
    skipReasonSentence(skip.reason, language, testMode, (day) =>
      formatDate(day as CalendarDate, language, null),
    );
  return { ...skip, reasonText: { fr: sentence('fr'), en: sentence('en') } };
}

const FIRST_PAGE: Window = { offset: 0, count: TODAY_PAGE_SIZE };

export function presentToday(inputs: TodayInputs): TodayView {
  const { plan } = inputs;
  const lists = todayLists(inputs, {
    emails: FIRST_PAGE,
    followUps: FIRST_PAGE,
    oldDebts: FIRST_PAGE,
    skips: FIRST_PAGE,
  });
  return {
    today: plan.today,
    testMode: inputs.testMode,
    oldDebtDays: inputs.oldDebtDays,
    ...lists,
    rowProblems: plan.rowErrors.map((e) => ({
      row: e.row,
      invoiceNumber: e.invoiceNumber,
      message: e.messages,
    })),
    unknownClientKind: unknownClientKindCount(inputs),
    autoReplies: todayAutoReplies(inputs),
    forecast: inputs.forecast.map(forecastDay),
    lastRun: inputs.lastRun,
  };
}

/** The automatic replies of clients (of the person, for a name that is several) still owing, latest first. */
function todayAutoReplies({ plan, invoices, autoReplies }: TodayInputs): TodayAutoReply[] {
  const unpaid = new Set(
    plan.decisions.flatMap((d) =>
      d.state === 'skipped' && SETTLED.has(d.reason.code) ? [] : [d.number],
    ),
  );
  const groupOf = clientGroups(invoices);
  const owing = invoices.filter((invoice) => unpaid.has(invoice.number));
  /** The unpaid invoice of the note's person, when one is left. */
  const owingOf = (note: AutoReplyNote) =>
    owing.find((i) => i.clientKey === note.clientKey && isOfGroup(note, groupOf(i)));
  const sentence = (note: AutoReplyNote, language: Language) =>
    autoReplySentence(note, language, (day) => formatDate(day, language, null));
  return [...autoReplies.values()]
    .filter((note) => owingOf(note) !== undefined)
    .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0))
    .map((note) => ({
      clientKey: note.clientKey,
      client: owingOf(note)?.client ?? note.clientKey,
      on: note.on,
      text: { fr: sentence(note, 'fr'), en: sentence(note, 'en') },
    }));
}

/** Invoices still to collect whose client kind neither the row nor the settings give. */
function unknownClientKindCount({ plan, invoices }: TodayInputs): number {
  const settled = new Set(
    plan.decisions.flatMap((d) =>
      d.state === 'skipped' && SETTLED.has(d.reason.code) ? [d.number] : [],
    ),
  );
  return invoices.filter((i) => i.customerKind === 'unknown' && !settled.has(i.number)).length;
}

/** The page of `request.list` that starts at `request.offset`. */
export function presentTodayPage(inputs: TodayInputs, request: TodayPageRequest): TodayPage {
  const offset = Math.max(0, Math.floor(request.offset));
  const none: Window = { offset: 0, count: 0 };
  const window = { emails: none, followUps: none, oldDebts: none, skips: none };
  const lists = todayLists(inputs, {
    ...window,
    [request.list]: { offset, count: TODAY_PAGE_SIZE },
  });
  const total = lists.totals[request.list];
  if (request.list === 'emails') return { list: 'emails', offset, total, items: lists.emails };
  if (request.list === 'followUps')
    return { list: 'followUps', offset, total, items: lists.followUps };
  if (request.list === 'oldDebts')
    return { list: 'oldDebts', offset, total, items: lists.oldDebts };
  return { list: 'skips', offset, total, items: lists.skips };
}

function forecastDay({ date, plan, notes }: PlannedDay): ForecastDay {
  const clients = [
    ...[...plan.emails, ...plan.followUps].map((item) => item.client),
    ...notes.map((note) => note.invoices[0]?.invoice.client ?? ''),
  ];
  return {
    date,
    // Quote follow-ups and instalment notes are e-mails of the day like the reminders.
    emails: plan.emails.length + notes.length,
    followUps: plan.followUps.length,
    clients: [...new Set(clients)],
  };
}

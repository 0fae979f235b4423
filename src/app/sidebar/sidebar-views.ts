/** The sidebar's views as pure functions of a snapshot. */

import type { RatesView, SettingsView } from '../../api/settings.ts';
import type { ColumnMapping as ColumnView, QuotesSetup, SetupStatus } from '../../api/setup.ts';
import type { SidebarState } from '../../api/sidebar-state.ts';
import type { StatisticsView } from '../../api/statistics.ts';
import type { TemplatesView } from '../../api/templates.ts';
import type { RunNowNote, TodayPage, TodayPageRequest, TodayView } from '../../api/today.ts';
import { INVOICE_FIELDS, isRequiredField } from '../../core/columns/invoice-fields.ts';
import { recentAutoReplies } from '../../core/exchanges/auto-reply-notes.ts';
import { planWeek } from '../../core/forecast.ts';
import { ratePointsOf } from '../../core/late-fees.ts';
import type { PlanStanding } from '../../core/payment-plans/plan-standing.ts';
import type { PlannedEmail, PlannedFollowUp } from '../../core/plan.ts';
import { type PlanInput, planDay } from '../../core/planner.ts';
import { QUOTE_FIELDS, REQUIRED_QUOTE_FIELDS } from '../../core/quotes/quote-columns.ts';
import { quoteStatistics } from '../../core/quotes/quote-statistics.ts';
import { CENTRAL_BANK_SOURCES } from '../../core/rates/central-bank-data.ts';
import { fetchedPoints, ratesToAsk } from '../../core/rates/rate-refresh.ts';
import { nameFromEmail } from '../../core/sender-name.ts';
import { chooseTemplate, renderContextFor, renderMessage } from '../../core/templates/index.ts';
import { templateErrorsText } from '../../core/templates/template-failure.ts';
import { variantKeyOf } from '../../core/templates/variant-key.ts';
import { QUOTE_FIELD_NAMES, quotesRead } from '../../core/texts/quote-texts.ts';
import { text } from '../../core/texts/server-texts.ts';
import { contextInputs, type PreviewInputs, renderSourcesOf } from '../run/render-inputs.ts';
import {
  type NotesDay,
  notesOutsideLadder,
  type PlannedNotes,
  planHolds,
  planNotes,
  planRestarts,
  standingsOf,
} from '../run/run-notes.ts';
import { presentPlans, presentQuoteProblems, presentQuotes } from './notes-presenter.ts';
import type { SidebarSnapshot } from './sidebar-snapshot.ts';
import { presentStatistics } from './statistics-presenter.ts';
import { presentTemplates } from './templates-presenter.ts';
import {
  presentToday,
  presentTodayPage,
  type RenderedSubject,
  type TodayInputs,
} from './today-presenter.ts';

const FORECAST_DAYS = 7;

/** Where each payment plan stands today (none without a plans tab). */
function standings(s: SidebarSnapshot): PlanStanding[] {
  return s.notes ? standingsOf(s.notes, s.invoices, s.log, s.today) : [];
}

/** What the template preview and its test e-mail render from: what the run sends from. */
export function previewInputs(s: SidebarSnapshot): PreviewInputs {
  return { sources: renderSourcesOf(s, s.today), plan: planInput(s) };
}

function planInput(s: SidebarSnapshot): PlanInput {
  const plans = standings(s);
  return {
    today: s.today,
    invoices: s.invoices,
    rowErrors: s.rowErrors,
    log: s.log,
    settings: s.settings,
    calendar: s.calendar,
    // As in the daily run: a kept plan suspends its invoices, a broken one restarts them.
    holds: planHolds(plans),
    restarts: planRestarts(plans),
  };
}

/**
 * The subject today's message (an e-mail, a notice draft, a call task) would carry, with the
 * template the daily run would choose; the template's error when the run would not make it.
 */
export function renderSubject(
  s: SidebarSnapshot,
  email: PlannedEmail | PlannedFollowUp,
): RenderedSubject {
  const template = chooseTemplate(s.templates?.templates ?? [], {
    stage: email.stage,
    segment: email.segment,
    keyAccount: email.keyAccount,
    language: email.language,
    defaultLanguage: s.settings.language,
    variantKey: variantKeyOf(email),
  });
  const first = email.invoices[0]?.invoice;
  if (!template || !first) {
    return {
      error: text(s.uiLanguage, 'noActiveTemplateForStage'),
    };
  }
  const result = renderMessage(
    template,
    renderContextFor(email, contextInputs(first, renderSourcesOf(s, s.today))),
  );
  const sentIn = template.language === email.language ? null : template.language;
  if (result.ok) return { subject: result.subject, sentIn };
  // The words the run writes in the row's note when it refuses this template.
  return { error: templateErrorsText(result.errors)[s.uiLanguage], sentIn };
}

function todayInputs(
  s: SidebarSnapshot,
  withForecast: boolean,
  planned: PlannedNotes = new Map(),
): TodayInputs | null {
  if (s.invoicesSheet === null || s.mapping === null) return null;
  const input = planInput(s);
  // Today's plan is the forecast's first day: planned once. Each coming day's plans and notes
  // are decided as that day's run will, from the log the forecast has simulated by then.
  const outside = s.notes
    ? notesOutsideLadder(s.notes, s.invoices, s.settings, planned)
    : undefined;
  const week = withForecast
    ? planWeek(input, FORECAST_DAYS, outside)
    : { today: planDay(input), days: [] };
  return {
    plan: week.today,
    autoReplies: recentAutoReplies(s.log, s.today),
    invoices: s.invoices,
    forecast: week.days,
    testMode: s.settings.testMode,
    oldDebtDays: s.settings.oldDebtDays,
    lastRun: s.lastRun,
    render: (email) => renderSubject(s, email),
  };
}

/** What the quotes and payment plans are planned from today (null without their tabs). */
function notesDay(s: SidebarSnapshot): NotesDay | null {
  if (!s.notes) return null;
  return {
    sources: s.notes,
    standings: standings(s),
    invoices: s.invoices,
    log: s.log,
    settings: s.settings,
    today: s.today,
  };
}

/** The quote follow-ups and instalment notes a run started now would send. */
export function runNowNotes(s: SidebarSnapshot): RunNowNote[] {
  const day = notesDay(s);
  if (!day) return [];
  return planNotes(day).emails.map((note) => ({
    clientKey: note.clientKey,
    client: note.invoices[0]?.invoice.client ?? '',
    stage: note.stage,
    to: note.to,
    documents: [...new Set(note.invoices.map((item) => item.invoice.number))],
  }));
}

export function todayView(s: SidebarSnapshot): TodayView | null {
  const planned: PlannedNotes = new Map();
  const inputs = todayInputs(s, true, planned);
  if (!inputs) return null;
  const view = presentToday(inputs);
  const day = notesDay(s);
  if (!day) return view;
  // Today's notes were planned with the forecast's first day, from the same log.
  const notes = planned.get(s.today)?.notes ?? planNotes(day);
  const quotes = presentQuotes(day, notes);
  return {
    ...view,
    rowProblems: [...view.rowProblems, ...presentQuoteProblems(day.sources.quotes)],
    ...(quotes ? { quotes } : {}),
    plans: presentPlans(day.standings),
  };
}

/** More of one of Today's lists; null when there is no invoices tab to plan from. */
export function todayPage(s: SidebarSnapshot, request: TodayPageRequest): TodayPage | null {
  const inputs = todayInputs(s, false);
  return inputs && presentTodayPage(inputs, request);
}

export function settingsView(s: SidebarSnapshot): SettingsView {
  return {
    settings: s.settings,
    storage: s.storage,
    automation: s.automation,
    lastRun: s.lastRun,
    rates: ratesView(s),
  };
}

function ratesView(s: SidebarSnapshot): RatesView {
  const fetched = s.fetchedRates;
  return {
    refreshed: CENTRAL_BANK_SOURCES.map(({ series }) => ({
      series,
      on: fetched.series[series]?.fetchedOn ?? null,
    })),
    failures: fetched.lastAttempt?.failures.map((f) => f.message) ?? [],
    toAsk: ratesToAsk(
      s.settings.establishment,
      s.today,
      ratePointsOf(s.settings, fetchedPoints(fetched)),
    ),
  };
}

export function setupStatus(s: SidebarSnapshot): SetupStatus {
  const overrides = s.settings.columnOverrides;
  const columns = INVOICE_FIELDS.map(
    (field): ColumnView => ({
      field,
      required: isRequiredField(field),
      header: s.mapping?.columns[field]?.header ?? null,
      overridden: overrides[field] !== undefined,
      ambiguous: (s.mapping?.ambiguous[field] ?? []).map((c) => c.header),
    }),
  );
  return {
    sheetNames: s.sheetNames,
    invoicesSheet: s.invoicesSheet,
    headers: s.headers,
    columns,
    invoiceCount: s.invoices.length,
    rowErrorCount: s.rowErrors.length,
    tabsReady: s.templatesTabExists && s.logTabExists,
    testMode: s.settings.testMode,
    testSentAt: s.testSentAt,
    automation: s.automation,
    userEmail: s.userEmail,
    signature: {
      senderName: s.settings.senderName,
      senderContact: s.settings.senderContact,
      senderCompany: s.settings.senderCompany,
      suggestedName: nameFromEmail(s.userEmail),
    },
    quotes: quotesSetup(s),
    defaultCustomerKind: s.settings.defaultCustomerKind,
  };
}

/** The quotes tab's step of the guide: its columns like the invoices tab's. */
function quotesSetup(s: SidebarSnapshot): QuotesSetup {
  const read = s.notes?.quotes ?? null;
  const overrides = s.settings.quoteColumnOverrides;
  return {
    sheet: read?.sheet ?? null,
    chosen: s.settings.quotesSheet !== null,
    headers: read?.headers ?? [],
    columns: read
      ? QUOTE_FIELDS.map((field) => ({
          field,
          required: REQUIRED_QUOTE_FIELDS.includes(field),
          header: read.columns.fields[field]?.header ?? null,
          overridden: overrides[field] !== undefined,
          ambiguous: (read.columns.ambiguous[field] ?? []).map((c) => c.header),
          ...(QUOTE_FIELD_NAMES[field] && { label: QUOTE_FIELD_NAMES[field] }),
        }))
      : [],
    read: read && quotesRead(read.quotes.length, read.rowErrors.length),
    problem: read?.problem ?? null,
  };
}

/**
 * Setup is done once the daily run is live; until then the guide opens first. Damaged settings
 * open Settings, where they are restored: the guide would only rebuild them from defaults.
 */
export function sidebarState(s: SidebarSnapshot): SidebarState {
  const setup = setupStatus(s);
  const done = setup.tabsReady && !setup.testMode && setup.automation.installed;
  return {
    language: s.uiLanguage,
    firstView: s.storage.state === 'damaged' ? 'settings' : done ? 'today' : 'start',
    setup,
    settings: settingsView(s),
    today: todayView(s),
  };
}

export function templatesView(s: SidebarSnapshot): TemplatesView {
  return presentTemplates(s.templates ?? { templates: [], errors: [] }, s.invoices);
}

export function statistics(s: SidebarSnapshot): StatisticsView {
  return presentStatistics({
    today: s.today,
    invoices: s.invoices,
    log: s.log,
    templates: s.templates?.templates ?? [],
    settings: s.settings,
    plans: standings(s),
    quotes: s.notes?.quotes ? quoteStatistics(s.notes.quotes.quotes, s.log, s.today) : null,
  });
}

/**
 * The use cases behind the sidebar's server functions, one per entry of `SidebarApi`
 * (src/api/sidebar-api.ts): src/entry/sidebar-functions.ts only forwards each call here.
 * Arguments and results are plain JSON
 * (https://developers.google.com/apps-script/guides/html/reference/run). Each call is a fresh
 * execution, so each reads once the tabs it shows, and no other (loadSnapshot).
 */

import type { PaymentPlanRequest } from '../../api/payment-plans.ts';
import type { SaveSettingsResult, SettingsView } from '../../api/settings.ts';
import type { ColumnMappingRequest, SetupStatus, SignatureRequest } from '../../api/setup.ts';
import type { SidebarState, ViewName } from '../../api/sidebar-state.ts';
import type {
  KeepVariantRequest,
  KeepVariantResult,
  StatisticsExportResult,
  StatisticsView,
} from '../../api/statistics.ts';
import type {
  SaveTemplateResult,
  SendTestResult,
  TemplatePreview,
  TemplatePreviewRequest,
  TemplateRecord,
  TemplatesView,
} from '../../api/templates.ts';
import type {
  ClientRequest,
  HoldInvoiceRequest,
  InvoiceRequest,
  OldDebtRequest,
  RunNowPreview,
  RunNowResult,
  TodayPage,
  TodayPageRequest,
  TodayView,
} from '../../api/today.ts';
import { withOverrideChanges } from '../../core/columns/column-overrides.ts';
import type { Invoice, Language } from '../../core/invoice.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { hasSignature, liveSignatureIssues } from '../../core/sender-name.ts';
import type { Settings } from '../../core/settings.ts';
import { validateSettings } from '../../core/settings-validation.ts';
import {
  clientGroupRequestOf,
  columnMappingOf,
  holdRequestOf,
  invoiceNumberOf,
  previewRequestOf,
  switchOf,
  templateOf,
} from '../../core/sidebar-requests.ts';
import { renderMessage, type TemplateRow, templateId } from '../../core/templates/index.ts';
import { localized } from '../../core/texts/server-texts.ts';
import { restoreLastGood, writeSettings } from '../../gas/settings-store.ts';
import { showViewDialog } from '../../gas/view-dialog.ts';
import { calendarDateConverter } from '../../gas/zoned-date.ts';
import {
  type ActionResult,
  markCallDone as callDone,
  decideOldDebt as decideDebt,
  holdInvoice as hold,
  releaseInvoice as release,
  resumeClient as resume,
  skipInvoice as skip,
} from '../actions/log-actions.ts';
import { setPaymentPlan as storePlan } from '../actions/payment-plan-actions.ts';
import { applyAutomation, setAutomation as setAutomationOn } from '../automation/automation.ts';
import { contractRateProblems } from '../rates/contract-rate-check.ts';
import { previewedFiles } from '../run/invoice-attachments.ts';
import { runDailyReminders } from '../run/run-reminders.ts';
import { setUp } from '../setup/set-up.ts';
import { keepVariantOnly as keepVariant } from '../templates/keep-variant.ts';
import { saveTemplate as storeTemplate } from '../templates/save-template.ts';
import { sendRenderedTest, sendSetupTest as setupTest } from '../test-send/send-test.ts';
import { activeWorkbook, rereadWorkbook, type Workbook } from '../workbook/workbook.ts';
import { loadSnapshot, READS } from './load-snapshot.ts';
import { withRecentExchanges } from './preview-exchanges.ts';
import type { SidebarSnapshot } from './sidebar-snapshot.ts';
import {
  previewInputs,
  runNowNotes,
  settingsView,
  setupStatus,
  sidebarState,
  statistics,
  templatesView,
  todayPage,
  todayView,
} from './sidebar-views.ts';
import { exportStatisticsTab } from './statistics-export.ts';
import {
  issueOf,
  previewContext,
  previewTemplate as renderPreview,
} from './templates-presenter.ts';
import { setUiLanguage, uiLanguage } from './ui-language.ts';

/** A failure in the interface language: the bridge passes the message to the sidebar. */
function localizedError(messages: readonly LocalizedText[]): Error {
  const language = uiLanguage();
  return new Error(messages.map((m) => m[language]).join(' '));
}

/** Validates and saves the active spreadsheet's settings whole, or nothing. */
function storeSettings(input: unknown, workbook: Workbook) {
  return writeSettings(workbook.metadata, input);
}

/**
 * A user action recorded in the log; the Today view is recomputed from the tabs the action read
 * under the lock and the rows it added (one read of each tab per click).
 */
function afterAction(act: (workbook: Workbook) => ActionResult): TodayView {
  const workbook = activeWorkbook();
  const result = act(workbook);
  if (!result.ok) throw localizedError([result.message]);
  const after = result.workbook ?? workbook;
  const today = todayView(loadSnapshot(READS.today, after, { context: result.context }));
  if (!today) throw localizedError([localized('noInvoicesTab')]);
  return today;
}

export function getSidebarState(): SidebarState {
  return sidebarState(loadSnapshot(READS.today));
}

export function setInterfaceLanguage(language: Language): Language {
  return setUiLanguage(language === 'en' ? 'en' : 'fr');
}

/** Opens a view of the sidebar in a larger dialog, in the interface language. */
export function openDialog(view: ViewName): void {
  showViewDialog(view === 'templates' ? 'templates' : 'statistics', uiLanguage());
}

export function getToday(): TodayView {
  const today = todayView(loadSnapshot(READS.today));
  if (!today) throw localizedError([localized('noInvoicesTab')]);
  return today;
}

export function getTodayPage(request: TodayPageRequest): TodayPage {
  const lists = ['emails', 'followUps', 'oldDebts', 'skips'] as const;
  const list = lists.find((name) => name === request?.list) ?? 'skips';
  const offset = Number.isFinite(request?.offset) ? request.offset : 0;
  const page = todayPage(loadSnapshot(READS.today), { list, offset });
  if (!page) throw localizedError([localized('noInvoicesTab')]);
  return page;
}

/**
 * What a run started now would send, read afresh and whole (Today carries only the first page
 * of a long list), with the clients who replied since the last run paused as the run will pause
 * them, for the user to confirm before a live run. Changes nothing.
 */
export function previewRunNow(): RunNowPreview {
  const workbook = activeWorkbook();
  const snapshot = withRecentExchanges(
    loadSnapshot(READS.today, workbook),
    calendarDateConverter(workbook.timeZone),
  );
  const today = todayView(snapshot);
  if (!today) throw localizedError([localized('noInvoicesTab')]);
  const whole = <T>(list: 'emails' | 'followUps', first: readonly T[], total: number): T[] => {
    const items = [...first];
    while (items.length < total) {
      const page = todayPage(snapshot, { list, offset: items.length });
      if (page?.list !== list || page.items.length === 0) break;
      items.push(...(page.items as readonly T[]));
    }
    return items;
  };
  return {
    testMode: today.testMode,
    emails: whole('emails', today.emails, today.totals.emails),
    notes: runNowNotes(snapshot),
    followUps: whole('followUps', today.followUps, today.totals.followUps),
  };
}

export function runNow(): RunNowResult {
  const { settings } = activeWorkbook();
  if (!settings.testMode && !hasSignature(settings))
    throw localizedError([localized('noSignature')]);
  const report = runDailyReminders({ trigger: 'manual', triggerUid: null });
  return { summary: report, today: getToday() };
}

export function skipInvoice(request: InvoiceRequest): TodayView {
  const number = invoiceNumberOf(request);
  return afterAction((workbook) => skip(workbook, number));
}

export function holdInvoice(request: HoldInvoiceRequest): TodayView {
  const { number, until } = holdRequestOf(request);
  return afterAction((workbook) => hold(workbook, number, until));
}

export function decideOldDebt(request: OldDebtRequest): TodayView {
  const decision = request?.decision;
  if (decision !== 'chase' && decision !== 'ignore')
    throw new Error(
      'Décision inconnue (chase / ignore attendu). / Unknown decision (chase / ignore expected).',
    );
  return afterAction((workbook) => decideDebt(workbook, String(request.invoiceNumber), decision));
}

export function resumeInvoice(request: InvoiceRequest): TodayView {
  const number = invoiceNumberOf(request);
  return afterAction((workbook) => release(workbook, number));
}

export function markCallDone(request: ClientRequest): TodayView {
  const { clientKey, invoiceNumbers } = clientGroupRequestOf(request);
  return afterAction((workbook) => callDone(workbook, clientKey, invoiceNumbers));
}

export function resumeClient(request: ClientRequest): TodayView {
  const { clientKey, invoiceNumbers } = clientGroupRequestOf(request);
  return afterAction((workbook) => resume(workbook, clientKey, invoiceNumbers));
}

/** A payment plan for one invoice or all of its client's overdue invoices (arguments checked). */
export function setPaymentPlan(request: PaymentPlanRequest): TodayView {
  const count = Number(request?.count);
  const plan = {
    invoiceNumber: String(request?.invoiceNumber ?? ''),
    allOverdueOfClient: request?.allOverdueOfClient === true,
    count: Number.isInteger(count) ? count : 3,
    firstDate: typeof request?.firstDate === 'string' ? request.firstDate : null,
  };
  return afterAction((workbook) => storePlan(workbook, plan));
}

/** Validated whole and saved whole, or nothing saved and every problem returned. */
export function saveSettings(settings: Settings): SaveSettingsResult {
  const workbook = activeWorkbook();
  const valid = validateSettings(settings);
  const refused = [
    ...contractRateProblems(workbook, settings),
    ...(valid.ok ? liveSignatureIssues(valid.settings) : []),
  ];
  if (refused.length > 0) return { ok: false, errors: refused };
  const result = storeSettings(settings, workbook);
  if (!result.ok) return { ok: false, errors: result.errors };
  // The view from what was just written: no second read of the spreadsheet's state.
  return { ok: true, view: settingsView(loadSnapshot(READS.none, rereadWorkbook(workbook))) };
}

/** Brings back the last good copy of damaged settings (the run sends nothing until then). */
export function restoreSettings(): SettingsView {
  const workbook = activeWorkbook();
  if (!restoreLastGood(workbook.stored, workbook.metadata))
    throw localizedError([localized('noLastGoodSettings')]);
  return settingsView(loadSnapshot(READS.none, rereadWorkbook(workbook)));
}

export function setAutomation(on: boolean): SettingsView {
  const workbook = activeWorkbook();
  const automation = setAutomationOn(workbook, switchOf(on));
  return settingsView(loadSnapshot(READS.none, rereadWorkbook(workbook), { automation }));
}

export function getTemplates(): TemplatesView {
  return templatesView(loadSnapshot(READS.templates));
}

/**
 * The invoice a preview renders on: the one the editor asks for, found in the editor's sample of
 * the tab (the whole tab is read only for a number outside it), else the sample's first.
 */
function previewSnapshot(
  invoiceNumber: string | null,
  workbook: Workbook = activeWorkbook(),
): { snapshot: SidebarSnapshot; invoice: Invoice | null } {
  const sample = loadSnapshot(READS.sample, workbook);
  const inSample = sample.invoices.find((i) => i.number === invoiceNumber);
  if (inSample || !invoiceNumber)
    return { snapshot: sample, invoice: inSample ?? sample.invoices[0] ?? null };
  const whole = loadSnapshot(READS.preview, workbook);
  const invoice =
    whole.invoices.find((i) => i.number === invoiceNumber) ?? whole.invoices[0] ?? null;
  return { snapshot: whole, invoice };
}

export function previewTemplate(raw: TemplatePreviewRequest): TemplatePreview {
  const request = previewRequestOf(raw);
  const workbook = activeWorkbook();
  const { snapshot, invoice } = previewSnapshot(request.invoiceNumber, workbook);
  // The run's own check of the linked file: a Drive look-up, its content left unread.
  const files = invoice && previewedFiles(request.template.stage, invoice, workbook, false);
  return renderPreview(request.template, invoice, previewInputs(snapshot), files ?? undefined);
}

/** Written to the templates tab, matched by template id on a fresh read of the tab. */
export function saveTemplate(raw: TemplateRecord): SaveTemplateResult {
  const edited = templateOf(raw);
  const template: TemplateRow = {
    ...edited,
    id: templateId(edited.stage, edited.segment, edited.language, edited.variant),
  };
  const originalId = edited.row === undefined ? null : edited.id;
  const saved = storeTemplate(activeWorkbook(), template, originalId);
  if (!saved.ok) {
    if ('issues' in saved) return { ok: false, issues: saved.issues.map(issueOf) };
    throw localizedError([saved.message]);
  }
  return { ok: true, view: templatesView(loadSnapshot(READS.templates)) };
}

export function sendTestEmail(raw: TemplatePreviewRequest): SendTestResult {
  const request = previewRequestOf(raw);
  const workbook = activeWorkbook();
  const { snapshot, invoice } = previewSnapshot(request.invoiceNumber, workbook);
  if (!invoice) throw localizedError([localized('noInvoiceToRender')]);
  // The files the run would attach, attached: the test reads as the client's e-mail would.
  const files = previewedFiles(request.template.stage, invoice, workbook, true);
  const rendered = renderMessage(
    request.template,
    previewContext(request.template, invoice, previewInputs(snapshot), files.blobs.length),
  );
  if (!rendered.ok) throw localizedError(rendered.errors.map((e) => e.message));
  return sendRenderedTest(workbook, rendered, files.blobs);
}

export function getSetupStatus(): SetupStatus {
  return setupStatus(loadSnapshot(READS.invoices));
}

/**
 * Chooses the invoices tab (and the quotes tab), fixes headers (an empty header returns a field to
 * detection) and the kind of client of rows without a « Type » cell.
 */
export function saveColumnMapping(raw: ColumnMappingRequest): SetupStatus {
  const workbook = activeWorkbook();
  const request = columnMappingOf(
    raw,
    workbook.sheets.map((sheet) => sheet.getName()),
  );
  const { settings } = workbook;
  const { quotes } = request;
  const result = storeSettings(
    {
      ...settings,
      invoicesSheet: request.invoicesSheet,
      columnOverrides: withOverrideChanges(settings.columnOverrides, request.overrides),
      ...(quotes && {
        quotesSheet: quotes.sheet,
        quoteColumnOverrides: withOverrideChanges(settings.quoteColumnOverrides, quotes.overrides),
      }),
      ...(request.defaultCustomerKind && { defaultCustomerKind: request.defaultCustomerKind }),
    },
    workbook,
  );
  if (!result.ok) throw localizedError(result.errors.map((e) => e.message));
  return setupStatus(loadSnapshot(READS.invoices, rereadWorkbook(workbook)));
}

export function createTabs(): SetupStatus {
  const result = setUp(activeWorkbook(), { createSample: true, language: uiLanguage() });
  if (!result.ready && result.created.length === 0) throw localizedError(result.problems);
  return setupStatus(loadSnapshot(READS.invoices));
}

export function sendSetupTest(): SendTestResult {
  const workbook = activeWorkbook();
  const snapshot = loadSnapshot(READS.setupTest, workbook);
  const result = setupTest(workbook, previewInputs(snapshot), snapshot.templates?.templates ?? []);
  if (!result.ok) throw localizedError([result.message]);
  return result.result;
}

export function goLive(): SetupStatus {
  const workbook = activeWorkbook();
  if (!hasSignature(workbook.settings)) throw localizedError([localized('noSignature')]);
  const saved = storeSettings(
    { ...workbook.settings, testMode: false, automation: true },
    workbook,
  );
  if (!saved.ok) throw localizedError(saved.errors.map((e) => e.message));
  const automation = applyAutomation(workbook, saved.settings);
  return setupStatus(loadSnapshot(READS.invoices, rereadWorkbook(workbook), { automation }));
}

/** The signature step of the start guide: name (required to go live), contact, company. */
export function saveSignature(request: SignatureRequest): SetupStatus {
  const workbook = activeWorkbook();
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const saved = storeSettings(
    {
      ...workbook.settings,
      senderName: text(request?.senderName),
      senderContact: text(request?.senderContact),
      senderCompany: text(request?.senderCompany),
    },
    workbook,
  );
  if (!saved.ok) throw localizedError(saved.errors.map((e) => e.message));
  return setupStatus(loadSnapshot(READS.invoices, rereadWorkbook(workbook)));
}

/** One read of the invoices, templates and log tabs (templates: the A/B comparison). */
export function getStatistics(): StatisticsView {
  return statistics(loadSnapshot(READS.statistics));
}

export function keepVariantOnly(request: KeepVariantRequest): KeepVariantResult {
  const stage = typeof request?.stage === 'string' ? request.stage : '';
  const variant = typeof request?.variant === 'string' ? request.variant : '';
  const result = keepVariant(activeWorkbook(), stage, variant);
  if (!result.ok) throw localizedError([result.message]);
  return { deactivated: result.deactivated, statistics: getStatistics() };
}

export function exportStatistics(): StatisticsExportResult {
  return exportStatisticsTab(activeWorkbook(), getStatistics());
}

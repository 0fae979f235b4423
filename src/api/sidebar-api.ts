import type { Language } from '../core/invoice.ts';
import type { Settings } from '../core/settings.ts';
import type { PaymentPlanRequest } from './payment-plans.ts';
import type { SaveSettingsResult, SettingsView } from './settings.ts';
import type { ColumnMappingRequest, SetupStatus, SignatureRequest } from './setup.ts';
import type { SidebarState, ViewName } from './sidebar-state.ts';
import type {
  KeepVariantRequest,
  KeepVariantResult,
  StatisticsExportResult,
  StatisticsView,
} from './statistics.ts';
import type {
  SaveTemplateResult,
  SendTestResult,
  TemplatePreview,
  TemplatePreviewRequest,
  TemplateRecord,
  TemplatesView,
} from './templates.ts';
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
} from './today.ts';

/**
 * Every server function the sidebar calls through `google.script.run`, with its argument and
 * result. The server's entry (src/entry/sidebar-functions.ts) implements exactly this interface and the
 * sidebar's bridge is typed by it, so both sides change together. Arguments and results are
 * plain JSON: dates are `YYYY-MM-DD` calendar dates or ISO instants, never `Date` objects
 * (https://developers.google.com/apps-script/guides/html/reference/run).
 */
export interface SidebarApi {
  /** The one call made when the sidebar opens. */
  getSidebarState(): SidebarState;
  /** Remembers the interface language chosen in the sidebar (per user). */
  setInterfaceLanguage(language: Language): Language;
  /** Opens a view in a larger modal dialog (statistics, template editor). */
  openDialog(view: ViewName): void;

  getToday(): TodayView;
  /** More items of a list the Today view carries only the first of. */
  getTodayPage(request: TodayPageRequest): TodayPage;
  /** What a run started now would send, for the user to confirm first. Changes nothing. */
  previewRunNow(): RunNowPreview;
  runNow(): RunNowResult;
  skipInvoice(request: InvoiceRequest): TodayView;
  holdInvoice(request: HoldInvoiceRequest): TodayView;
  decideOldDebt(request: OldDebtRequest): TodayView;
  /** Lifts the user's hold on an invoice (a hold with or without an end day). */
  resumeInvoice(request: InvoiceRequest): TodayView;
  markCallDone(request: ClientRequest): TodayView;
  resumeClient(request: ClientRequest): TodayView;
  /** A payment plan for one invoice or all of its client's overdue invoices. */
  setPaymentPlan(request: PaymentPlanRequest): TodayView;

  saveSettings(settings: Settings): SaveSettingsResult;
  setAutomation(on: boolean): SettingsView;
  /** Restores the last good copy of damaged settings. */
  restoreSettings(): SettingsView;

  getTemplates(): TemplatesView;
  previewTemplate(request: TemplatePreviewRequest): TemplatePreview;
  saveTemplate(template: TemplateRecord): SaveTemplateResult;
  sendTestEmail(request: TemplatePreviewRequest): SendTestResult;

  getSetupStatus(): SetupStatus;
  saveColumnMapping(request: ColumnMappingRequest): SetupStatus;
  createTabs(): SetupStatus;
  /** Sends a test reminder to the user's own address (test mode stays on). */
  sendSetupTest(): SendTestResult;
  /** Who signs the reminders: the sender's name (required to go live), contact and company. */
  saveSignature(request: SignatureRequest): SetupStatus;
  /** Leaves test mode and turns the daily automation on; refused without the sender's name. */
  goLive(): SetupStatus;

  /** Summary and outcome figures, from one reading of the invoices, templates and log tabs. */
  getStatistics(): StatisticsView;
  /** Switches off the other active variants of a stage whose A/B comparison has a winner. */
  keepVariantOnly(request: KeepVariantRequest): KeepVariantResult;
  /** Writes the outcome figures to the `Relance · stats` tab (created or rewritten). */
  exportStatistics(): StatisticsExportResult;
}

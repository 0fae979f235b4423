/**
 * Functions the sidebar calls through google.script.run. Each one implements its entry of
 * `SidebarApi` (src/api/sidebar-api.ts), the contract the sidebar's bridge is typed by: arguments
 * and results are plain JSON (https://developers.google.com/apps-script/guides/html/reference/run).
 * Each call is a fresh execution, so each reads what it needs once (loadSnapshot).
 */

import type { SidebarApi } from '../api/sidebar-api.ts';
import type { TodayView } from '../api/today.ts';
import {
  type ActionResult,
  markCallDone as callDone,
  decideOldDebt as decideDebt,
  holdInvoice as hold,
  resumeClient as resume,
  skipInvoice as skip,
} from '../app/actions/log-actions.ts';
import { applyAutomation, setAutomation as setAutomationOn } from '../app/automation/automation.ts';
import { runDailyReminders } from '../app/run/run-reminders.ts';
import { setUp } from '../app/setup/set-up.ts';
import { loadSnapshot } from '../app/sidebar/load-snapshot.ts';
import {
  settingsView,
  setupStatus,
  sidebarState,
  statistics,
  templatesView,
  todayView,
} from '../app/sidebar/sidebar-views.ts';
import {
  issueOf,
  previewContext,
  previewTemplate as renderPreview,
} from '../app/sidebar/templates-presenter.ts';
import { setUiLanguage, uiLanguage } from '../app/sidebar/ui-language.ts';
import { saveTemplate as storeTemplate } from '../app/templates/save-template.ts';
import { sendRenderedTest, sendSetupTest as setupTest } from '../app/test-send/send-test.ts';
import { activeWorkbook } from '../app/workbook/workbook.ts';
import type { LocalizedText } from '../core/localized-text.ts';
import { hasSignature, NO_SIGNATURE } from '../core/sender-name.ts';
import type { Settings } from '../core/settings.ts';
import { renderMessage, type TemplateRow, templateId } from '../core/templates/index.ts';
import { saveSettings as storeSettings } from '../gas/settings-store.ts';

type Api = SidebarApi;

const NO_INVOICE: LocalizedText = {
  fr: 'Aucune facture pour rendre le message.',
  en: 'No invoice to render the message on.',
};

/** A failure in the interface language: the bridge passes the message to the sidebar. */
function localizedError(messages: readonly LocalizedText[]): Error {
  const language = uiLanguage();
  return new Error(messages.map((m) => m[language]).join(' '));
}

/** A user action recorded in the log; the Today view is recomputed from the updated log. */
function afterAction(result: ActionResult): TodayView {
  if (!result.ok) throw localizedError([result.message]);
  return getToday();
}

export function getSidebarState(): ReturnType<Api['getSidebarState']> {
  return sidebarState(loadSnapshot());
}

export function setInterfaceLanguage(
  language: Parameters<Api['setInterfaceLanguage']>[0],
): ReturnType<Api['setInterfaceLanguage']> {
  return setUiLanguage(language === 'en' ? 'en' : 'fr');
}

/**
 * Serves the same single HTML file in a modal dialog, with the view and language written into
 * its `relance-view` marker (HtmlOutput.getContent:
 * https://developers.google.com/apps-script/reference/html/html-output#getContent(),
 * Ui.showModalDialog: https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)).
 */
export function openDialog(view: Parameters<Api['openDialog']>[0]): void {
  const safeView = view === 'templates' ? 'templates' : 'statistics';
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .getContent()
    .replace(/(<meta name="?relance-view"? content=")[^"]*"/, `$1${safeView}:${uiLanguage()}"`);
  const output = HtmlService.createHtmlOutput(html).setWidth(900).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(output, 'Relance');
}

export function getToday(): ReturnType<Api['getToday']> {
  const today = todayView(loadSnapshot());
  if (!today) throw new Error('No invoices tab is set up yet. / Aucun onglet de factures.');
  return today;
}

export function runNow(): ReturnType<Api['runNow']> {
  const { settings } = activeWorkbook();
  if (!settings.testMode && !hasSignature(settings)) throw localizedError([NO_SIGNATURE]);
  const report = runDailyReminders({ trigger: 'manual', triggerUid: null });
  return { summary: report, today: getToday() };
}

export function skipInvoice(
  request: Parameters<Api['skipInvoice']>[0],
): ReturnType<Api['skipInvoice']> {
  return afterAction(skip(activeWorkbook(), request.invoiceNumber));
}

export function holdInvoice(
  request: Parameters<Api['holdInvoice']>[0],
): ReturnType<Api['holdInvoice']> {
  return afterAction(hold(activeWorkbook(), request.invoiceNumber, request.until));
}

export function decideOldDebt(
  request: Parameters<Api['decideOldDebt']>[0],
): ReturnType<Api['decideOldDebt']> {
  const decision = request?.decision;
  if (decision !== 'chase' && decision !== 'ignore')
    throw new Error(
      'Décision inconnue (chase / ignore attendu). / Unknown decision (chase / ignore expected).',
    );
  return afterAction(decideDebt(activeWorkbook(), String(request.invoiceNumber), decision));
}

export function markCallDone(
  request: Parameters<Api['markCallDone']>[0],
): ReturnType<Api['markCallDone']> {
  return afterAction(callDone(activeWorkbook(), request.clientKey));
}

export function resumeClient(
  request: Parameters<Api['resumeClient']>[0],
): ReturnType<Api['resumeClient']> {
  return afterAction(resume(activeWorkbook(), request.clientKey));
}

/** Validated whole and saved whole, or nothing saved and every problem returned. */
export function saveSettings(settings: Settings): ReturnType<Api['saveSettings']> {
  const result = storeSettings(settings);
  if (!result.ok) return { ok: false, errors: result.errors };
  return { ok: true, view: settingsView(loadSnapshot()) };
}

export function setAutomation(on: boolean): ReturnType<Api['setAutomation']> {
  setAutomationOn(activeWorkbook(), on);
  return settingsView(loadSnapshot());
}

export function getTemplates(): ReturnType<Api['getTemplates']> {
  return templatesView(loadSnapshot());
}

export function previewTemplate(
  request: Parameters<Api['previewTemplate']>[0],
): ReturnType<Api['previewTemplate']> {
  const snapshot = loadSnapshot();
  const invoice =
    snapshot.invoices.find((i) => i.number === request.invoiceNumber) ??
    snapshot.invoices[0] ??
    null;
  return renderPreview(request.template, invoice, snapshot.settings, snapshot.today);
}

/** Written to the templates tab, matched by template id on a fresh read of the tab. */
export function saveTemplate(
  edited: Parameters<Api['saveTemplate']>[0],
): ReturnType<Api['saveTemplate']> {
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
  return { ok: true, view: templatesView(loadSnapshot()) };
}

export function sendTestEmail(
  request: Parameters<Api['sendTestEmail']>[0],
): ReturnType<Api['sendTestEmail']> {
  const workbook = activeWorkbook();
  const snapshot = loadSnapshot(workbook);
  const invoice =
    snapshot.invoices.find((i) => i.number === request.invoiceNumber) ?? snapshot.invoices[0];
  if (!invoice) throw localizedError([NO_INVOICE]);
  const rendered = renderMessage(
    request.template,
    previewContext(request.template, invoice, snapshot.settings, snapshot.today),
  );
  if (!rendered.ok) throw localizedError(rendered.errors.map((e) => e.message));
  return sendRenderedTest(workbook, rendered);
}

export function getSetupStatus(): ReturnType<Api['getSetupStatus']> {
  return setupStatus(loadSnapshot());
}

/** Chooses the invoices tab and fixes headers; an empty header returns a field to detection. */
export function saveColumnMapping(
  request: Parameters<Api['saveColumnMapping']>[0],
): ReturnType<Api['saveColumnMapping']> {
  const { settings } = loadSnapshot();
  const overrides: Record<string, string> = { ...settings.columnOverrides };
  for (const [field, header] of Object.entries(request.overrides)) {
    if (header === '') delete overrides[field];
    else overrides[field] = header;
  }
  const result = storeSettings({
    ...settings,
    invoicesSheet: request.invoicesSheet,
    columnOverrides: overrides,
  });
  if (!result.ok) throw localizedError(result.errors.map((e) => e.message));
  return setupStatus(loadSnapshot());
}

export function createTabs(): ReturnType<Api['createTabs']> {
  const result = setUp(activeWorkbook(), { createSample: true, language: uiLanguage() });
  if (!result.ready && result.created.length === 0) throw localizedError(result.problems);
  return setupStatus(loadSnapshot());
}

export function sendSetupTest(): ReturnType<Api['sendSetupTest']> {
  const result = setupTest(activeWorkbook());
  if (!result.ok) throw localizedError([result.message]);
  return result.result;
}

export function goLive(): ReturnType<Api['goLive']> {
  const workbook = activeWorkbook();
  if (!hasSignature(workbook.settings)) throw localizedError([NO_SIGNATURE]);
  const saved = storeSettings({ ...workbook.settings, testMode: false, automation: true });
  if (!saved.ok) throw localizedError(saved.errors.map((e) => e.message));
  applyAutomation(workbook, saved.settings);
  return setupStatus(loadSnapshot());
}

/** The signature step of the start guide: name (required to go live), contact, company. */
export function saveSignature(
  request: Parameters<Api['saveSignature']>[0],
): ReturnType<Api['saveSignature']> {
  const workbook = activeWorkbook();
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const saved = storeSettings({
    ...workbook.settings,
    senderName: text(request?.senderName),
    senderContact: text(request?.senderContact),
    senderCompany: text(request?.senderCompany),
  });
  if (!saved.ok) throw localizedError(saved.errors.map((e) => e.message));
  return setupStatus(loadSnapshot());
}

export function getStatistics(): ReturnType<Api['getStatistics']> {
  return statistics(loadSnapshot());
}

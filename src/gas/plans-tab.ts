/**
 * The payment plans, kept in a hidden tab of the spreadsheet itself: the daily run (which may have
 * no active document and opens the spreadsheet by id) and every editor's sidebar read the same
 * plans, which one user's properties could not give. One read per run; a new plan is one append.
 * Hidden with Sheet.hideSheet()
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet()); cells are
 * plain text so nothing becomes a date or a number
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)).
 */
import type { Language } from '../core/invoice.ts';
import type { PaymentPlan } from '../core/payment-plans/payment-plan.ts';
import { PLAN_HEADERS, plansFromRows, planToRows } from '../core/payment-plans/plan-rows.ts';
import { PLAIN_TEXT_FORMAT } from './log-tab.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PLANS_TAB_NAMES: Readonly<Record<Language, string>> = {
  fr: 'Relance · échéanciers',
  en: 'Relance · payment plans',
};

export function findPlansTab(sheets: readonly Sheet[]): Sheet | null {
  const names = Object.values(PLANS_TAB_NAMES).map((n) => n.toLowerCase());
  return sheets.find((s) => names.includes(s.getName().trim().toLowerCase())) ?? null;
}

/** Every plan of the tab; none when there is no tab yet. */
export function readPlans(sheet: Sheet | null): PaymentPlan[] {
  if (!sheet) return [];
  return plansFromRows(sheet.getDataRange().getValues());
}

/** Appends a new plan's rows, creating the hidden tab on first use. */
/** Appends `plan` to the plans tab, created (hidden) if there is none yet; returns the tab. */
export function appendPlan(
  spreadsheet: Spreadsheet,
  sheets: readonly Sheet[],
  plan: PaymentPlan,
  language: Language,
): Sheet {
  const headers = PLAN_HEADERS[language];
  let sheet = findPlansTab(sheets);
  if (!sheet) {
    sheet = spreadsheet.insertSheet(PLANS_TAB_NAMES[language]);
    sheet.getRange(1, 1, 1, headers.length).setValues([[...headers]]);
    sheet.setFrozenRows(1);
    sheet.hideSheet();
  }
  const rows = planToRows(plan, language);
  const first = sheet.getLastRow() + 1;
  if (first + rows.length - 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), first + rows.length - 1 - sheet.getMaxRows());
  sheet
    .getRange(first, 1, rows.length, headers.length)
    .setNumberFormat(PLAIN_TEXT_FORMAT)
    .setValues(rows);
  return sheet;
}

/**
 * Editor entry points: the add-on menu and the sidebar.
 *
 * Menus must exist before the user authorises the add-on, so `onOpen` does nothing that needs
 * authorisation in AuthMode.NONE (no properties, no locale look-up):
 * https://developers.google.com/workspace/add-ons/concepts/menus
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 */
import { forgetLogStateAfterEdit } from '../app/workbook/log-edit.ts';
import { languageOf } from '../core/language-of.ts';
import { menuLabels } from '../core/menu-labels.ts';
import { activeUserLocale } from '../gas/session-user.ts';

type OpenEvent = { authMode?: GoogleAppsScript.Script.AuthMode } | undefined;

export function onOpen(event?: OpenEvent): void {
  const limited = event?.authMode === ScriptApp.AuthMode.NONE;
  // Not the language chosen in the sidebar: properties cannot be read in AuthMode.NONE.
  const labels = menuLabels(languageOf(limited ? null : activeUserLocale()));
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(labels.open, 'showSidebar')
    .addItem(labels.runNow, 'runRemindersNow')
    .addSeparator()
    .addItem(labels.setUp, 'setUpRelance')
    .addToUi();
}

/** onInstall runs in AuthMode.FULL right after installation; the menu must appear at once. */
export function onInstall(event?: OpenEvent): void {
  onOpen(event);
}

/**
 * Simple trigger: a user's edit of the log makes Relance read it whole next time. Runs in
 * AuthMode.LIMITED, which reaches the document it runs in
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes);
 * it never throws at the user, whose edit stands whatever happens here.
 */
export function onEdit(): void {
  try {
    forgetLogStateAfterEdit(SpreadsheetApp.getActiveSpreadsheet());
  } catch {
    // Nothing to undo: a state that stays is still checked against the log when it is read.
  }
}

/** Serves the built sidebar (one self-contained HTML file); add-on sidebars are 300 px wide. */
export function showSidebar(): void {
  const output = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Relance');
  SpreadsheetApp.getUi().showSidebar(output);
}

/**
 * Serves the sidebar's single HTML file in a modal dialog, with the view and language written
 * into its `relance-view` marker (HtmlOutput.getContent:
 * https://developers.google.com/apps-script/reference/html/html-output#getContent(),
 * Ui.showModalDialog: https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)).
 */
import type { Language } from '../core/invoice.ts';

export function showViewDialog(view: 'statistics' | 'templates', language: Language): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .getContent()
    .replace(/(<meta name="?relance-view"? content=")[^"]*"/, `$1${view}:${language}"`);
  const output = HtmlService.createHtmlOutput(html).setWidth(900).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(output, 'Relance');
}

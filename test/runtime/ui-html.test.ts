/**
 * What the user sees: menus, sidebars, dialogs, toasts and alerts
 * (https://developers.google.com/apps-script/reference/base/ui), HTML from files and templates
 * (https://developers.google.com/apps-script/guides/html/templates), and data validation
 * (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUpBundles, runtimeFor } from './bundle-fixture.ts';

afterEach(cleanUpBundles);

const BUNDLE = {
  'Code.js': `
    function onOpen(e) {
      SpreadsheetApp.getUi().createAddonMenu()
        .addItem('Ouvrir Relance', 'showSidebar')
        .addSeparator()
        .addItem('Lancer les relances maintenant', 'runNow')
        .addToUi();
    }
    function showSidebar() {
      const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Relance').setWidth(500);
      SpreadsheetApp.getUi().showSidebar(html);
    }
    function showMissing() { HtmlService.createHtmlOutputFromFile('Missing'); }
    function showSummary() {
      const t = HtmlService.createTemplateFromFile('Summary');
      t.client = 'Dupont & Fils <SARL>';
      t.invoices = ['F-2026-014', 'F-2026-015'];
      t.banner = '<b>Test</b>';
      const html = t.evaluate().setWidth(420).setHeight(300);
      SpreadsheetApp.getUi().showModalDialog(html, 'Récapitulatif');
      return html.getContent();
    }
    function runReminders() { SpreadsheetApp.getUi().alert('Relances envoyées'); }
    function notify() {
      SpreadsheetApp.getActiveSpreadsheet().toast('3 relances envoyées', 'Relance', 10);
    }
    function confirmSend() {
      const ui = SpreadsheetApp.getUi();
      const answer = ui.alert('Envoyer 3 relances ?', 'Atelier Lumen, Studio Nord', ui.ButtonSet.YES_NO);
      return [answer === ui.Button.YES, String(answer)];
    }
    function addStatusDropdown() {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Factures');
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(['à relancer', 'payée', 'litige'], true)
        .setAllowInvalid(false)
        .build();
      sheet.getRange('C2:C3').setDataValidation(rule);
      const rules = sheet.getRange('C1:C2').getDataValidations();
      return [rules[0][0], String(rules[1][0].getCriteriaType()), rules[1][0].getCriteriaValues(),
        rules[1][0].getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST];
    }
  `,
  'Sidebar.html': '<!DOCTYPE html><html><body><h1>Relance</h1></body></html>',
  'Summary.html':
    '<h2><?= client ?></h2><?!= banner ?><ul><? for (var i = 0; i < invoices.length; i++) { ?><li><?= invoices[i] ?></li><? } ?></ul>',
};

function inSpreadsheet() {
  const runtime = runtimeFor(BUNDLE);
  const id = runtime.spreadsheets.create({
    name: 'Factures 2026',
    sheets: {
      Factures: [
        ['Numéro', 'Client', 'Statut'],
        ['F-2026-014', 'Atelier Lumen', 'à relancer'],
      ],
    },
  });
  runtime.defaults.activeSpreadsheetId = id;
  return { runtime, id };
}

describe('menus and sidebars', () => {
  it('records the add-on menu built by onOpen', () => {
    const { runtime, id } = inSpreadsheet();
    runtime.runAsTrigger('onOpen', { authMode: 'NONE' });
    expect(runtime.ui.lastMenu).toMatchObject({
      kind: 'addon',
      spreadsheetId: id,
      items: [
        { caption: 'Ouvrir Relance', functionName: 'showSidebar' },
        { separator: true },
        { caption: 'Lancer les relances maintenant', functionName: 'runNow' },
      ],
    });
  });

  it('shows a sidebar from an HTML file of the bundle, 300 px wide whatever setWidth says', () => {
    // base/ui#showSidebar: add-on sidebars have a fixed width.
    const { runtime } = inSpreadsheet();
    runtime.run('showSidebar');
    expect(runtime.ui.lastSidebar).toMatchObject({
      title: 'Relance',
      width: 300,
      content: '<!DOCTYPE html><html><body><h1>Relance</h1></body></html>',
    });
  });

  it('names the missing file as Apps Script does', () => {
    const { runtime } = inSpreadsheet();
    expect(() => runtime.run('showMissing')).toThrow('No HTML file named Missing was found.');
  });

  it('evaluates template scriptlets: <?= ?> escaped, <?!= ?> raw, <? ?> code', () => {
    const { runtime } = inSpreadsheet();
    const content = runtime.run('showSummary');
    expect(content).toBe(
      '<h2>Dupont &amp; Fils &lt;SARL&gt;</h2><b>Test</b><ul><li>F-2026-014</li><li>F-2026-015</li></ul>',
    );
    expect(runtime.ui.dialogs[0]).toMatchObject({
      kind: 'modalDialog',
      title: 'Récapitulatif',
      width: 420,
      height: 300,
    });
  });

  it('refuses getUi in a time-driven trigger', () => {
    // spreadsheet-app#getUi: only in the context of the user's open spreadsheet.
    const { runtime } = inSpreadsheet();
    expect(() =>
      runtime.runAsTrigger(
        'runReminders',
        { triggerUid: '4417620' },
        { activeSpreadsheetId: null },
      ),
    ).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('toasts and alerts', () => {
  it('records toasts', () => {
    const { runtime, id } = inSpreadsheet();
    runtime.run('notify');
    expect(runtime.ui.toasts).toMatchObject([
      { spreadsheetId: id, message: '3 relances envoyées', title: 'Relance', timeoutSeconds: 10 },
    ]);
  });

  it('answers alerts with the queued button, YES by default for a yes/no question', () => {
    const { runtime } = inSpreadsheet();
    expect(runtime.run('confirmSend')).toEqual([true, 'YES']);
    runtime.ui.alertAnswers.push('NO');
    expect(runtime.run('confirmSend')).toEqual([false, 'NO']);
    expect(runtime.ui.alerts.map((a) => [a.title, a.answer])).toEqual([
      ['Envoyer 3 relances ?', 'YES'],
      ['Envoyer 3 relances ?', 'NO'],
    ]);
  });
});

describe('data validation', () => {
  it('records a dropdown rule on the cells and reads it back', () => {
    const { runtime } = inSpreadsheet();
    expect(runtime.run('addStatusDropdown')).toEqual([
      null,
      'VALUE_IN_LIST',
      [['à relancer', 'payée', 'litige'], true],
      true,
    ]);
  });
});

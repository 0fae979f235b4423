/**
 * The editor entry points of the compiled bundle, run in the offline runtime as Sheets would run
 * them: the add-on menu on open (in every authorisation mode) and the sidebar.
 */
import { describe, expect, it } from 'vitest';
import { createOfflineAddon } from '../../local/offline-addon.ts';
import { DIST } from './support/world.ts';

const distDir = DIST;

function openWorkbook(userLocale = 'fr') {
  const addon = createOfflineAddon({ distDir, userLocale });
  const spreadsheetId = addon.runtime.spreadsheets.create({
    name: 'Factures 2026',
    sheets: {
      Factures: [
        ['N° facture', 'Client', 'E-mail', 'Montant TTC', 'Échéance'],
        ['F-2026-001', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1200, { date: '2026-02-27' }],
      ],
    },
  });
  return { addon, spreadsheetId };
}

function menuFunctions(addon: ReturnType<typeof createOfflineAddon>): string[] {
  const items = addon.runtime.ui.lastMenu?.items ?? [];
  return items.flatMap((item) => ('functionName' in item ? [item.functionName] : []));
}

describe('onOpen', () => {
  // https://developers.google.com/workspace/add-ons/concepts/menus: the menu must be built
  // before authorisation, without touching properties in AuthMode.NONE.
  it('adds the add-on menu in AuthMode.NONE without needing authorisation', () => {
    const { addon, spreadsheetId } = openWorkbook();
    addon.runtime.runAsTrigger(
      'onOpen',
      { authMode: 'NONE' },
      { activeSpreadsheetId: spreadsheetId },
    );
    const menu = addon.runtime.ui.lastMenu;
    expect(menu?.kind).toBe('addon');
    expect(menuFunctions(addon)).toEqual(['showSidebar', 'runRemindersNow', 'setUpRelance']);
    expect(menu?.items[0]).toMatchObject({ caption: 'Ouvrir Relance' });
  });

  it('speaks English to an English-speaking user once authorised', () => {
    const { addon, spreadsheetId } = openWorkbook('en');
    addon.runtime.runAsTrigger(
      'onOpen',
      { authMode: 'LIMITED' },
      { activeSpreadsheetId: spreadsheetId },
    );
    expect(addon.runtime.ui.lastMenu?.items[0]).toMatchObject({ caption: 'Open Relance' });
  });

  it('names only functions the bundle really declares', () => {
    const { addon, spreadsheetId } = openWorkbook();
    addon.runtime.runAsTrigger(
      'onOpen',
      { authMode: 'FULL' },
      { activeSpreadsheetId: spreadsheetId },
    );
    for (const name of menuFunctions(addon)) {
      expect(() => addon.runtime.runWith({ activeSpreadsheetId: spreadsheetId }, name)).not.toThrow(
        /Script function not found/,
      );
    }
  });
});

describe('onInstall', () => {
  it('builds the menu at once, as onOpen would', () => {
    const { addon, spreadsheetId } = openWorkbook();
    addon.runtime.runAsTrigger(
      'onInstall',
      { authMode: 'FULL' },
      { activeSpreadsheetId: spreadsheetId },
    );
    expect(menuFunctions(addon)).toContain('showSidebar');
  });
});

describe('showSidebar', () => {
  it('serves the built sidebar HTML, titled Relance', () => {
    const { addon, spreadsheetId } = openWorkbook();
    addon.runtime.runWith({ activeSpreadsheetId: spreadsheetId, hasUi: true }, 'showSidebar');
    const sidebar = addon.runtime.ui.lastSidebar;
    expect(sidebar?.title).toBe('Relance');
    expect(sidebar?.content).toContain('<script');
    expect(sidebar?.content.length).toBeGreaterThan(10_000);
  });
});

describe('menu actions', () => {
  it('report in the language the user chose in the sidebar, over their Google locale', () => {
    const { addon, spreadsheetId } = openWorkbook('fr');
    const inDoc = { activeSpreadsheetId: spreadsheetId, hasUi: true };
    addon.runtime.runWith(inDoc, 'setInterfaceLanguage', 'en');
    addon.runtime.runWith(inDoc, 'setUpRelance');
    expect(addon.runtime.ui.toasts.at(-1)?.message).toBe(
      'Relance is ready (test mode) on “Factures”. Open Relance to continue.',
    );
    addon.runtime.runWith(inDoc, 'runRemindersNow');
    expect(addon.runtime.ui.toasts.at(-1)?.message).toMatch(/^\d+ test e-mail\(s\), 0 draft\(s\)/);
  });

  it('speak the Google locale when the user never chose', () => {
    const { addon, spreadsheetId } = openWorkbook('fr');
    addon.runtime.runWith({ activeSpreadsheetId: spreadsheetId, hasUi: true }, 'setUpRelance');
    expect(addon.runtime.ui.toasts.at(-1)?.message).toBe(
      'Relance est prêt (mode test) sur « Factures ». Ouvrez Relance pour continuer.',
    );
  });
});

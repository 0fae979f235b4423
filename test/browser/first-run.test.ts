/**
 * The first-run guide in a real browser, on a workbook Relance never saw (only the user's
 * "Factures" tab): the column mapping with the header used for each field, the tabs created in
 * the spreadsheet, test mode on, a test sent to the user's own Gmail, then live with the daily
 * trigger installed. Each step is checked in the offline runtime, not only on screen.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER as DEV_USER } from '../../local/demo/demo-addon.ts';
import { DEMO_QUOTES_SHEET } from '../../local/demo/quotes.ts';
import { storedSettingsText } from '../../local/demo/stored-settings.ts';
import { DEMO_SHEET } from '../../local/demo/workbook.ts';
import { openSidebarSession, type SidebarSession, SOON, screenshot } from './sidebar-session.ts';

let session: SidebarSession;

beforeAll(async () => {
  session = await openSidebarSession({ setUp: false });
  await session.open();
});

afterAll(async () => {
  await session?.close();
});

/** The settings the add-on stored in the document, as the daily run will read them. */
function storedSettings(): {
  testMode: boolean;
  automation: boolean;
  invoicesSheet: string;
  senderName: string;
  senderContact: string;
} {
  const { dev } = session;
  const raw = storedSettingsText(dev.addon.runtime, dev.spreadsheetId);
  expect(raw, 'settings stored in the spreadsheet').toBeTruthy();
  return JSON.parse(raw ?? '{}');
}

const stepButton = (name: string) => session.page.getByRole('button', { name, exact: true });

describe('the first-run guide', () => {
  it('shows which header of the invoices tab it uses for each field before changing anything', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'Bienvenue dans Relance' }).waitFor();
    expect(session.tabs()).toEqual([DEMO_SHEET, DEMO_QUOTES_SHEET]);
    expect(await page.getByLabel('Onglet des factures').inputValue()).toBe(DEMO_SHEET);
    const headerFor = (field: string) => page.locator(`#map-${field}`).inputValue();
    expect(await headerFor('number')).toBe('N° facture');
    expect(await headerFor('client')).toBe('Client');
    expect(await headerFor('email')).toBe('E-mail');
    expect(await headerFor('amount')).toBe('Montant TTC');
    expect(await headerFor('dueDate')).toBe('Échéance');
    expect(await headerFor('amountPaid')).toBe('Montant payé');
    // A field the tab has no column for says so, and the user can pick one.
    expect(await headerFor('paymentLink')).toBe('');
    // The demo's F-2026-005 is on two rows: both wait until the duplicate is fixed.
    await expect.poll(() => page.getByText(/40 factures lues/).count(), SOON).toBe(1);
    await screenshot(page, 'start-1-columns');
    // Opening the guide wrote nothing.
    expect(session.tabs()).toEqual([DEMO_SHEET, DEMO_QUOTES_SHEET]);
    expect(session.calls).toEqual(['getSidebarState']);
  });

  it('creates the templates and log tabs and turns test mode on', async () => {
    const { page } = session;
    await stepButton('Créer les onglets').click();
    await stepButton('Créer les onglets').waitFor({ state: 'detached' });
    expect(session.tabs()).toEqual([
      DEMO_SHEET,
      DEMO_QUOTES_SHEET,
      'Relance · modèles',
      'Relance · journal',
    ]);
    const templates = session.sheet('Relance · modèles');
    expect(templates.length).toBeGreaterThan(10);
    expect(templates.some((row) => row.includes('r1') && row.includes('fr'))).toBe(true);
    expect(storedSettings().testMode).toBe(true);
    expect(storedSettings().invoicesSheet).toBe(DEMO_SHEET);
    await page.getByText('Mode test : tout part vers vous, pas vers les clients.').waitFor();
    await screenshot(page, 'start-2-tabs');
  });

  it('asks who signs the reminders, the name suggested from the account', async () => {
    const { page } = session;
    const name = page.getByLabel('Votre nom');
    expect(await name.inputValue()).not.toBe('');
    expect(await stepButton('Passer en réel et activer').isDisabled()).toBe(true);
    await page.getByLabel('Contact (téléphone ou e-mail, facultatif)').fill('06 12 34 56 78');
    await stepButton('Enregistrer la signature').click();
    await page.getByText('Indiquez votre nom (étape').waitFor({ state: 'detached' });
    expect(storedSettings().senderName).toBe(await name.inputValue());
    expect(storedSettings().senderContact).toBe('06 12 34 56 78');
  });

  it('sends a test to the user, and to nobody else', async () => {
    const { page, dev } = session;
    expect(dev.addon.mailbox.sent()).toEqual([]);
    await stepButton("M'envoyer un test").click();
    await page.getByText(`Test envoyé à ${DEV_USER}.`).waitFor();
    const sent = dev.addon.mailbox.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toEqual([DEV_USER]);
    expect(sent[0]?.subject).toMatch(/^\[TEST\] /);
    await screenshot(page, 'start-3-test');
  });

  it('goes live: test mode off, the daily trigger installed, and Today shown', async () => {
    const { page, dev } = session;
    expect(dev.addon.triggers.list()).toEqual([]);
    // It asks first, saying when the first real e-mails leave; cancelling changes nothing.
    await stepButton('Passer en réel et activer').click();
    const question = page.getByRole('alertdialog');
    expect(await question.textContent()).toMatch(/prochain envoi quotidien, vers \d+ h/);
    await question.getByRole('button', { name: 'Annuler' }).click();
    expect(storedSettings()).toMatchObject({ testMode: true });
    expect(dev.addon.triggers.list()).toEqual([]);
    await stepButton('Passer en réel et activer').click();
    await stepButton('Oui, passer en réel').click();
    await page.getByRole('tab', { name: "Aujourd'hui", selected: true }).waitFor();
    const triggers = dev.addon.triggers.list();
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({
      handler: 'runReminders',
      eventType: 'CLOCK',
      documentId: dev.spreadsheetId,
    });
    expect(storedSettings()).toMatchObject({ testMode: false, automation: true });
    // Live: the badge is gone and the plan lists real recipients.
    await page.getByRole('article', { name: 'Menuiserie Girard' }).waitFor();
    expect(await page.getByText('Mode test : tout part vers vous').count()).toBe(0);
    // Nothing was sent to a client while setting up.
    expect(dev.addon.mailbox.sent().map((m) => m.to)).toEqual([[DEV_USER]]);
  });
});

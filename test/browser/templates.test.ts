/**
 * Templates in a real browser: the list comes from the templates tab, an edit shows errors as
 * the user types and a live preview on a real invoice, and saving writes the tab; an edit made in
 * the sheet shows up after "Reload from the sheet".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebarSession, type SidebarSession, SOON, screenshot } from './sidebar-session.ts';

const TAB = 'Relance · modèles';
const SUBJECT_COLUMN = 4; // stage, segment, language, variant, subject, body, active

let session: SidebarSession;

const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The templates tab's row of a template, as the daily run reads it. */
function tabRow(stage: string, segment: string, language: string, variant: string) {
  return session
    .sheet(TAB)
    .find(
      (row) => row[0] === stage && row[1] === segment && row[2] === language && row[3] === variant,
    );
}

beforeAll(async () => {
  session = await openSidebarSession();
  await session.open();
  await session.page.getByRole('tab', { name: 'Modèles' }).click();
  await session.page.getByRole('heading', { name: 'Modèles' }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('editing a template', () => {
  it('lists the templates of the tab', async () => {
    const { page } = session;
    const first = page.getByRole('button', { name: /Relance 1 · Tous profils · FR · A/ });
    expect(plain(await first.textContent())).toContain('Rappel de paiement – {{invoice_ref}}');
    expect(tabRow('r1', 'all', 'fr', 'A')?.[SUBJECT_COLUMN]).toBe(
      'Rappel de paiement – {{invoice_ref}}',
    );
    await screenshot(page, 'templates');
  });

  it('flags an unknown placeholder as the user types and previews on a real invoice', async () => {
    const { page } = session;
    await page.getByRole('button', { name: /Relance 1 · Tous profils · FR · A/ }).click();
    await page.getByRole('heading', { name: /Modèle, ligne \d+/ }).waitFor();
    await page
      .getByLabel('Sur la facture')
      .selectOption({ label: 'F-2026-014 · Menuiserie Girard' });

    const subject = page.getByLabel('Objet', { exact: true });
    await subject.fill('Petit rappel – {{invoice_ref}} ({{montant_ttc}})');
    await page.getByText('Champ inconnu : {{montant_ttc}}').first().waitFor();

    // A French alias is as good as the name: {{total_du}} is {{total_due}}.
    await subject.fill('Petit rappel – {{invoice_ref}} ({{total_du}})');
    await expect.poll(() => page.getByText('Champ inconnu').count(), SOON).toBe(0);
    // The server renders the draft on F-2026-014: 2 000 € less 800 € paid.
    const preview = page.locator('p.subject');
    await expect
      .poll(async () => plain(await preview.textContent()), SOON)
      .toBe('Petit rappel – facture F-2026-014 (1 200,00 €)');
    const body = page.frameLocator('iframe.preview').locator('body');
    await expect.poll(async () => plain(await body.textContent()), SOON).toContain('F-2026-014');
    await screenshot(page, 'template-editor');
    // Nothing is written while editing.
    expect(tabRow('r1', 'all', 'fr', 'A')?.[SUBJECT_COLUMN]).toBe(
      'Rappel de paiement – {{invoice_ref}}',
    );
  });

  it('writes the saved template to the templates tab and lists it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('heading', { name: 'Modèles' }).waitFor();
    expect(tabRow('r1', 'all', 'fr', 'A')?.[SUBJECT_COLUMN]).toBe(
      'Petit rappel – {{invoice_ref}} ({{total_du}})',
    );
    const item = page.getByRole('button', { name: /Relance 1 · Tous profils · FR · A/ });
    expect(plain(await item.textContent())).toContain(
      'Petit rappel – {{invoice_ref}} ({{total_du}})',
    );
  });

  it('shows an edit made in the sheet after reloading from the sheet', async () => {
    const { page, dev } = session;
    const rowIndex = session
      .sheet(TAB)
      .findIndex((r) => r[0] === 'r2' && r[1] === 'all' && r[2] === 'en');
    expect(rowIndex).toBeGreaterThan(0);
    dev.addon.runtime.spreadsheets.setCells(
      dev.spreadsheetId,
      TAB,
      rowIndex + 1,
      SUBJECT_COLUMN + 1,
      [['Second reminder: {{invoice_ref}} is now {{days_overdue}} days late']],
    );
    await page.getByRole('button', { name: 'Relire la feuille' }).click();
    const item = page.getByRole('button', { name: /Relance 2 · Tous profils · EN · A/ });
    await expect
      .poll(async () => plain(await item.textContent()), SOON)
      .toContain('Second reminder: {{invoice_ref}} is now {{days_overdue}} days late');
  });
});

describe('the editor at sidebar width', () => {
  it('lists each error once, in words, and drops it as soon as the template is fixed', async () => {
    const { page } = session;
    await page.getByRole('button', { name: /Relance 2 · Tous profils · FR · A/ }).click();
    await page.getByRole('heading', { name: /Modèle, ligne \d+/ }).waitFor();
    const body = page.getByLabel('Message', { exact: true });
    const original = await body.inputValue();
    await body.fill(`${original}\n{{reste_a_payer}}`);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const errors = page.locator('ul.issues li');
    await expect
      .poll(async () => (await errors.allTextContents()).map(plain), SOON)
      .toEqual([
        'Dans le corps : champ inconnu « {{reste_a_payer}} ». Les noms possibles sont dans la liste des champs.',
      ]);
    // Fixed (a real alias of balance_due): the error goes before any save.
    await body.fill(`${original}\n{{reste_du}}`);
    await expect.poll(() => errors.count(), SOON).toBe(0);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('heading', { name: 'Modèles', level: 2 }).waitFor();
  });

  it('explains every syntax with an example, fits the preview, and never hides a control under the action bar', async () => {
    const { page } = session;
    await page.getByRole('button', { name: /Relance 1 · Tous profils · FR · A/ }).click();
    await page.getByText('Comment écrire un modèle').click();
    const help = plain(await page.locator('details.syntax').textContent());
    expect(help).toContain('{{plural:la facture|les factures}}');
    expect(help).toContain('les factures F-12 et F-15');
    expect(help).toContain('{{invoice_list}}');
    expect(help).toContain('{{#sender_contact}}…{{/sender_contact}}');
    expect(help).toContain('Sans contact : Une question ?');

    // The preview's invoice table fits the frame: no column cut off.
    const frame = page.frameLocator('iframe.preview');
    await frame.locator('table').first().waitFor();
    const widths = await frame
      .locator('html')
      .evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);

    // Focusing a control scrolls it clear of the sticky bar.
    const bar = await page.locator('.sticky-actions').boundingBox();
    expect(bar?.height ?? 0).toBeLessThan(45);
    for (const name of ['Actif', 'Message']) {
      const control = page.getByLabel(name, { exact: true });
      await control.focus();
      const box = await control.boundingBox();
      const barNow = await page.locator('.sticky-actions').boundingBox();
      expect(box && barNow && box.y + Math.min(box.height, 20) <= barNow.y, name).toBe(true);
    }
    await page.getByRole('button', { name: /Retour à la liste/ }).click();
  });
});

/**
 * Settings in a real browser: an invalid value is reported next to its field and in a summary,
 * and nothing at all is saved (not even the valid changes made alongside); once corrected, the
 * whole form is saved to the document.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedSettingsText } from '../../local/demo/stored-settings.ts';
import { openSidebarSession, type SidebarSession, screenshot } from './sidebar-session.ts';

let session: SidebarSession;

/** The settings JSON the add-on keeps in the spreadsheet. */
function storedSettings(): string {
  const { dev } = session;
  return storedSettingsText(dev.addon.runtime, dev.spreadsheetId) ?? '';
}

beforeAll(async () => {
  session = await openSidebarSession();
  await session.open();
  await session.page.getByRole('tab', { name: 'Réglages' }).click();
  await session.page.getByRole('heading', { name: 'Réglages', level: 2 }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('saving settings', () => {
  it('shows the error next to the field and saves nothing', async () => {
    const { page } = session;
    const before = storedSettings();
    expect(JSON.parse(before)).toMatchObject({ senderName: '', minGapDays: 5 });

    await page.getByText('Expéditeur', { exact: true }).click();
    await page.getByLabel("Nom de l'expéditeur").fill('Camille Martin');
    await page.getByText('Règles', { exact: true }).click();
    const gap = page.getByLabel('Jours minimum entre deux relances');
    await gap.fill('0');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    const error = page.locator('#s-minGapDays-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Doit être un nombre entier de 1 à 60 (reçu : 0).');
    expect(await gap.getAttribute('aria-invalid')).toBe('true');
    expect(await gap.getAttribute('aria-describedby')).toContain('s-minGapDays-error');
    const summary = page.getByRole('alert');
    expect(await summary.textContent()).toContain(
      "1 réglage à corriger : rien n'a été enregistré.",
    );
    await screenshot(page, 'settings-error');
    // Nothing saved half-way: the valid sender name went nowhere either.
    expect(storedSettings()).toBe(before);
  });

  it('saves the whole form once the value is corrected', async () => {
    const { page } = session;
    await page.getByLabel('Jours minimum entre deux relances').fill('7');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Enregistré.').waitFor();
    expect(await page.locator('#s-minGapDays-error').count()).toBe(0);
    expect(JSON.parse(storedSettings())).toMatchObject({
      senderName: 'Camille Martin',
      minGapDays: 7,
      testMode: true,
    });
  });
});

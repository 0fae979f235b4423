/**
 * Settings in a real browser: an invalid value is reported next to its field and in a summary,
 * and nothing at all is saved (not even the valid changes made alongside); once corrected, the
 * whole form is saved to the document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebarSession, type SidebarSession, screenshot } from './sidebar-session.ts';

let session: SidebarSession;

/** The settings JSON the add-on keeps in the document properties. */
function storedSettings(): string {
  const { dev } = session;
  return dev.addon.runtime.properties.document(dev.spreadsheetId).get('relance.settings') ?? '';
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
    // The summary names the field, as its label reads.
    expect(await summary.getByRole('link').textContent()).toBe(
      'Jours minimum entre deux relances : Doit être un nombre entier de 1 à 60 (reçu : 0).',
    );
    await screenshot(page, 'settings-error');
    // Nothing saved half-way: the valid sender name went nowhere either.
    expect(storedSettings()).toBe(before);
  });

  it('saves the whole form once the value is corrected', async () => {
    const { page } = session;
    await page.getByLabel('Jours minimum entre deux relances').fill('7');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Enregistré.', { exact: true }).waitFor();
    expect(await page.locator('#s-minGapDays-error').count()).toBe(0);
    expect(JSON.parse(storedSettings())).toMatchObject({
      senderName: 'Camille Martin',
      minGapDays: 7,
      testMode: true,
    });
    // The sections the user opened are still open after saving.
    expect(await page.locator('details.section[open] > summary').allTextContents()).toEqual([
      'Expéditeur',
      'Règles',
    ]);
  });

  it('speaks of a share in percent, the unit the field is typed in', async () => {
    const { page } = session;
    await page.getByText('Seuils des profils', { exact: true }).click();
    await page.getByLabel('Ponctuel : part de retards au plus').fill('150');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const error = page.locator('[id="s-thresholds.punctualMaxLateShare-error"]');
    await error.waitFor();
    expect(await error.textContent()).toBe('Doit être un pourcentage de 0 à 100 % (reçu : 150 %).');
    expect(await page.getByRole('alert').getByRole('link').textContent()).toBe(
      'Ponctuel : part de retards au plus : Doit être un pourcentage de 0 à 100 % (reçu : 150 %).',
    );
    await page.getByLabel('Ponctuel : part de retards au plus').fill('10');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Enregistré.', { exact: true }).waitFor();
  });

  it('names the reference rates in words and wraps their sources', async () => {
    const { page } = session;
    const section = page.locator('details.section', { hasText: 'Pénalités de retard' });
    if ((await section.getAttribute('open')) === null)
      await page.getByText('Pénalités de retard', { exact: true }).click();
    await page.getByRole('button', { name: 'Ajouter un taux' }).click();
    await page.getByText('BCE — taux de refinancement principal').first().waitFor();
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  });
});

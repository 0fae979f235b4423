/**
 * Every view of the built sidebar at 300 px, audited with axe-core (no serious or critical
 * violation: https://github.com/dequelabs/axe-core/blob/develop/doc/rule-descriptions.md) and
 * saved as a screenshot to out/screenshots/ (the README shows the main ones, copied to
 * docs/screenshots/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openSidebarSession,
  type SidebarSession,
  screenshot,
  seriousViolations,
} from './sidebar-session.ts';

let session: SidebarSession;

beforeAll(async () => {
  // Set up in test mode, as after "Set up…": the guide opens first, every view has content.
  session = await openSidebarSession();
  await session.open();
});

afterAll(async () => {
  await session?.close();
});

async function openTab(name: string, ready: string): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name }).click();
  await page.getByRole('heading', { name: ready, level: 2 }).waitFor();
}

describe('every view passes an axe audit at sidebar width', () => {
  it('Start: the first-run guide', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'Bienvenue dans Relance' }).waitFor();
    await screenshot(page, 'start');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('Today: what the next run sends, follow-ups, skips, rows to fix, the week ahead', async () => {
    const { page } = session;
    await openTab("Aujourd'hui", 'Prochain envoi — 2 mars 2026');
    await page.getByRole('article', { name: 'Menuiserie Girard' }).waitFor();
    await screenshot(page, 'today');
    expect(await seriousViolations(page)).toEqual([]);
    // The hold form opened on an invoice.
    await page.getByRole('button', { name: 'Suspendre F-2026-014' }).click();
    await page.getByLabel(/Suspendre jusqu'au/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuler' }).click();
  });

  it('Templates: the list and the editor with its preview', async () => {
    const { page } = session;
    await openTab('Modèles', 'Modèles');
    await page.getByRole('button', { name: /Relance 1 · Tous profils · FR · A/ }).waitFor();
    await screenshot(page, 'templates');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Relance 1 · Tous profils · FR · A/ }).click();
    await page.locator('iframe.preview').waitFor();
    await page.getByText('Champs à insérer').click();
    // The palette's descriptions come with getTemplates, from the server's data file.
    await page.getByText('Nom du client', { exact: true }).waitFor();
    await screenshot(page, 'template-editor');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Retour à la liste/ }).click();
  });

  it('Settings: every section open, then with a validation error', async () => {
    const { page } = session;
    await openTab('Réglages', 'Réglages');
    await screenshot(page, 'settings');
    for (const summary of await page.locator('details.section > summary').all()) {
      await summary.click();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Jours minimum entre deux relances').fill('0');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('alert').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('Statistics: charts, then tables', async () => {
    const { page } = session;
    await openTab('Stats', 'Stats');
    await page.getByRole('heading', { name: 'EUR', exact: true }).waitFor();
    await screenshot(page, 'statistics');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Afficher en tableau' }).click();
    await page.getByRole('table').first().waitFor();
    await screenshot(page, 'statistics-table');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('Statistics in a larger dialog, in English', async () => {
    const { page, dev } = session;
    await page.goto(`${dev.url}?view=statistics:en`);
    await page.getByRole('heading', { name: 'Stats', level: 2 }).waitFor();
    await page.getByText('Aging of unpaid invoices').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

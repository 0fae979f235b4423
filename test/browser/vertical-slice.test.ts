/**
 * The vertical slice in a real browser: the built sidebar opens on a live workbook with ONE
 * server round trip and shows what the server computed from the sheet; after the user changes a
 * row in the sheet, "Refresh" shows the new figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HEADERS, DEMO_SHEET } from '../../local/demo/workbook.ts';
import { goLiveSigned, openSidebarSession, type SidebarSession, SOON } from './sidebar-session.ts';

let session: SidebarSession;

/** Text as a person reads it: Intl's narrow and non-breaking spaces become plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  session = await openSidebarSession();
  const { dev } = session;
  // Set up and live: the sidebar opens on Today, as it does every day after the guide.
  goLiveSigned(dev);
});

afterAll(async () => {
  await session?.close();
});

function invoiceRow(number: string): number {
  const index = session.sheet(DEMO_SHEET).findIndex((row) => String(row[0]).trim() === number);
  expect(index, `${number} in the invoices tab`).toBeGreaterThan(0);
  return index + 1;
}

describe('opening the sidebar', () => {
  it('costs one server round trip and shows the balances the server worked out from the sheet', async () => {
    const { page } = session;
    await session.open();
    const girard = page.getByRole('article', { name: 'Menuiserie Girard' });
    // F-2026-014: 2 000 € invoiced, 800 € paid (the "Montant payé" column): 1 200 € still due.
    await girard.getByText('F-2026-014', { exact: true }).first().waitFor();
    const text = plain(await girard.textContent());
    expect(text).toContain('F-2026-014 · 1 200,00 €');
    expect(text).toContain('8 jours de retard');
    await page.waitForLoadState('networkidle');
    expect(session.calls).toEqual(['getSidebarState']);
    // Going back to Today later costs nothing either: the first answer already holds it.
    await page.getByRole('tab', { name: 'Réglages' }).click();
    await page.getByRole('tab', { name: "Aujourd'hui" }).click();
    expect(session.calls).toEqual(['getSidebarState']);
  });

  it('shows the new amount after the user changes it in the sheet and refreshes', async () => {
    const { page, dev } = session;
    await session.open();
    const lefevre = page.getByRole('article', { name: 'Boulangerie Lefèvre' });
    await lefevre.getByText('F-2026-007', { exact: true }).first().waitFor();
    expect(plain(await lefevre.textContent())).toContain('F-2026-007 · 860,00 €');

    // The freelancer corrects the amount in the sheet, as typed input ("1 015,50").
    const amountColumn = DEMO_HEADERS.indexOf('Montant TTC') + 1;
    dev.addon.runtime.spreadsheets.setCells(
      dev.spreadsheetId,
      DEMO_SHEET,
      invoiceRow('F-2026-007'),
      amountColumn,
      [[1015.5]],
    );
    await page.getByRole('button', { name: 'Actualiser' }).click();
    await expect
      .poll(async () => plain(await lefevre.textContent()), SOON)
      .toContain('F-2026-007 · 1 015,50 €');
    expect(session.calls).toEqual(['getSidebarState', 'getToday']);
  });
});

describe('acting on Today', () => {
  it('skips an invoice, then runs now after confirming: the others go to their clients, the result shows at the top', async () => {
    const { page, dev } = session;
    await session.open();
    await page.getByRole('button', { name: 'Sauter F-2026-014' }).click();
    // Held back a few seconds for an undo; "run now" sends it first.
    await page.getByRole('button', { name: 'Annuler F-2026-014' }).waitFor();

    expect(dev.addon.mailbox.sentByAddon()).toEqual([]);
    await page.getByRole('button', { name: 'Lancer maintenant' }).click();
    await page.getByRole('alertdialog').waitFor();
    const journal = session.sheet('Relance · journal');
    expect(journal.some((row) => row.includes('F-2026-014'))).toBe(true);
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await page.getByText("Aucune relance à envoyer aujourd'hui.").waitFor();
    const sent = dev.addon.mailbox.sentByAddon();
    const recipients = sent.flatMap((m) => m.to);
    expect(recipients).toContain('ap@blueharbor.com');
    expect(recipients).toContain('paul@boulangerie-lefevre.fr');
    expect(recipients).not.toContain('luc.girard@menuiserie-girard.fr');
    expect(sent.every((m) => !m.subject.startsWith('[TEST]'))).toBe(true);
    const result = page.getByRole('status').filter({ hasText: 'Exécution terminée' });
    expect(plain(await result.textContent())).toContain(`${sent.length} envois, 0 brouillon`);
    const lastRun = page.getByRole('region', { name: 'Dernière exécution' });
    // No formal notice on the first live day: Garage Bernard, first seen 65 days late, gets r1.
    expect(recipients).toContain('jean.bernard@garage-bernard.fr');
    expect(dev.addon.mailbox.drafts()).toEqual([]);
    expect(plain(await lastRun.textContent())).toContain(`${sent.length} envois, 0 brouillon`);
  });
});

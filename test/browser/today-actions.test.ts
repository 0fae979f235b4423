/**
 * The actions of Today that have consequences, in a real browser on a live workbook: "Run now"
 * asks first and sends nothing when cancelled; a skip can be undone for a few seconds and then
 * leaves the log and the invoices tab exactly as they were; a hold is resumed from the sidebar;
 * a skip that went through reads "skipped by you" in the sheet, not as a reminder sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SHEET } from '../../local/demo/workbook.ts';
import { UNDO_DELAY_MS } from '../../sidebar/src/views/pending-skips.ts';
import { goLiveSigned, openSidebarSession, type SidebarSession, SOON } from './sidebar-session.ts';

let session: SidebarSession;
const JOURNAL = 'Relance · journal';

const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  session = await openSidebarSession();
  goLiveSigned(session.dev);
  await session.open();
});

afterAll(async () => {
  await session?.close();
});

/** The invoices tab's row of `number`, status columns included. */
function invoiceRow(number: string): unknown[] {
  const row = session.sheet(DEMO_SHEET).find((r) => String(r[0]).trim() === number);
  expect(row, `${number} in the invoices tab`).toBeDefined();
  return row ?? [];
}

describe('run now in live mode', () => {
  it('lists what will be sent and, when cancelled, sends nothing', async () => {
    const { page, dev } = session;
    const planned = await page.locator('section[aria-labelledby="emails-title"] article').count();
    expect(planned).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Lancer maintenant' }).click();
    const question = page.getByRole('alertdialog');
    await question.waitFor();
    expect(plain(await question.textContent())).toContain(
      `Envoyer ${planned} e-mails à ${planned} clients maintenant ?`,
    );
    expect(plain(await question.textContent())).toContain('Menuiserie Girard');
    expect(plain(await question.textContent())).toContain('luc.girard@menuiserie-girard.fr');
    const journalBefore = session.sheet(JOURNAL);
    await question.getByRole('button', { name: 'Annuler' }).click();
    await question.waitFor({ state: 'detached' });
    expect(dev.addon.mailbox.sentByAddon()).toEqual([]);
    expect(session.sheet(JOURNAL)).toEqual(journalBefore);
    expect(session.calls).not.toContain('runNow');
  });
});

describe('skip with undo', () => {
  it('an undone skip leaves the log and the invoices tab exactly as they were', async () => {
    const { page } = session;
    const journalBefore = session.sheet(JOURNAL);
    const invoicesBefore = session.sheet(DEMO_SHEET);
    await page.getByRole('button', { name: 'Sauter F-2026-014' }).click();
    await page.getByText('F-2026-014 sera sautée').waitFor();
    await page.getByRole('button', { name: 'Annuler F-2026-014' }).click();
    await page.getByRole('button', { name: 'Sauter F-2026-014' }).waitFor();
    // Past the undo delay: still nothing written anywhere.
    await page.waitForTimeout(UNDO_DELAY_MS + 500);
    expect(session.sheet(JOURNAL)).toEqual(journalBefore);
    expect(session.sheet(DEMO_SHEET)).toEqual(invoicesBefore);
    expect(session.calls).not.toContain('skipInvoice');
  });
});

describe('hold and resume', () => {
  it('holds an invoice until resumed, then resumes it from the "not today" list', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Suspendre F-2026-014' }).click();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByRole('article', { name: 'Menuiserie Girard' }).waitFor({ state: 'detached' });
    const held = page.locator('li', { hasText: 'F-2026-014' });
    await held.getByText('Suspendue par vous.').waitFor();
    await page.getByRole('button', { name: 'Reprendre F-2026-014' }).click();
    await page.getByRole('article', { name: 'Menuiserie Girard' }).waitFor();
    const outcomes = session
      .sheet(JOURNAL)
      .filter((row) => row.includes('F-2026-014'))
      .map((row) => row.find((cell) => cell === 'held' || cell === 'resumed'));
    expect(outcomes).toEqual(['held', 'resumed']);
  });
});

describe('a skip that goes through, then run now confirmed', () => {
  it('is written after the delay, the others are sent, and the sheet says the stage was skipped by the user', async () => {
    const { page, dev } = session;
    await page.getByRole('button', { name: 'Sauter F-2026-014' }).click();
    await expect
      .poll(() => session.sheet(JOURNAL).some((row) => row.includes('skipped')), {
        timeout: UNDO_DELAY_MS + 4_000,
        interval: 200,
      })
      .toBe(true);
    await page.getByRole('article', { name: 'Menuiserie Girard' }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Lancer maintenant' }).click();
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await page.getByText('Exécution terminée :').waitFor();
    const sent = dev.addon.mailbox.sentByAddon();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.flatMap((m) => m.to)).not.toContain('luc.girard@menuiserie-girard.fr');
    await expect
      .poll(() => invoiceRow('F-2026-014').map(String).join(' | '), SOON)
      .toContain('sautée par vous');
  });
});

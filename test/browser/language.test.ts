/**
 * Switching the interface language in a real browser: the sidebar follows the user's Google
 * locale (French here), switches to English at once, remembers the choice on the server so the
 * next opening is in English, and switches back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goLiveSigned, openSidebarSession, type SidebarSession } from './sidebar-session.ts';

let session: SidebarSession;

const tabNames = () => session.page.getByRole('tab').allTextContents();

beforeAll(async () => {
  session = await openSidebarSession({ userLocale: 'fr' });
  const { dev } = session;
  // Live, so Today (with invoices late by some days) opens first.
  goLiveSigned(dev);
  await session.open();
});

afterAll(async () => {
  await session?.close();
});

describe('switching language', () => {
  it("opens in French, the user's Google locale", async () => {
    const { page } = session;
    await page.getByText('8 jours de retard').first().waitFor();
    expect(await tabNames()).toEqual(['Démarrer', "Aujourd'hui", 'Modèles', 'Réglages', 'Stats']);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('switches to English at once and remembers it for the next opening', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    expect(await tabNames()).toEqual(['Start', 'Today', 'Templates', 'Settings', 'Stats']);
    await page.getByText('8 days late').first().waitFor();
    await page.getByRole('heading', { name: /^Next run — 2 Mar 2026$/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.waitForLoadState('networkidle');
    expect(session.calls).toEqual(['getSidebarState', 'setInterfaceLanguage']);

    // Other views are in English too.
    await page.getByRole('tab', { name: 'Stats' }).click();
    await page.getByText('Aging of unpaid invoices').first().waitFor();

    await session.open();
    await page.getByRole('heading', { name: /^Next run/ }).waitFor();
    expect(await tabNames()).toEqual(['Start', 'Today', 'Templates', 'Settings', 'Stats']);
  });

  it('switches back to French', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { name: /^Prochain envoi — 2 mars 2026$/ }).waitFor();
    expect(await tabNames()).toEqual(['Démarrer', "Aujourd'hui", 'Modèles', 'Réglages', 'Stats']);
    expect(await page.getByText('8 jours de retard').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Réglages' }).click();
    await page.getByRole('heading', { name: 'Réglages', level: 2 }).waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer' }).count()).toBe(1);
  });
});

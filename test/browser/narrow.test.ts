/**
 * Nothing is wider than the 300 px sidebar: in every view, in French and in English, with a
 * client whose name and address are long, no element reaches past the right edge and nothing
 * scrolls sideways (scrollWidth ≤ clientWidth for the page and every element), and axe-core
 * still finds no serious violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HEADERS, DEMO_SHEET } from '../../local/demo/workbook.ts';
import { openSidebarSession, type SidebarSession, seriousViolations } from './sidebar-session.ts';

const LONG_NAME =
  'Société Coopérative Ouvrière de Menuiserie Girard-Delacroix-Vanderhaegen et Associés';
const LONG_EMAIL =
  'comptabilite.fournisseurs.service-reglements@menuiserie-girard-delacroix.example.fr';

let session: SidebarSession;

beforeAll(async () => {
  session = await openSidebarSession();
  const { dev } = session;
  const rows = session.sheet(DEMO_SHEET);
  const client = DEMO_HEADERS.indexOf('Client') + 1;
  const email = DEMO_HEADERS.indexOf('E-mail') + 1;
  rows.forEach((row, index) => {
    if (row[1] !== 'Menuiserie Girard') return;
    const at = (column: number, value: string) =>
      dev.addon.runtime.spreadsheets.setCells(dev.spreadsheetId, DEMO_SHEET, index + 1, column, [
        [value],
      ]);
    at(client, LONG_NAME);
    at(email, LONG_EMAIL);
  });
});

afterAll(async () => {
  await session?.close();
});

/** Elements that reach past the page's right edge or scroll sideways, named for the failure. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const found: string[] = [];
    if (root.scrollWidth > width) found.push(`page ${root.scrollWidth} > ${width}`);
    if (document.body.scrollWidth > document.body.clientWidth)
      found.push(`body ${document.body.scrollWidth} > ${document.body.clientWidth}`);
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('.visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className} "${(element.textContent ?? '').slice(0, 40)}"`;
      if (box.right > width + 0.5) found.push(`${name} ends at ${Math.round(box.right)}`);
      else if (element.scrollWidth > element.clientWidth + 1 && element.tagName !== 'TEXTAREA')
        found.push(`${name} scrolls ${element.scrollWidth} > ${element.clientWidth}`);
    }
    return found.slice(0, 8);
  });
}

/** Opens every closed section matched by `selector`, one at a time (the list shrinks). */
async function openAll(page: Page, selector: string): Promise<void> {
  const closed = page.locator(selector);
  while ((await closed.count()) > 0) await closed.first().click();
}

const VIEWS = {
  fr: {
    tabs: [
      ['Démarrer', 'Bienvenue dans Relance'],
      ["Aujourd'hui", /Prochain envoi/],
      ['Modèles', 'Modèles'],
      ['Réglages', 'Réglages'],
      ['Stats', 'Stats'],
    ],
    template: /Relance 1 · Tous profils · FR · A/,
    language: 'EN',
  },
  en: {
    tabs: [
      ['Start', 'Welcome to Relance'],
      ['Today', /Next run/],
      ['Templates', 'Templates'],
      ['Settings', 'Settings'],
      ['Stats', 'Stats'],
    ],
    template: /Reminder 1 · All profiles · FR · A/,
    language: 'FR',
  },
} as const;

describe.each(['fr', 'en'] as const)('at 300 px, in %s', (language) => {
  it('no view is wider than the sidebar, with every section and form open', async () => {
    const { page } = session;
    if (language === 'fr') await session.open();
    else await page.getByRole('button', { name: 'English' }).click();
    const { tabs, template } = VIEWS[language];
    for (const [tab, heading] of tabs) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('heading', { name: heading, level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await openAll(page, '[role="tabpanel"]:not([hidden]) details:not([open]) > summary');
      if (tab === "Aujourd'hui" || tab === 'Today') {
        await page.getByText(LONG_NAME).first().waitFor();
        await page.locator('.term-button').first().click();
        await page.locator('.invoices button').nth(1).click();
      }
      expect(await sidewaysOverflow(page), `${tab} (${language})`).toEqual([]);
      expect(await seriousViolations(page), `${tab} (${language})`).toEqual([]);
    }
    await page.getByRole('tab', { name: tabs[2][0] }).click();
    await page.getByRole('button', { name: template }).click();
    await page.locator('iframe.preview').waitFor();
    await openAll(page, 'details:not([open]) > summary');
    expect(await sidewaysOverflow(page), `template editor (${language})`).toEqual([]);
    expect(await seriousViolations(page), `template editor (${language})`).toEqual([]);
    await page.getByRole('button', { name: /Retour à la liste|Back to the list/ }).click();
  });
});

/**
 * The Statistics view on the built sidebar against the offline runtime and the demo workbook:
 * the three questions in French and in English, from one server call, with charts whose text
 * keeps the sidebar's size in the 300 px sidebar and in the 900 × 640 dialog, audited by axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openSidebarSession,
  SIDEBAR_WIDTH,
  type SidebarSession,
  screenshot,
  seriousViolations,
} from './sidebar-session.ts';

let session: SidebarSession;

beforeAll(async () => {
  session = await openSidebarSession();
  await session.open();
});

afterAll(async () => {
  await session?.close();
});

/** Font sizes (px) of every chart label and value on the page. */
async function chartTextSizes(): Promise<number[]> {
  return session.page.locator('.chart-label, .chart-value').evaluateAll((nodes) => {
    // Runs in the page, with the browser's window.
    const page = globalThis as unknown as { getComputedStyle(node: unknown): { fontSize: string } };
    return nodes.map((n) => Number.parseFloat(page.getComputedStyle(n).fontSize));
  });
}

describe('Statistics: is chasing working, when will the money come in, which wording is paid faster', () => {
  it('in French, in the sidebar, from one server call', async () => {
    const { page, calls } = session;
    await page.getByRole('tab', { name: 'Stats' }).click();
    await page.getByRole('heading', { name: 'Les relances marchent-elles ?' }).waitFor();
    await page.getByRole('heading', { name: 'Quand l’argent arrivera-t-il ?' }).waitFor();
    await page.getByRole('heading', { name: 'Quelle formulation est payée plus vite ?' }).waitFor();
    expect(calls.filter((name) => name === 'getStatistics')).toHaveLength(1);

    // Each chart is an image described by its title and every bar's label and value.
    const recovery = page.getByRole('img', { name: /^Recouvré après l’échéance/ });
    await expect(recovery.getAttribute('aria-label')).resolves.toMatch(/oct\. 2025: \d+\s%/);
    const forecast = page.getByRole('img', { name: /^Encaissements attendus par semaine/ });
    await expect(forecast.getAttribute('aria-label')).resolves.toMatch(/Sem\. du 2 mars 2026: /);
    // The demo tests A and B of the first reminder; its sends were tests, so no data yet.
    await page
      .getByText('Pas encore assez de données : il faut 30 relances par variante.')
      .waitFor();
    await page.getByText(/Faite il y a 4 semaines|Il y a 4 semaines/).waitFor();

    // The invoices behind a week's bar.
    const week = page.locator('details.week').first();
    await week.locator('summary').click();
    await expect(week.locator('li').first().textContent()).resolves.toMatch(/F-\d{4}-\d{3}/);

    const sizes = await chartTextSizes();
    expect(sizes.length).toBeGreaterThan(20);
    expect(new Set(sizes)).toEqual(new Set([12]));
    await screenshot(page, 'statistics-outcomes');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the numbers behind each chart, as tables', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Afficher en tableau' }).click();
    const recovery = page.getByRole('table', {
      name: 'Recouvré après l’échéance, par mois d’échéance',
    });
    await expect(recovery.getByRole('columnheader').allTextContents()).resolves.toEqual([
      'Mois',
      'En retard à l’échéance',
      'Sous 30 j',
      'Sous 60 j',
      'Sous 90 j',
    ]);
    await page
      .getByRole('table', { name: 'Encaissements attendus par semaine, 8 semaines' })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Afficher en tableau' }).click();
  });

  it('exports the figures to the Relance · stats tab', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Exporter dans un onglet' }).click();
    await page.getByText(/chiffres écrits dans l’onglet « Relance · stats »/).waitFor();
    expect(session.tabs()).toContain('Relance · stats');
    expect(session.sheet('Relance · stats')[0]?.[0]).toBe('Question');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('in English, in the 900 × 640 dialog: chart text stays at the sidebar’s size', async () => {
    const { page, dev } = session;
    await page.setViewportSize({ width: 900, height: 640 });
    try {
      await page.goto(`${dev.url}?view=statistics:en`);
      await page.getByRole('heading', { name: 'Is chasing working?' }).waitFor();
      await page.getByRole('heading', { name: 'When will the money come in?' }).waitFor();
      await page.getByRole('heading', { name: 'Which wording gets paid faster?' }).waitFor();
      await page.getByText('Not enough data yet: each variant needs 30 reminders.').waitFor();
      const sizes = await chartTextSizes();
      expect(new Set(sizes)).toEqual(new Set([12]));
      // One line of text per bar: nothing scaled up to fill the width.
      const heights = await page
        .locator('.chart-label')
        .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().height));
      expect(Math.max(...heights)).toBeLessThan(20);
      await screenshot(page, 'statistics-dialog-en');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: SIDEBAR_WIDTH, height: 800 });
    }
  });
});

import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { StatisticsView } from '../../src/api/statistics.ts';
import { presentStatistics } from '../../src/app/sidebar/statistics-presenter.ts';
import { addDays } from '../../src/core/calendar-date.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import type { TemplateRow } from '../../src/core/templates/index.ts';
import { day, invoice, logRow } from '../core/fixtures/invoices.ts';
import { STATE } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

const TODAY = day('2026-06-30');

function template(variant: string): TemplateRow {
  return {
    id: `r1.all.fr.${variant}`,
    stage: 'r1',
    segment: 'all',
    language: 'fr',
    variant,
    subject: 's',
    body: 'b',
    active: true,
  };
}

/** 40 first reminders with each variant in March: 30 of A's invoices paid a week later, 10 of B's. */
function statistics(): StatisticsView {
  const invoices = [];
  const log = [];
  for (const [variant, paid] of [
    ['A', 30],
    ['B', 10],
  ] as const) {
    for (let k = 0; k < 40; k++) {
      const number = `F-${variant}-${k}`;
      const sent = addDays(day('2026-03-02'), k);
      invoices.push(
        invoice({
          number,
          client: `Client ${variant}${k}`,
          dueDate: addDays(sent, -3),
          paidDate: k < paid ? addDays(sent, 7) : null,
        }),
      );
      log.push(
        logRow({
          date: sent,
          outcome: 'sent',
          stage: 'r1',
          invoiceNumbers: [number],
          clientKey: `client ${variant.toLowerCase()}${k}`,
          templateId: `r1.all.fr.${variant}`,
          variant,
          messageKey: `rl-${number}`,
        }),
      );
    }
  }
  return presentStatistics({
    today: TODAY,
    invoices,
    log,
    templates: [template('A'), template('B')],
    settings: DEFAULT_SETTINGS,
  });
}

describe('Statistics view: which wording gets paid faster', () => {
  it('names the winner and keeps it only, then shows what was switched off', async () => {
    const stats = statistics();
    const { fake } = renderApp({
      getStatistics: () => stats,
      keepVariantOnly: () => ({ deactivated: ['r1.all.fr.B'], statistics: stats }),
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'Stats' }));
    await screen.findByRole('heading', { name: 'Quelle formulation est payée plus vite ?' });
    // 30/40 against 10/40: z = 4.47, p < 0.001.
    expect(screen.getByText(/La variante A est payée plus vite \(p = 0\.000\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ne garder que la variante A' }));
    await screen.findByText('Désactivés : r1.all.fr.B. Le changement est inscrit au journal.');
    expect(fake.calls.filter((c) => c.name === 'keepVariantOnly').map((c) => c.args)).toEqual([
      [{ stage: 'r1', variant: 'A' }],
    ]);
  });

  it('says so in English when there is not enough data yet', async () => {
    const stats = statistics();
    const few: StatisticsView = {
      ...stats,
      outcomes: {
        ...stats.outcomes,
        variants: stats.outcomes.variants.map((v) => ({
          ...v,
          verdict: 'not_enough_data',
          winner: null,
          pValue: null,
        })),
      },
    };
    renderApp(
      { getSidebarState: () => ({ ...STATE, language: 'en' }), getStatistics: () => few },
      'en',
    );
    fireEvent.click(await screen.findByRole('tab', { name: 'Stats' }));
    await screen.findByText('Not enough data yet: each variant needs 30 reminders.');
    expect(screen.queryByRole('button', { name: /Keep variant/ })).toBeNull();
  });
});

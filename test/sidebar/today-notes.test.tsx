import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { QuoteFigures } from '../../sidebar/src/views/quote-figures.tsx';
import type { TodayView } from '../../src/api/today.ts';
import type { CalendarDate } from '../../src/api/vocabulary.ts';
import { STATE, TODAY } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

const d = (text: string) => text as CalendarDate;

const WITH_NOTES: TodayView = {
  ...TODAY,
  quotes: [
    {
      number: 'D-2026-031',
      client: 'Boulangerie Morel',
      amount: { cents: 240_000, currency: 'EUR' },
      validUntil: d('2026-03-20'),
      state: 'planned',
      stage: 'q_follow',
      date: d('2026-03-16'),
      note: null,
    },
    {
      number: 'D-2026-032',
      client: 'Studio Nord',
      amount: { cents: 98_000, currency: 'EUR' },
      validUntil: d('2026-04-03'),
      state: 'skipped',
      stage: null,
      date: null,
      note: { fr: 'Accepté : plus de suivi', en: 'Accepted: no more follow-ups' },
    },
  ],
  plans: [
    {
      id: 'p20260302abcd',
      client: 'Atelier Brun',
      invoiceNumbers: ['F-2026-009'],
      state: 'kept',
      paidInstalments: 1,
      instalments: 3,
      brokenOn: null,
      expected: [
        { date: d('2026-04-10'), amount: { cents: 60_000, currency: 'EUR' } },
        { date: d('2026-05-10'), amount: { cents: 60_000, currency: 'EUR' } },
      ],
    },
  ],
};

describe('Today: quotes and payment plans', () => {
  it('lists the quotes with their next note or why nothing goes out', async () => {
    renderApp({ getSidebarState: () => ({ ...STATE, today: WITH_NOTES }) });
    const section = (await screen.findByRole('heading', { name: 'Devis (2)' })).closest(
      'section',
    ) as HTMLElement;
    expect(section.textContent).toContain('Suivi de devis : envoyé à la prochaine exécution.');
    expect(section.textContent).toContain('Accepté : plus de suivi');
    const plans = screen
      .getByRole('heading', { name: 'Échéanciers (1)' })
      .closest('section') as HTMLElement;
    expect(plans.textContent).toContain('En cours : 1/3 échéances payées.');
  });

  it('offers a payment plan for an overdue invoice and shows the view the server sends back', async () => {
    const { fake } = renderApp({
      getSidebarState: () => ({ ...STATE, today: WITH_NOTES }),
      setPaymentPlan: () => WITH_NOTES,
    });
    const plans = (await screen.findByRole('heading', { name: 'Échéanciers (1)' })).closest(
      'section',
    ) as HTMLElement;
    fireEvent.click(within(plans).getByRole('button', { name: 'Proposer un échéancier' }));
    fireEvent.click(within(plans).getByLabelText('Toutes les factures échues de ce client'));
    fireEvent.input(within(plans).getByLabelText('Nombre d’échéances mensuelles'), {
      target: { value: '4' },
    });
    fireEvent.input(within(plans).getByLabelText('Première échéance'), {
      target: { value: '2026-04-01' },
    });
    fireEvent.click(within(plans).getByRole('button', { name: 'Créer l’échéancier' }));
    await screen.findByRole('heading', { name: 'Échéanciers (1)' });
    expect(fake.calls.at(-1)).toEqual({
      name: 'setPaymentPlan',
      args: [
        {
          invoiceNumber: 'F-2026-014',
          allOverdueOfClient: true,
          count: 4,
          firstDate: '2026-04-01',
        },
      ],
    });
  });
});

describe('Statistics: quotes', () => {
  it('shows the acceptance rate, the median delay and acceptance after a follow-up', () => {
    render(
      <QuoteFigures
        stats={{
          decided: 5,
          accepted: 3,
          acceptanceRate: 0.6,
          medianDaysToAcceptance: 10,
          followedUp: 3,
          acceptedAfterFollowUp: 1,
        }}
      />,
    );
    const figures = screen
      .getByRole('heading', { name: 'Devis' })
      .closest('section') as HTMLElement;
    expect(figures.textContent?.replace(/\s/g, ' ')).toContain('60 %');
    expect(figures.textContent).toContain('10 j');
    expect(figures.textContent).toContain('1 accepté(s) sur 3 relancé(s)');
  });

  it('shows nothing without a quotes tab', () => {
    const { container } = render(<QuoteFigures stats={undefined} />);
    expect(container.textContent).toBe('');
  });
});

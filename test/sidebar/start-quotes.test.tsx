/**
 * The Start guide's quotes tab: optional, found by itself or picked, its columns fixed like the
 * invoices tab's, and why it cannot be read said in the interface language.
 */
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { SetupStatus } from '../../src/api/setup.ts';
import { SETUP, STATE } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

const column = (
  field: string,
  header: string | null,
  required: boolean,
  ambiguous: string[] = [],
) => ({
  field,
  required,
  header,
  overridden: false,
  ambiguous,
});

/** A « Propositions » tab picked by the user: the reference and the deadline left to choose. */
const PICKED: SetupStatus = {
  ...SETUP,
  sheetNames: ['Factures 2026', 'Propositions'],
  quotes: {
    sheet: 'Propositions',
    chosen: true,
    headers: ['Réf.', 'Client', 'E-mail', 'Montant', "Valable jusqu'au", 'Date limite', 'Statut'],
    columns: [
      { ...column('number', null, true), label: { fr: 'N° de devis', en: 'Quote number' } },
      column('client', 'Client', true),
      column('email', 'E-mail', true),
      column('amount', 'Montant', true),
      {
        ...column('validUntil', null, true, ["Valable jusqu'au", 'Date limite']),
        label: { fr: 'Valable jusqu’au', en: 'Valid until' },
      },
      column('status', 'Statut', false),
    ],
    read: null,
    problem: {
      fr: 'Onglet des devis « Propositions » : colonnes introuvables ou ambiguës : N° de devis, Valable jusqu’au. Choisissez-les dans le guide de démarrage.',
      en: 'Quotes tab “Propositions”: columns missing or ambiguous: Quote number, Valid until. Pick them in the Start guide.',
    },
  },
};

function openGuide(setup: SetupStatus, language: 'fr' | 'en' = 'fr') {
  return renderApp(
    {
      getSidebarState: () => ({ ...STATE, language, firstView: 'start', setup, today: null }),
      saveColumnMapping: () => ({
        ...setup,
        quotes: {
          ...setup.quotes,
          problem: null,
          read: { fr: '1 devis lu, 0 ligne à corriger.', en: '1 quote read, 0 rows to fix.' },
        },
      }),
    },
    language,
  );
}

describe('Start guide: the quotes tab', () => {
  it('offers the tabs, found by itself by default, and no column table without one', async () => {
    openGuide(SETUP);
    const select = (await screen.findByLabelText(
      'Onglet des devis (facultatif)',
    )) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.text)).toEqual([
      '— automatique —',
      'Factures 2026',
      'Clients',
    ]);
    expect(screen.queryByLabelText('N° de devis *')).toBeNull();
  });

  it('shows each quote column with its header, flags the ones to choose, and saves the choices', async () => {
    const { fake } = openGuide(PICKED);
    const number = (await screen.findByLabelText(/N° de devis/)) as HTMLSelectElement;
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(
      (screen.getByLabelText(/^Statut/, { selector: '#quote-status' }) as HTMLSelectElement).value,
    ).toBe('Statut');
    expect(
      screen.getByText("Plusieurs colonnes possibles : Valable jusqu'au, Date limite. Choisissez."),
    ).toBeTruthy();
    expect(
      screen.getByText(/colonnes introuvables ou ambiguës : N° de devis, Valable jusqu’au/),
    ).toBeTruthy();

    fireEvent.change(number, { target: { value: 'Réf.' } });
    fireEvent.change(screen.getByLabelText(/Valable jusqu’au/), {
      target: { value: "Valable jusqu'au" },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Utiliser ces colonnes' }));
    expect(await screen.findByText('1 devis lu, 0 ligne à corriger.')).toBeTruthy();
    expect(fake.calls.at(-1)).toEqual({
      name: 'saveColumnMapping',
      args: [
        {
          invoicesSheet: 'Factures 2026',
          overrides: {},
          quotes: {
            sheet: 'Propositions',
            overrides: { number: 'Réf.', validUntil: "Valable jusqu'au" },
          },
          defaultCustomerKind: 'unknown',
        },
      ],
    });
  });

  it('speaks English in an English interface, the server’s words included', async () => {
    openGuide(PICKED, 'en');
    const table = (await screen.findByLabelText(/Quote number/)).closest('table') as HTMLElement;
    expect(within(table).getByText('Valid until')).toBeTruthy();
    expect(
      screen.getByText(/Quotes tab “Propositions”: columns missing or ambiguous/),
    ).toBeTruthy();
  });
});

describe('Start guide: what kind of clients rows without a « Type » are', () => {
  it('asks it beside the columns, "not said" until chosen, and saves the choice with them', async () => {
    const { fake } = openGuide(SETUP);
    const kind = (await screen.findByLabelText(
      'Vos clients, quand la colonne « Type » ne le dit pas',
    )) as HTMLSelectElement;
    expect(kind.value).toBe('unknown');
    expect([...kind.options].map((o) => o.text)).toEqual([
      'Non précisé : aucune pénalité légale réclamée',
      'Des entreprises (professionnels)',
      'Des particuliers',
    ]);
    fireEvent.change(kind, { target: { value: 'b2b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Utiliser ces colonnes' }));
    await screen.findByText('1 devis lu, 0 ligne à corriger.');
    expect(fake.calls.at(-1)?.args[0]).toMatchObject({ defaultCustomerKind: 'b2b' });
  });
});

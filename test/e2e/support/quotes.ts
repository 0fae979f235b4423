/**
 * A quotes tab for the e2e scenarios: its name and headers as a freelancer would type them, and
 * the Morel quote the quote tests follow.
 */
import { book, d, type Scenario, scenario } from './world.ts';

export const QUOTES_TAB = 'Devis';
export const QUOTE_HEADERS = [
  'N° devis',
  'Client',
  'E-mail',
  'Montant',
  "Date d'envoi",
  "Valable jusqu'au",
  'Statut',
];

/** One invoice, and one quote sent 2 March 2026 and valid until Friday 20 March. */
export function morelQuote(options: { live?: boolean } = {}): Scenario {
  return scenario({
    ...options,
    rows: book([
      ['F-2026-050', 'Atelier Dupont', 'compta@atelier-dupont.fr', 900, d('2026-06-30')],
    ]),
    tabs: {
      [QUOTES_TAB]: [
        QUOTE_HEADERS,
        [
          'D-2026-031',
          'Boulangerie Morel',
          'julie@boulangerie-morel.fr',
          2400,
          d('2026-03-02'),
          d('2026-03-20'),
          '',
        ],
      ],
    },
  });
}

import type { CellInput } from '../../../local/services/spreadsheet/cell.ts';
import { d, type Scenario, scenario } from './world.ts';

/**
 * Atelier Brun's invoices (`rows`, headers first, F-2026-014 among them): the run of 16 or 17
 * February sends r1, and on 2 March at 10:00 the client gets a plan of 3 monthly instalments
 * from `firstDate` over all its overdue invoices, made from the sidebar.
 */
export function atelierBrunOnAPlan(
  rows: readonly (readonly CellInput[])[],
  firstRun: string,
  firstDate: string | null,
): Scenario {
  const s = scenario({ start: '2026-02-16T07:00:00Z', rows });
  s.at(firstRun);
  s.trigger();
  s.at('2026-03-02', '10:00:00');
  s.sidebar('setPaymentPlan', {
    invoiceNumber: 'F-2026-014',
    allOverdueOfClient: true,
    count: 3,
    firstDate,
  });
  return s;
}

/**
 * €1,800 due 13 February to Atelier Brun (F-2026-014, row 2, amount paid in column 6); r1 went
 * out on 16 February, and on 2 March at 10:00 the client got a plan of 3 monthly instalments
 * from `firstDate`, made from the sidebar.
 */
export function brunOnAPlan(firstDate: string): Scenario {
  return atelierBrunOnAPlan(
    [
      ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Montant payé'],
      ['F-2026-014', 'Atelier Brun', 'compta@atelier-brun.fr', 1800, d('2026-02-13'), 0],
    ],
    '2026-02-16',
    firstDate,
  );
}

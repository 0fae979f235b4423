import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateInZone } from '../../src/core/parse/calendar-date-in-zone.ts';
import { readInvoices } from '../../src/core/read-invoices.ts';

const HEADER = [
  'N° facture',
  'Client',
  'E-mail',
  'Montant TTC',
  'Échéance',
  'Date de facture',
  'Statut',
  'Montant payé',
  'Payée le',
  'Pays',
  'Langue',
  'CC',
  'Ne pas relancer',
  'Hors champ',
];
const UNMAPPED = HEADER.indexOf('Hors champ');

/** What people and Sheets actually put in cells, plus noise. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'F-2026-014',
    'Atelier Dupré',
    'jean@',
    'claire@atelier-dupre.fr',
    'a@b.fr; c@d.fr',
    '1 234,56 €',
    '1,234.56',
    '(120)',
    '12/03/2026',
    '2026-03-12',
    '31/02/2026',
    '12 mars 2026',
    'Payée',
    'Litige',
    'bof',
    '#N/A',
    '#REF!',
    'oui',
    'France',
    'x'.repeat(50_000),
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
);

const row = fc.array(cell, { maxLength: HEADER.length + 2 });

const isBlank = (value: unknown) =>
  value === '' ||
  value === null ||
  value === undefined ||
  value === false ||
  (typeof value === 'string' && value.trim() === '');

const options = {
  overrides: {},
  dateOfCell: (d: Date) => calendarDateInZone(d, 'Europe/Paris'),
  locale: 'fr_FR',
  language: 'fr' as const,
  defaultCurrency: 'EUR',
};

describe('readInvoices on arbitrary cells', () => {
  it('never throws, and every non-blank row is exactly one invoice or one error', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (body) => {
        const rows = [HEADER, ...body];
        const result = readInvoices(rows, options);
        const seen = [...result.invoices.map((i) => i.row), ...result.errors.map((e) => e.row)];
        expect(new Set(seen).size).toBe(seen.length);
        body.forEach((cells, i) => {
          const sheetRow = i + 2;
          const blank = cells.every((value, column) => column === UNMAPPED || isBlank(value));
          const totals =
            isBlank(cells[2]) &&
            [cells[0], cells[1]].some(
              (v) => typeof v === 'string' && /^\W*(sous.?)?total/i.test(v),
            );
          if (blank || totals) expect(seen).not.toContain(sheetRow);
          else expect(seen).toContain(sheetRow);
        });
        for (const error of result.errors) {
          expect(error.message).toMatch(/^Ligne \d+ : /);
          expect(error.message.length).toBeLessThan(400);
        }
        for (const invoice of result.invoices) {
          expect(invoice.amountCents).toBeGreaterThanOrEqual(invoice.amountPaidCents);
          expect(invoice.amountPaidCents).toBeGreaterThanOrEqual(0);
          expect(invoice.emails.length).toBeGreaterThan(0);
          expect(invoice.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary header rows either', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const result = readInvoices(rows, options);
        expect(result.invoices.length + result.errors.length).toBeLessThanOrEqual(rows.length);
      }),
      { numRuns: 300 },
    );
  });
});

import type { InvoiceField } from '../columns/invoice-fields.ts';
import type { Language } from '../invoice.ts';
import { text } from '../texts/server-texts.ts';
import { ROW_ERROR_FIELDS } from './row-error-fields.ts';

/** Why a row could not become an invoice. Values are already shortened for display. */
export type RowProblem =
  | { readonly kind: 'missing'; readonly field: InvoiceField }
  | { readonly kind: 'invalid'; readonly field: InvoiceField; readonly value: string }
  | { readonly kind: 'formula_error'; readonly field: InvoiceField; readonly value: string }
  | { readonly kind: 'negative'; readonly field: InvoiceField; readonly value: string }
  | { readonly kind: 'duplicate'; readonly value: string; readonly rows: readonly number[] }
  | {
      readonly kind: 'due_before_issue';
      readonly value: string;
      readonly issueHeader: string;
      readonly issueValue: string;
    }
  | { readonly kind: 'paid_exceeds_amount'; readonly value: string; readonly amountValue: string }
  | {
      readonly kind: 'currency_conflict';
      readonly field: InvoiceField;
      readonly value: string;
      readonly expected: string;
    }
  | { readonly kind: 'too_long'; readonly value: string; readonly max: number }
  | { readonly kind: 'too_many_recipients'; readonly count: number; readonly max: number }
  | { readonly kind: 'unreadable' };

/** How long a cell value may be inside a message; longer ones are cut with an ellipsis. */
export const MAX_VALUE_LENGTH = 60;
const LINE_BREAKS = /\s+/g;

/** A cell value made fit for one line of a message. */
export function shortValue(text: string): string {
  const oneLine = (text.length > MAX_VALUE_LENGTH * 4 ? text.slice(0, MAX_VALUE_LENGTH * 4) : text)
    .replace(LINE_BREAKS, ' ')
    .trim();
  return oneLine.length > MAX_VALUE_LENGTH ? `${oneLine.slice(0, MAX_VALUE_LENGTH - 1)}…` : oneLine;
}

/**
 * The sentence shown for a row error, e.g. « Ligne 14 : l'adresse e-mail « jean@ » (colonne
 * « E-mail ») n'est pas valide ; attendu : une adresse comme nom@domaine.fr … ».
 * `header` is the column's header as written in the sheet (null for row-level problems).
 */
export function rowErrorMessage(
  row: number,
  header: string | null,
  problem: RowProblem,
  language: Language,
): string {
  const field = 'field' in problem ? ROW_ERROR_FIELDS[language][problem.field] : null;
  const has = <Name extends string>(name: Name): string | number =>
    name in problem ? (problem as unknown as Record<Name, string | number>)[name] : '';
  return text(language, `row_${problem.kind}`, {
    at: text(language, 'rowAt', { row }),
    column: text(language, 'rowColumn', { header: header ?? '' }),
    header: header ?? '',
    subject: field?.subject ?? '',
    wanted: field?.expected ?? '',
    value: has('value'),
    expected: has('expected'),
    issueValue: has('issueValue'),
    issueHeader: has('issueHeader'),
    amountValue: has('amountValue'),
    max: has('max'),
    count: has('count'),
    creditNote:
      problem.kind === 'negative' && problem.field === 'amount'
        ? text(language, 'rowCreditNote')
        : '',
    rows: problem.kind === 'duplicate' ? naturalRowList(problem.rows, text(language, 'and')) : '',
  });
}

/** `2 et 4`, `2, 3 et 4`. */
function naturalRowList(rows: readonly number[], and: string): string {
  return rows.length < 2
    ? rows.join('')
    : `${rows.slice(0, -1).join(', ')} ${and} ${rows[rows.length - 1]}`;
}

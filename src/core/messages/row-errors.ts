import type { InvoiceField } from '../columns/invoice-fields.ts';
import type { Language } from '../invoice.ts';
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
  return language === 'fr'
    ? frenchMessage(row, header ?? '', problem)
    : englishMessage(row, header ?? '', problem);
}

/** `2 et 4`, `2, 3 et 4`. */
function rowList(rows: readonly number[], and: string): string {
  return rows.length < 2
    ? rows.join('')
    : `${rows.slice(0, -1).join(', ')} ${and} ${rows[rows.length - 1]}`;
}

function frenchMessage(row: number, header: string, problem: RowProblem): string {
  const at = `Ligne ${row} : `;
  const column = `(colonne « ${header} »)`;
  switch (problem.kind) {
    case 'missing':
      return `${at}la colonne « ${header} » est vide ; elle est obligatoire.`;
    case 'invalid': {
      const words = ROW_ERROR_FIELDS.fr[problem.field];
      return `${at}${words.subject} « ${problem.value} » ${column} n'est pas valide ; attendu : ${words.expected}.`;
    }
    case 'formula_error':
      return `${at}la colonne « ${header} » affiche l'erreur de formule « ${problem.value} » ; corrigez la formule dans la feuille.`;
    case 'negative':
      return `${at}${ROW_ERROR_FIELDS.fr[problem.field].subject} « ${problem.value} » ${column} est négatif${problem.field === 'amount' ? ' ; un avoir ne se relance pas' : ''}.`;
    case 'duplicate':
      return `${at}le numéro de facture « ${problem.value} » figure sur les lignes ${rowList(problem.rows, 'et')} ; cette facture n’est pas relancée tant que le doublon n’est pas corrigé.`;
    case 'due_before_issue':
      return `${at}l'échéance « ${problem.value} » ${column} précède la date d'émission « ${problem.issueValue} » (colonne « ${problem.issueHeader} »).`;
    case 'paid_exceeds_amount':
      return `${at}le montant payé « ${problem.value} » ${column} dépasse le montant de la facture « ${problem.amountValue} ».`;
    case 'currency_conflict':
      return `${at}${ROW_ERROR_FIELDS.fr[problem.field].subject} « ${problem.value} » ${column} n'est pas dans la devise de la facture (${problem.expected}).`;
    case 'too_long':
      return `${at}le numéro de facture « ${problem.value} » est trop long (plus de ${problem.max} caractères) ; raccourcissez-le.`;
    case 'too_many_recipients':
      return `${at}la colonne « ${header} » contient ${problem.count} adresses ; au plus ${problem.max} par facture. Gardez les destinataires utiles.`;
    case 'unreadable':
      return `${at}la ligne n'a pas pu être lue.`;
  }
}

function englishMessage(row: number, header: string, problem: RowProblem): string {
  const at = `Row ${row}: `;
  const column = `(column '${header}')`;
  switch (problem.kind) {
    case 'missing':
      return `${at}column '${header}' is empty; it is required.`;
    case 'invalid': {
      const words = ROW_ERROR_FIELDS.en[problem.field];
      return `${at}${words.subject} '${problem.value}' ${column} is not valid; expected ${words.expected}.`;
    }
    case 'formula_error':
      return `${at}column '${header}' shows the formula error '${problem.value}'; fix the formula in the sheet.`;
    case 'negative':
      return `${at}${ROW_ERROR_FIELDS.en[problem.field].subject} '${problem.value}' ${column} is negative${problem.field === 'amount' ? '; credit notes are not chased' : ''}.`;
    case 'duplicate':
      return `${at}invoice number '${problem.value}' appears on rows ${rowList(problem.rows, 'and')}; this invoice is not chased until the duplicate is fixed.`;
    case 'due_before_issue':
      return `${at}due date '${problem.value}' ${column} is before the issue date '${problem.issueValue}' (column '${problem.issueHeader}').`;
    case 'paid_exceeds_amount':
      return `${at}amount paid '${problem.value}' ${column} is more than the invoice amount '${problem.amountValue}'.`;
    case 'currency_conflict':
      return `${at}${ROW_ERROR_FIELDS.en[problem.field].subject} '${problem.value}' ${column} is not in the invoice's currency (${problem.expected}).`;
    case 'too_long':
      return `${at}invoice number '${problem.value}' is too long (more than ${problem.max} characters); shorten it.`;
    case 'too_many_recipients':
      return `${at}column '${header}' holds ${problem.count} addresses; at most ${problem.max} per invoice. Keep the recipients who need it.`;
    case 'unreadable':
      return `${at}the row could not be read.`;
  }
}

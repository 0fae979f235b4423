import type { InvoiceField } from '../columns/invoice-fields.ts';
import type { Language } from '../invoice.ts';

/** Why a row could not become an invoice. Values are already shortened for display. */
export type RowProblem =
  | { readonly kind: 'missing'; readonly field: InvoiceField }
  | { readonly kind: 'invalid'; readonly field: InvoiceField; readonly value: string }
  | { readonly kind: 'formula_error'; readonly field: InvoiceField; readonly value: string }
  | { readonly kind: 'negative'; readonly field: InvoiceField; readonly value: string }
  | { readonly kind: 'duplicate'; readonly value: string; readonly firstRow: number }
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
  | { readonly kind: 'unreadable' };

interface FieldWords {
  /** Noun phrase with its article, lower case: « l'adresse e-mail ». */
  readonly subject: string;
  /** What the cell should look like. */
  readonly expected: string;
}

type FieldTexts = Readonly<Record<InvoiceField, FieldWords>>;

const DATE_FR = 'une date comme 12/03/2026 ou 2026-03-12';
const DATE_EN = 'a date such as 12/03/2026 or 2026-03-12';
const AMOUNT_FR = 'un nombre comme 1 234,56 € ou 1234.56';
const AMOUNT_EN = 'a number such as 1,234.56 or 1 234,56 €';
const EMAILS_FR = 'une adresse comme nom@domaine.fr (plusieurs séparées par , ou ;)';
const EMAILS_EN = 'an address such as name@example.com (several separated by , or ;)';

const FIELDS: Readonly<Record<Language, FieldTexts>> = {
  fr: {
    number: { subject: 'le numéro de facture', expected: 'un texte comme F-2026-014' },
    client: { subject: 'le nom du client', expected: 'un texte' },
    email: { subject: "l'adresse e-mail", expected: EMAILS_FR },
    amount: { subject: 'le montant', expected: AMOUNT_FR },
    dueDate: { subject: "la date d'échéance", expected: DATE_FR },
    issueDate: { subject: "la date d'émission", expected: DATE_FR },
    currency: {
      subject: 'la devise',
      expected: 'un code comme EUR, USD, GBP, CHF ou un symbole €, $, £',
    },
    paidDate: { subject: 'la date de paiement', expected: DATE_FR },
    amountPaid: { subject: 'le montant payé', expected: AMOUNT_FR },
    status: {
      subject: 'le statut',
      expected: 'payée, envoyée, en attente, litige, prélèvement, annulée ou vide',
    },
    promiseDate: { subject: 'la date de promesse de paiement', expected: DATE_FR },
    contactName: { subject: 'le nom du contact', expected: 'un texte' },
    cc: { subject: "l'adresse en copie", expected: EMAILS_FR },
    language: { subject: 'la langue', expected: 'fr ou en (français, anglais)' },
    country: { subject: 'le pays', expected: 'un code comme FR, BE, CH ou un nom comme France' },
    customerKind: { subject: 'le type de client', expected: 'B2B (pro) ou B2C (particulier)' },
    governingLaw: {
      subject: 'la loi applicable',
      expected: 'le code du pays dont la loi régit le contrat, comme FR, BE, DE ou GB',
    },
    paymentLink: {
      subject: 'le lien de paiement',
      expected: 'une adresse web commençant par https://',
    },
    file: {
      subject: 'le fichier de la facture',
      expected: "un lien Google Drive ou l'identifiant du fichier",
    },
    segment: {
      subject: 'le segment',
      expected: 'nouveau, ponctuel, occasionnel, chronique, à risque, auto ou vide',
    },
    doNotRemind: { subject: 'la valeur', expected: 'oui ou non (ou une case à cocher)' },
    notes: { subject: 'la note', expected: 'un texte' },
  },
  en: {
    number: { subject: 'invoice number', expected: 'text such as F-2026-014' },
    client: { subject: 'client name', expected: 'text' },
    email: { subject: 'e-mail address', expected: EMAILS_EN },
    amount: { subject: 'amount', expected: AMOUNT_EN },
    dueDate: { subject: 'due date', expected: DATE_EN },
    issueDate: { subject: 'issue date', expected: DATE_EN },
    currency: {
      subject: 'currency',
      expected: 'a code such as EUR, USD, GBP, CHF or a symbol €, $, £',
    },
    paidDate: { subject: 'payment date', expected: DATE_EN },
    amountPaid: { subject: 'amount paid', expected: AMOUNT_EN },
    status: {
      subject: 'status',
      expected: 'paid, sent, on hold, disputed, direct debit, cancelled or blank',
    },
    promiseDate: { subject: 'promise-to-pay date', expected: DATE_EN },
    contactName: { subject: 'contact name', expected: 'text' },
    cc: { subject: 'CC address', expected: EMAILS_EN },
    language: { subject: 'language', expected: 'fr or en (French, English)' },
    country: { subject: 'country', expected: 'a code such as FR, GB, US or a name such as France' },
    customerKind: { subject: 'client type', expected: 'B2B (business) or B2C (consumer)' },
    governingLaw: {
      subject: 'governing law',
      expected: 'the code of the country whose law governs the contract, such as FR, BE, DE or GB',
    },
    paymentLink: { subject: 'payment link', expected: 'a web address starting with https://' },
    file: { subject: 'invoice file', expected: 'a Google Drive link or file id' },
    segment: {
      subject: 'segment',
      expected: 'new, punctual, occasional, chronic, high risk, auto or blank',
    },
    doNotRemind: { subject: 'value', expected: 'yes or no (or a checkbox)' },
    notes: { subject: 'note', expected: 'text' },
  },
};

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

function frenchMessage(row: number, header: string, problem: RowProblem): string {
  const at = `Ligne ${row} : `;
  const column = `(colonne « ${header} »)`;
  switch (problem.kind) {
    case 'missing':
      return `${at}la colonne « ${header} » est vide ; elle est obligatoire.`;
    case 'invalid': {
      const words = FIELDS.fr[problem.field];
      return `${at}${words.subject} « ${problem.value} » ${column} n'est pas valide ; attendu : ${words.expected}.`;
    }
    case 'formula_error':
      return `${at}la colonne « ${header} » affiche l'erreur de formule « ${problem.value} » ; corrigez la formule dans la feuille.`;
    case 'negative':
      return `${at}${FIELDS.fr[problem.field].subject} « ${problem.value} » ${column} est négatif${problem.field === 'amount' ? ' ; un avoir ne se relance pas' : ''}.`;
    case 'duplicate':
      return `${at}le numéro de facture « ${problem.value} » figure déjà ligne ${problem.firstRow} ; cette ligne est ignorée.`;
    case 'due_before_issue':
      return `${at}l'échéance « ${problem.value} » ${column} précède la date d'émission « ${problem.issueValue} » (colonne « ${problem.issueHeader} »).`;
    case 'paid_exceeds_amount':
      return `${at}le montant payé « ${problem.value} » ${column} dépasse le montant de la facture « ${problem.amountValue} ».`;
    case 'currency_conflict':
      return `${at}${FIELDS.fr[problem.field].subject} « ${problem.value} » ${column} n'est pas dans la devise de la facture (${problem.expected}).`;
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
      const words = FIELDS.en[problem.field];
      return `${at}${words.subject} '${problem.value}' ${column} is not valid; expected ${words.expected}.`;
    }
    case 'formula_error':
      return `${at}column '${header}' shows the formula error '${problem.value}'; fix the formula in the sheet.`;
    case 'negative':
      return `${at}${FIELDS.en[problem.field].subject} '${problem.value}' ${column} is negative${problem.field === 'amount' ? '; credit notes are not chased' : ''}.`;
    case 'duplicate':
      return `${at}invoice number '${problem.value}' already appears on row ${problem.firstRow}; this row is ignored.`;
    case 'due_before_issue':
      return `${at}due date '${problem.value}' ${column} is before the issue date '${problem.issueValue}' (column '${problem.issueHeader}').`;
    case 'paid_exceeds_amount':
      return `${at}amount paid '${problem.value}' ${column} is more than the invoice amount '${problem.amountValue}'.`;
    case 'currency_conflict':
      return `${at}${FIELDS.en[problem.field].subject} '${problem.value}' ${column} is not in the invoice's currency (${problem.expected}).`;
    case 'unreadable':
      return `${at}the row could not be read.`;
  }
}

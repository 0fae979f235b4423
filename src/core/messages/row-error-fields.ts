import type { InvoiceField } from '../columns/invoice-fields.ts';
import type { Language } from '../invoice.ts';

/**
 * How a row error names each field and says what the cell should hold, in each language. Data
 * only: the build ships it as a project file read when a row error is first worded
 * (scripts/lazy-data.ts).
 */

export interface FieldWords {
  /** Noun phrase with its article, lower case: « l'adresse e-mail ». */
  readonly subject: string;
  /** What the cell should look like. */
  readonly expected: string;
}

export type FieldTexts = Readonly<Record<InvoiceField, FieldWords>>;

const DATE_FR = 'une date comme 12/03/2026 ou 2026-03-12';
const DATE_EN = 'a date such as 12/03/2026 or 2026-03-12';
const AMOUNT_FR = 'un nombre comme 1 234,56 € ou 1234.56';
const AMOUNT_EN = 'a number such as 1,234.56 or 1 234,56 €';
const EMAILS_FR = 'une adresse comme nom@domaine.fr (plusieurs séparées par , ou ;)';
const EMAILS_EN = 'an address such as name@example.com (several separated by , or ;)';

export const ROW_ERROR_FIELDS: Readonly<Record<Language, FieldTexts>> = {
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
    customerKind: {
      subject: 'le type de client',
      expected: 'B2B (pro), B2C (particulier) ou administration',
    },
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
    customerKind: {
      subject: 'client type',
      expected: 'B2B (business), B2C (consumer) or public body',
    },
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

import type { LocalizedText } from '../localized-text.ts';
import type { PlaceholderName } from './placeholders.ts';

/**
 * What each placeholder gives, for the template editor's palette, in both languages. Data only:
 * the build ships it in the project data file (scripts/lazy-data.ts), and `getTemplates` hands each
 * description to the sidebar with the placeholder's name and alias, so the sidebar's own file,
 * downloaded at every opening, does not carry it. A test keeps this catalogue complete.
 */
export const PLACEHOLDER_DESCRIPTIONS: Readonly<Record<PlaceholderName, LocalizedText>> = {
  client: {
    fr: 'Nom du client',
    en: 'Client name',
  },
  contact: {
    fr: 'Nom du contact (vide si inconnu)',
    en: 'Contact name (empty when unknown)',
  },
  greeting: {
    fr: '« Bonjour Claire Moreau, » ou « Bonjour, » sans contact',
    en: '“Hello Sarah Thompson,” or “Hello,” without a contact',
  },
  invoice_number: {
    fr: 'Numéro de facture, ou « F-1, F-2 et F-3 »',
    en: 'Invoice number, or “F-1, F-2 and F-3”',
  },
  invoice_numbers: {
    fr: 'Même chose que invoice_number',
    en: 'Same as invoice_number',
  },
  invoice_ref: {
    fr: '« facture F-1 » ou « factures F-1 et F-2 »',
    en: '“invoice F-1” or “invoices F-1 and F-2”',
  },
  amount: {
    fr: 'Montant facturé (total si plusieurs)',
    en: 'Invoiced amount (sum if several)',
  },
  balance_due: {
    fr: 'Reste à payer (total si plusieurs)',
    en: 'Balance still due (sum if several)',
  },
  amount_paid: {
    fr: 'Déjà réglé (vide sans paiement partiel)',
    en: 'Already paid (empty without a partial payment)',
  },
  currency: {
    fr: 'Code de la devise (EUR)',
    en: 'Currency code (EUR)',
  },
  issue_date: {
    fr: "Date d'émission",
    en: 'Issue date',
  },
  due_date: {
    fr: "Date(s) d'échéance : « 12 et 20 mars 2026 »",
    en: 'Due date(s): “12 and 20 March 2026”',
  },
  on_due_date: {
    fr: '« le 12 mars 2026 » ou « les 12 et 20 mars 2026 »',
    en: '“on 12 March 2026” or “on 12 and 20 March 2026”',
  },
  days_overdue: {
    fr: 'Jours de retard (la plus ancienne ; 0 avant échéance)',
    en: 'Days overdue (the oldest; 0 before the due date)',
  },
  payment_link: {
    fr: 'Lien de paiement (vide sinon)',
    en: 'Payment link (or empty)',
  },
  payment_instructions: {
    fr: 'Phrase : lien de paiement, ou virement aux coordonnées de la facture',
    en: 'Sentence: the payment link, or a bank transfer using the invoice details',
  },
  invoice_list: {
    fr: 'Tableau des factures (HTML) ou lignes alignées (texte)',
    en: 'Table of the invoices (HTML) or aligned lines (text)',
  },
  total_due: {
    fr: 'Total restant dû',
    en: 'Total balance due',
  },
  late_interest: {
    fr: 'Intérêts de retard à ce jour',
    en: 'Late interest to date',
  },
  recovery_indemnity: {
    fr: 'Indemnité forfaitaire de recouvrement (0 pour un particulier)',
    en: 'Fixed recovery indemnity (0 for a consumer)',
  },
  total_with_penalties: {
    fr: 'Reste dû + intérêts + indemnité',
    en: 'Balance + interest + indemnity',
  },
  late_interest_sentence: {
    fr: 'Phrase sur les intérêts de retard, ou rien',
    en: 'Sentence about late interest, or nothing',
  },
  recovery_indemnity_sentence: {
    fr: "Phrase sur l'indemnité de recouvrement, ou rien (jamais pour un particulier)",
    en: 'Sentence about the recovery indemnity, or nothing (never for a consumer)',
  },
  total_with_penalties_sentence: {
    fr: 'Phrase donnant le total pénalités comprises, ou rien sans pénalités',
    en: 'Sentence giving the total with penalties, or nothing without penalties',
  },
  attachment_sentence: {
    fr: 'Phrase « facture en pièce jointe », ou rien sans pièce jointe',
    en: '“Invoice attached” sentence, or nothing without an attachment',
  },
  sender_name: {
    fr: 'Votre nom',
    en: 'Your name',
  },
  sender_contact: {
    fr: 'Votre contact',
    en: 'Your contact details',
  },
  sender_address: {
    fr: 'Votre adresse postale (réglages), pour une mise en demeure',
    en: 'Your postal address (settings), for a formal notice',
  },
  sender_registration: {
    fr: 'Votre numéro d’entreprise, ex. SIRET (réglages)',
    en: 'Your business registration number, e.g. SIRET (settings)',
  },
  notice_title: {
    fr: 'Titre de la mise en demeure selon la loi applicable',
    en: 'Title of the formal notice under the governing law',
  },
  notice_demand: {
    fr: 'Demande de paiement : principal, intérêts et indemnité, délai à compter de la réception',
    en: 'Payment demand: principal, interest and compensation, time limit from receipt',
  },
  notice_next_step: {
    fr: 'Suite donnée à défaut de paiement, selon la loi applicable',
    en: 'What follows if unpaid, under the governing law',
  },
  notice_sending_note: {
    fr: 'Note pour vous sur l’envoi (recommandé), à retirer avant l’envoi',
    en: 'Note for you on how to send it (registered post), to remove before sending',
  },
  today: {
    fr: 'Date du jour',
    en: "Today's date",
  },
  sender_company: {
    fr: 'Votre société (vide si aucune)',
    en: 'Your company (empty if none)',
  },
  deadline: {
    fr: 'Date limite de paiement : le jour de l’étape suivante (sinon aujourd’hui + 8 jours)',
    en: 'Payment deadline: the day of the next step (otherwise today + 8 days)',
  },
  previous_reminders: {
    fr: '« mon précédent rappel », « mes précédents rappels » : les relances envoyées ; vide sans relance',
    en: '“my previous reminder(s)”: the reminders sent; empty when none',
  },
  next_step_date: {
    fr: 'Jour de l’étape suivante (relance, appel ou mise en demeure) ; vide quand aucune ne suit',
    en: 'Day of the next step (reminder, call or formal notice); empty when none follows',
  },
  call_date: {
    fr: 'Jour de l’appel prévu ; vide sans appel',
    en: 'Day of the planned call; empty when none',
  },
  notice_date: {
    fr: 'Jour de la mise en demeure ; vide sans mise en demeure',
    en: 'Day of the formal notice; empty when none',
  },
  stage: {
    fr: 'Étape (« deuxième relance »)',
    en: 'Stage (“second reminder”)',
  },
};

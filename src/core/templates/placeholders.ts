/**
 * The placeholders a template may use, written `{{name}}` (spaces inside the braces allowed).
 * Names are exact: lower-case English snake_case, or the French alias listed. One more form picks
 * text by the number of invoices in the message, for French and English agreement:
 * `{{plural:la facture|les factures}}`.
 *
 * Sentence placeholders (`*_sentence`, `payment_instructions`) render a whole sentence or nothing:
 * a line of the body that holds only placeholders which all rendered empty is removed, so a
 * consumer's reminder simply has no indemnity paragraph.
 */
export const PLACEHOLDER_NAMES = [
  'client',
  'contact',
  'greeting',
  'invoice_number',
  'invoice_numbers',
  'invoice_ref',
  'amount',
  'balance_due',
  'currency',
  'issue_date',
  'due_date',
  'on_due_date',
  'days_overdue',
  'payment_link',
  'payment_instructions',
  'invoice_list',
  'total_due',
  'late_interest',
  'recovery_indemnity',
  'total_with_penalties',
  'late_interest_sentence',
  'recovery_indemnity_sentence',
  'total_with_penalties_sentence',
  'attachment_sentence',
  'sender_name',
  'sender_contact',
  'today',
  'deadline',
  'stage',
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

export interface PlaceholderDoc {
  readonly name: PlaceholderName;
  readonly alias: string | null;
  readonly description: { readonly fr: string; readonly en: string };
}

/** Documentation shown in the sidebar and README; one entry per name, in catalogue order. */
export const PLACEHOLDER_DOCS: readonly PlaceholderDoc[] = [
  doc('client', null, 'Nom du client', 'Client name'),
  doc('contact', null, 'Nom du contact (vide si inconnu)', 'Contact name (empty when unknown)'),
  doc(
    'greeting',
    'salutation',
    '« Bonjour Claire Moreau, » ou « Bonjour, » sans contact',
    '“Hello Sarah Thompson,” or “Hello,” without a contact',
  ),
  doc(
    'invoice_number',
    'numero_facture',
    'Numéro de facture, ou « F-1, F-2 et F-3 »',
    'Invoice number, or “F-1, F-2 and F-3”',
  ),
  doc(
    'invoice_numbers',
    'numeros_factures',
    'Même chose que invoice_number',
    'Same as invoice_number',
  ),
  doc(
    'invoice_ref',
    'reference_facture',
    '« facture F-1 » ou « factures F-1 et F-2 »',
    '“invoice F-1” or “invoices F-1 and F-2”',
  ),
  doc(
    'amount',
    'montant',
    'Montant facturé (total si plusieurs)',
    'Invoiced amount (sum if several)',
  ),
  doc(
    'balance_due',
    'reste_du',
    'Reste à payer (total si plusieurs)',
    'Balance still due (sum if several)',
  ),
  doc('currency', 'devise', 'Code de la devise (EUR)', 'Currency code (EUR)'),
  doc('issue_date', 'date_facture', "Date d'émission", 'Issue date'),
  doc(
    'due_date',
    'date_echeance',
    "Date(s) d'échéance : « 12 et 20 mars 2026 »",
    'Due date(s): “12 and 20 March 2026”',
  ),
  doc(
    'on_due_date',
    'le_date_echeance',
    '« le 12 mars 2026 » ou « les 12 et 20 mars 2026 »',
    '“on 12 March 2026” or “on 12 and 20 March 2026”',
  ),
  doc(
    'days_overdue',
    'jours_retard',
    'Jours de retard (la plus ancienne ; 0 avant échéance)',
    'Days overdue (the oldest; 0 before the due date)',
  ),
  doc('payment_link', 'lien_paiement', 'Lien de paiement (vide sinon)', 'Payment link (or empty)'),
  doc(
    'payment_instructions',
    'modalites_paiement',
    'Phrase : lien de paiement, ou virement aux coordonnées de la facture',
    'Sentence: the payment link, or a bank transfer using the invoice details',
  ),
  doc(
    'invoice_list',
    'liste_factures',
    'Tableau des factures (HTML) ou lignes alignées (texte)',
    'Table of the invoices (HTML) or aligned lines (text)',
  ),
  doc('total_due', 'total_du', 'Total restant dû', 'Total balance due'),
  doc('late_interest', 'interets_retard', 'Intérêts de retard à ce jour', 'Late interest to date'),
  doc(
    'recovery_indemnity',
    'indemnite_recouvrement',
    'Indemnité forfaitaire de recouvrement (0 pour un particulier)',
    'Fixed recovery indemnity (0 for a consumer)',
  ),
  doc(
    'total_with_penalties',
    'total_avec_penalites',
    'Reste dû + intérêts + indemnité',
    'Balance + interest + indemnity',
  ),
  doc(
    'late_interest_sentence',
    'phrase_interets',
    'Phrase sur les intérêts de retard, ou rien',
    'Sentence about late interest, or nothing',
  ),
  doc(
    'recovery_indemnity_sentence',
    'phrase_indemnite',
    "Phrase sur l'indemnité de recouvrement, ou rien (jamais pour un particulier)",
    'Sentence about the recovery indemnity, or nothing (never for a consumer)',
  ),
  doc(
    'total_with_penalties_sentence',
    'phrase_total_penalites',
    'Phrase donnant le total pénalités comprises, ou rien sans pénalités',
    'Sentence giving the total with penalties, or nothing without penalties',
  ),
  doc(
    'attachment_sentence',
    'phrase_piece_jointe',
    'Phrase « facture en pièce jointe », ou rien sans pièce jointe',
    '“Invoice attached” sentence, or nothing without an attachment',
  ),
  doc('sender_name', 'expediteur', 'Votre nom', 'Your name'),
  doc('sender_contact', 'contact_expediteur', 'Votre contact', 'Your contact details'),
  doc('today', 'date_du_jour', 'Date du jour', "Today's date"),
  doc(
    'deadline',
    'date_limite',
    'Date limite de paiement (aujourd’hui + 8 jours)',
    'Payment deadline (today + 8 days)',
  ),
  doc('stage', 'etape', 'Étape (« deuxième relance »)', 'Stage (“second reminder”)'),
];

function doc(name: PlaceholderName, alias: string | null, fr: string, en: string): PlaceholderDoc {
  return { name, alias, description: { fr, en } };
}

const BY_NAME: ReadonlyMap<string, PlaceholderName> = new Map(
  PLACEHOLDER_DOCS.flatMap((d): [string, PlaceholderName][] =>
    d.alias === null
      ? [[d.name, d.name]]
      : [
          [d.name, d.name],
          [d.alias, d.name],
        ],
  ),
);

/** The canonical name for a name or French alias; null when unknown. */
export function resolvePlaceholder(name: string): PlaceholderName | null {
  return BY_NAME.get(name) ?? null;
}

/** Placeholders whose value is a block (a table): not allowed in a subject. */
export const BLOCK_PLACEHOLDERS: ReadonlySet<PlaceholderName> = new Set(['invoice_list']);

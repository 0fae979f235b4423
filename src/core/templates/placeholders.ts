/**
 * The placeholders a template may use, written `{{name}}` (spaces inside the braces allowed).
 * Names are exact: lower-case English snake_case, or the French alias listed. One more form picks
 * text by the number of invoices in the message, for French and English agreement:
 * `{{plural:la facture|les factures}}`.
 *
 * What a message says happened before it or will follow it is true of every invoice it lists:
 * `previous_reminders` is empty when no reminder was sent (a skipped stage sends nothing), and
 * `next_step_date` / `call_date` / `notice_date` are empty when no step / that step is not in the
 * ladder ahead (switched off, or past the cap of reminders per invoice), so templates
 * put such claims in sections `{{#previous_reminders}}…{{/previous_reminders}}` (and the wording
 * without them in `{{^previous_reminders}}…{{/previous_reminders}}`).
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
  'amount_paid',
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
  'sender_company',
  'sender_address',
  'sender_registration',
  'notice_title',
  'notice_demand',
  'notice_next_step',
  'notice_sending_note',
  'today',
  'deadline',
  'previous_reminders',
  'next_step_date',
  'call_date',
  'notice_date',
  'stage',
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/**
 * The French alias accepted for each name (null: none). What each placeholder gives is documented
 * in README.md beside this file and, for the sidebar's palette, in sidebar/src/i18n/placeholders.ts.
 */
export const PLACEHOLDER_ALIASES: Readonly<Record<PlaceholderName, string | null>> = {
  client: null,
  contact: null,
  greeting: 'salutation',
  invoice_number: 'numero_facture',
  invoice_numbers: 'numeros_factures',
  invoice_ref: 'reference_facture',
  amount: 'montant',
  balance_due: 'reste_du',
  amount_paid: 'montant_regle',
  currency: 'devise',
  issue_date: 'date_facture',
  due_date: 'date_echeance',
  on_due_date: 'le_date_echeance',
  days_overdue: 'jours_retard',
  payment_link: 'lien_paiement',
  payment_instructions: 'modalites_paiement',
  invoice_list: 'liste_factures',
  total_due: 'total_du',
  late_interest: 'interets_retard',
  recovery_indemnity: 'indemnite_recouvrement',
  total_with_penalties: 'total_avec_penalites',
  late_interest_sentence: 'phrase_interets',
  recovery_indemnity_sentence: 'phrase_indemnite',
  total_with_penalties_sentence: 'phrase_total_penalites',
  attachment_sentence: 'phrase_piece_jointe',
  sender_name: 'expediteur',
  sender_contact: 'contact_expediteur',
  sender_company: 'societe_expediteur',
  sender_address: 'adresse_expediteur',
  sender_registration: 'siret',
  notice_title: 'titre_mise_en_demeure',
  notice_demand: 'demande_mise_en_demeure',
  notice_next_step: 'suite_mise_en_demeure',
  notice_sending_note: 'note_envoi',
  today: 'date_du_jour',
  deadline: 'date_limite',
  previous_reminders: 'rappels_precedents',
  next_step_date: 'date_etape_suivante',
  call_date: 'date_appel',
  notice_date: 'date_mise_en_demeure',
  stage: 'etape',
};

const BY_NAME: ReadonlyMap<string, PlaceholderName> = new Map(
  PLACEHOLDER_NAMES.flatMap((name): [string, PlaceholderName][] => {
    const alias = PLACEHOLDER_ALIASES[name];
    return alias === null
      ? [[name, name]]
      : [
          [name, name],
          [alias, name],
        ];
  }),
);

/** The canonical name for a name or French alias; null when unknown. */
export function resolvePlaceholder(name: string): PlaceholderName | null {
  return BY_NAME.get(name) ?? null;
}

/**
 * Values that a message may lack (no contact name, no payment link, no sender contact …). Used in
 * a sentence outside an optional section `{{#name}}…{{/name}}`, an empty one stops the message
 * (it waits, with the reason shown) rather than go out with a hole. Sentence placeholders are
 * not listed: they are made to render nothing.
 */
export const MAY_BE_EMPTY: ReadonlySet<PlaceholderName> = new Set([
  'contact',
  'payment_link',
  'issue_date',
  'sender_name',
  'sender_contact',
  'sender_company',
  'previous_reminders',
  'next_step_date',
  'call_date',
  'notice_date',
]);

/** Placeholders whose value is a block (a table): not allowed in a subject. */
export const BLOCK_PLACEHOLDERS: ReadonlySet<PlaceholderName> = new Set(['invoice_list']);

import type { Language } from '../invoice.ts';
import type { Stage } from '../stage.ts';
import { frenchTypography } from './french-typography.ts';
import { NOTE_TEMPLATES } from './note-defaults.ts';
import { type TemplateAudience, type TemplateRow, templateId } from './template-row.ts';

/**
 * The templates written into a new templates tab: French and English, every stage, for all
 * segments, plus tone variants (a `new` client is told how to pay, a `key_account` gets a light
 * touch, `chronic` and `high_risk` clients a firmer second reminder) and an A/B pair for the first
 * reminder that differs only in its subject line.
 *
 * Consumers get the same texts: the fee sentences (`{{late_interest_sentence}}`,
 * `{{recovery_indemnity_sentence}}`, `{{total_with_penalties_sentence}}`) render nothing when no
 * fee applies, and their line disappears; a consumer is never claimed the €40 indemnity.
 *
 * Every e-mail states the invoice numbers, the amount due, the due dates, how to pay, a contact
 * and “ignore this if you already paid”. Phrases that depend on the number of
 * invoices use `{{plural:singular|plural}}`.
 */
function template(
  stage: Stage,
  segment: TemplateAudience,
  language: Language,
  variant: string,
  subject: string,
  body: readonly string[],
): TemplateRow {
  return {
    id: templateId(stage, segment, language, variant),
    stage,
    segment,
    language,
    variant,
    subject: language === 'fr' ? frenchTypography(subject) : subject,
    body: language === 'fr' ? frenchTypography(body.join('\n')) : body.join('\n'),
    active: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Français
// ---------------------------------------------------------------------------------------------

// Closing lines shared by the French e-mails. The contact sentence is an optional section: with
// no contact in the settings it disappears whole instead of ending on "joignable : .".
const FR_ALREADY_PAID =
  'Si vous avez déjà effectué le paiement, merci de ne pas tenir compte de ce message.';
const FR_CONTACT =
  '{{#sender_contact}}Pour toute question, je reste joignable : {{sender_contact}}.{{/sender_contact}}';
/**
 * What a message says of the reminders before it and of the steps after it is true of every
 * invoice it lists: "deuxième" / "dernier rappel" only after a reminder that was sent (a stage the
 * user skipped sent nothing), the call and the notice only when they are in the ladder ahead, and
 * "the procedure goes on" only when some step is (`{{#next_step_date}}`).
 */
const FR_SECOND_OR_FIRST =
  '{{#previous_reminders}}Deuxième rappel{{/previous_reminders}}{{^previous_reminders}}Rappel de paiement{{/previous_reminders}}';
const FR_FINAL_OR_FIRST =
  '{{#previous_reminders}}Dernier rappel{{/previous_reminders}}{{^previous_reminders}}Rappel de paiement{{/previous_reminders}}';
const FR_STEPS_AHEAD =
  '{{#call_date}}À défaut, je vous appellerai à cette date{{#notice_date}}, puis je vous adresserai une mise en demeure de payer{{/notice_date}}. {{/call_date}}{{^call_date}}{{#notice_date}}À défaut, je vous adresserai ensuite une mise en demeure de payer. {{/notice_date}}{{/call_date}}';
const FR_PARTIAL =
  "{{#amount_paid}}J'ai bien reçu {{amount_paid}} à ce titre, merci : le tableau ci-dessous indique le reste dû.{{/amount_paid}}";

const FR_PRE_DUE = template('pre_due', 'all', 'fr', 'A', 'Échéance à venir – {{invoice_ref}}', [
  '{{greeting}}',
  '',
  "Petit rappel avant l'échéance : {{plural:la facture|les factures}} {{invoice_number}} {{plural:arrive|arrivent}} à échéance {{on_due_date}}, pour un montant restant dû de {{total_due}}.",
  '',
  '{{payment_instructions}}',
  '',
  `Si vous avez déjà effectué ou programmé le règlement, merci de ne pas tenir compte de ce message. ${FR_CONTACT}`,
  '',
  'Bien cordialement,',
  '{{sender_name}}',
  '{{sender_company}}',
]);

const FR_R1_BODY = [
  '{{greeting}}',
  '',
  "Sauf erreur de ma part, je n'ai pas encore reçu le règlement {{plural:de la facture|des factures}} {{invoice_number}}, {{plural:arrivée|arrivées}} à échéance {{on_due_date}}. Le montant restant dû est de {{total_due}}.",
  FR_PARTIAL,
  '',
  '{{invoice_list}}',
  '',
  '{{payment_instructions}}',
  '',
  `${FR_ALREADY_PAID} ${FR_CONTACT}`,
  '',
  'Bien cordialement,',
  '{{sender_name}}',
  '{{sender_company}}',
];

const FR_R1_A = template(
  'r1',
  'all',
  'fr',
  'A',
  'Rappel de paiement – {{invoice_ref}}',
  FR_R1_BODY,
);
const FR_R1_B = template(
  'r1',
  'all',
  'fr',
  'B',
  'Règlement en attente – {{invoice_ref}} ({{total_due}})',
  FR_R1_BODY,
);

const FR_R1_NEW = template('r1', 'new', 'fr', 'A', 'Rappel de paiement – {{invoice_ref}}', [
  '{{greeting}}',
  '',
  "Merci encore pour votre confiance. Je me permets un petit rappel : {{plural:la facture|les factures}} {{invoice_number}} {{plural:est arrivée|sont arrivées}} à échéance {{on_due_date}}, et je n'en ai pas encore reçu le règlement. Le montant restant dû est de {{total_due}}.",
  FR_PARTIAL,
  '',
  '{{invoice_list}}',
  '',
  'Pour vous faciliter les choses, voici comment régler :',
  '{{payment_instructions}}',
  '',
  "Si le règlement est déjà parti, ne tenez pas compte de ce message. Et si quelque chose n'est pas clair (la facture, les coordonnées bancaires, un bon de commande à fournir à votre comptabilité), écrivez-moi{{#sender_contact}} : {{sender_contact}}{{/sender_contact}}.",
  '',
  'Bien cordialement,',
  '{{sender_name}}',
  '{{sender_company}}',
]);

const FR_R1_KEY = template('r1', 'key_account', 'fr', 'A', 'Petit rappel – {{invoice_ref}}', [
  '{{greeting}}',
  '',
  "Un petit mot pour vous signaler que {{plural:la facture|les factures}} {{invoice_number}}, {{plural:arrivée|arrivées}} à échéance {{on_due_date}}, {{plural:n'apparaît|n'apparaissent}} pas encore comme {{plural:réglée|réglées}} de mon côté (reste dû : {{total_due}}). Il s'agit sans doute d'un simple décalage de traitement.",
  FR_PARTIAL,
  '',
  '{{invoice_list}}',
  '',
  '{{payment_instructions}}',
  '',
  "Si c'est déjà fait, ne tenez pas compte de ce message. Merci d'avance, et à bientôt.",
  '',
  '{{sender_name}}',
  '{{sender_company}}',
  '{{sender_contact}}',
]);

const FR_R2 = template('r2', 'all', 'fr', 'A', `${FR_SECOND_OR_FIRST} – {{invoice_ref}}`, [
  '{{greeting}}',
  '',
  "Je reviens vers vous au sujet {{plural:de la facture|des factures}} {{invoice_number}}. Selon les conditions de paiement convenues, {{plural:elle était payable|elles étaient payables}} {{on_due_date}} ; à ce jour, je n'en ai pas reçu le règlement complet. Le montant restant dû est de {{total_due}}.",
  FR_PARTIAL,
  '',
  '{{invoice_list}}',
  '',
  '{{attachment_sentence}}',
  '',
  '{{payment_instructions}}',
  '',
  'Si le paiement a été fait entre-temps, merci de ne pas tenir compte de ce message. Si un point bloque le règlement (question sur la facture, circuit de validation, délai), dites-le-moi : nous trouverons une solution ensemble.{{#sender_contact}} Je suis joignable : {{sender_contact}}.{{/sender_contact}}',
  '',
  'Cordialement,',
  '{{sender_name}}',
  '{{sender_company}}',
]);

const FR_R2_FIRM_BODY = [
  '{{greeting}}',
  '',
  "{{#previous_reminders}}Malgré {{previous_reminders}}, je n'ai toujours pas reçu{{/previous_reminders}}{{^previous_reminders}}Je n'ai pas reçu{{/previous_reminders}} le règlement {{plural:de la facture|des factures}} {{invoice_number}}. Conformément aux conditions de paiement convenues, {{plural:elle devait être réglée|elles devaient être réglées}} {{on_due_date}}. Le montant restant dû est de {{total_due}}.",
  FR_PARTIAL,
  '',
  '{{invoice_list}}',
  '',
  '{{attachment_sentence}}',
  '',
  'Je vous remercie de procéder au règlement au plus tard le {{deadline}}.',
  '{{payment_instructions}}',
  '',
  "Si vous rencontrez une difficulté, contactez-moi dès maintenant{{#sender_contact}} ({{sender_contact}}){{/sender_contact}} afin que nous convenions ensemble d'un calendrier de paiement.{{#next_step_date}} Sans règlement ni nouvelles de votre part, la procédure de relance suivra son cours.{{/next_step_date}}",
  '',
  'Si le règlement a été effectué ces derniers jours, merci de ne pas tenir compte de ce message.',
  '',
  'Cordialement,',
  '{{sender_name}}',
  '{{sender_company}}',
];
const FR_R2_FIRM_SUBJECT = `${FR_SECOND_OR_FIRST} : règlement attendu – {{invoice_ref}}`;

const FR_R3 = template(
  'r3',
  'all',
  'fr',
  'A',
  `${FR_FINAL_OR_FIRST}{{#notice_date}} avant mise en demeure{{/notice_date}} – {{invoice_ref}}`,
  [
    '{{greeting}}',
    '',
    '{{#previous_reminders}}Malgré {{previous_reminders}}, {{plural:la facture|les factures}}{{/previous_reminders}}{{^previous_reminders}}{{plural:La facture|Les factures}}{{/previous_reminders}} {{invoice_number}}, {{plural:échue|échues}} {{on_due_date}}, {{plural:reste impayée|restent impayées}} à ce jour. Le montant restant dû est de {{total_due}}.',
    FR_PARTIAL,
    '',
    '{{invoice_list}}',
    '',
    '{{late_interest_sentence}}',
    '{{recovery_indemnity_sentence}}',
    '{{total_with_penalties_sentence}}',
    '',
    'Je vous remercie de régler le montant dû au plus tard le {{deadline}}.',
    '{{payment_instructions}}',
    '',
    `${FR_STEPS_AHEAD}Si vous rencontrez une difficulté, un échelonnement reste possible : contactez-moi rapidement{{#sender_contact}} ({{sender_contact}}){{/sender_contact}}.`,
    '',
    'Si le règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.',
    '',
    'Cordialement,',
    '{{sender_name}}',
    '{{sender_company}}',
  ],
);

const FR_CALL = template(
  'call',
  'all',
  'fr',
  'A',
  'Appeler {{client}} – {{invoice_ref}} ({{total_due}})',
  [
    'Appel de relance à passer : {{client}}',
    '{{#contact}}Interlocuteur : {{contact}}{{/contact}}',
    'Reste dû : {{total_due}} – {{plural:retard|plus ancien retard}} : {{days_overdue}} jours.',
    '',
    '{{invoice_list}}',
    '',
    'Déroulé suggéré :',
    "1. Présentez-vous et rappelez l'objet de l'appel : {{plural:la facture|les factures}} {{invoice_number}}, {{plural:restée impayée|restées impayées}}{{#previous_reminders}} malgré vos rappels écrits{{/previous_reminders}}.",
    '2. Vérifiez que {{plural:la facture a bien été reçue|les factures ont bien été reçues}} et demandez ce qui bloque le règlement (validation interne, bon de commande, désaccord).',
    "3. Obtenez une date de paiement précise et notez-la comme promesse de paiement dans le tableau : les relances s'arrêteront jusqu'à cette date.",
    '4. En cas de désaccord sur la facture, passez-la en litige et traitez le point soulevé avant toute nouvelle relance.',
    '5. Si le client ne peut pas payer en une fois, proposez un échéancier et confirmez-le par écrit.',
    "{{#notice_date}}6. Sans accord, indiquez calmement qu'une mise en demeure suivra.{{/notice_date}}",
    '',
    "Après l'appel, résumez par e-mail ce qui a été convenu : c'est une trace utile en cas de litige.",
  ],
);

/**
 * The formal notice: its legal content (title, demand, what follows, how to send it) comes from
 * the `notice_*` placeholders, written for the legal system of the governing law, so one template
 * per language serves a French mise en demeure, a UK letter before action and a neutral final
 * demand. The first line is a note to the user, in brackets, to remove before sending.
 */
const FR_NOTICE = template('notice', 'all', 'fr', 'A', '{{notice_title}} – {{invoice_ref}}', [
  '{{notice_sending_note}}',
  '',
  '{{sender_name}}',
  '{{sender_address}}',
  '{{sender_registration}}',
  '{{sender_contact}}',
  '',
  '{{client}}',
  '{{contact}}',
  '',
  'Le {{today}}',
  '',
  'Objet : {{notice_title}} – {{invoice_ref}}',
  '',
  'Madame, Monsieur,',
  '',
  '{{#previous_reminders}}Malgré {{previous_reminders}}, {{plural:la facture suivante reste impayée|les factures suivantes restent impayées}}{{/previous_reminders}}{{^previous_reminders}}{{plural:La facture suivante reste impayée|Les factures suivantes restent impayées}}{{/previous_reminders}} à ce jour :',
  '',
  '{{invoice_list}}',
  '',
  '{{notice_demand}}',
  '',
  '{{late_interest_sentence}}',
  '{{recovery_indemnity_sentence}}',
  '',
  '{{payment_instructions}}',
  '',
  '{{notice_next_step}}',
  '',
  "Je reste disponible d'ici là pour convenir d'un règlement amiable : {{sender_contact}}.",
  '',
  "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
  '',
  '{{sender_name}}',
  'Signature :',
]);

// ---------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------

// Closing lines shared by the English e-mails (the contact sentence is an optional section).
const EN_CONTACT =
  '{{#sender_contact}}If you have any questions, you can reach me at {{sender_contact}}.{{/sender_contact}}';
const EN_SECOND_OR_FIRST =
  '{{#previous_reminders}}Second reminder{{/previous_reminders}}{{^previous_reminders}}Payment reminder{{/previous_reminders}}';
const EN_FINAL_OR_FIRST =
  '{{#previous_reminders}}Final reminder{{/previous_reminders}}{{^previous_reminders}}Payment reminder{{/previous_reminders}}';
const EN_STEPS_AHEAD =
  '{{#call_date}}Otherwise, I will call you on that day{{#notice_date}} and then send you a formal notice to pay{{/notice_date}}. {{/call_date}}{{^call_date}}{{#notice_date}}Otherwise, I will then send you a formal notice to pay. {{/notice_date}}{{/call_date}}';
const EN_PARTIAL =
  '{{#amount_paid}}I have received {{amount_paid}} towards {{plural:it|them}}, thank you: the table below shows the balance still due.{{/amount_paid}}';

const EN_PRE_DUE = template('pre_due', 'all', 'en', 'A', 'Upcoming due date – {{invoice_ref}}', [
  '{{greeting}}',
  '',
  'A quick note ahead of the due date: {{invoice_ref}} {{plural:is|are}} due on {{due_date}}, with {{total_due}} still to pay.',
  '',
  '{{payment_instructions}}',
  '',
  `If you have already paid or scheduled the payment, please ignore this message. ${EN_CONTACT}`,
  '',
  'Kind regards,',
  '{{sender_name}}',
  '{{sender_company}}',
]);

const EN_R1_BODY = [
  '{{greeting}}',
  '',
  'I hope all is well. According to my records, {{invoice_ref}}, due on {{due_date}}, {{plural:has|have}} not been paid in full yet. The balance due is {{total_due}}.',
  EN_PARTIAL,
  '',
  '{{invoice_list}}',
  '',
  '{{payment_instructions}}',
  '',
  `If you have already paid, please ignore this message. ${EN_CONTACT}`,
  '',
  'Kind regards,',
  '{{sender_name}}',
  '{{sender_company}}',
];

const EN_R1_A = template('r1', 'all', 'en', 'A', 'Payment reminder – {{invoice_ref}}', EN_R1_BODY);
const EN_R1_B = template(
  'r1',
  'all',
  'en',
  'B',
  'Payment pending – {{invoice_ref}} ({{total_due}})',
  EN_R1_BODY,
);

const EN_R1_NEW = template('r1', 'new', 'en', 'A', 'Payment reminder – {{invoice_ref}}', [
  '{{greeting}}',
  '',
  'Thank you again for your business. A quick reminder: {{invoice_ref}} {{plural:was|were}} due on {{due_date}}, and I have not received the payment yet. The balance due is {{total_due}}.',
  EN_PARTIAL,
  '',
  '{{invoice_list}}',
  '',
  'To make things easy, here is how to pay:',
  '{{payment_instructions}}',
  '',
  'If the payment is already on its way, please ignore this message. And if anything is unclear (the invoice, the bank details, a purchase order your accounts team needs), just write to me{{#sender_contact}} at {{sender_contact}}{{/sender_contact}}.',
  '',
  'Kind regards,',
  '{{sender_name}}',
  '{{sender_company}}',
]);

const EN_R1_KEY = template('r1', 'key_account', 'en', 'A', 'Quick reminder – {{invoice_ref}}', [
  '{{greeting}}',
  '',
  'Just a short note: {{invoice_ref}}, due on {{due_date}}, {{plural:does|do}} not show as paid on my side yet (balance due: {{total_due}}). It is probably just a processing delay.',
  EN_PARTIAL,
  '',
  '{{invoice_list}}',
  '',
  '{{payment_instructions}}',
  '',
  'If it has already been taken care of, please ignore this message. Many thanks, and speak soon.',
  '',
  '{{sender_name}}',
  '{{sender_company}}',
  '{{sender_contact}}',
]);

const EN_R2 = template('r2', 'all', 'en', 'A', `${EN_SECOND_OR_FIRST} – {{invoice_ref}}`, [
  '{{greeting}}',
  '',
  'I am following up on {{invoice_ref}}. Under our agreed payment terms, {{plural:it was|they were}} due on {{due_date}}, and I have not received payment in full so far. The balance due is {{total_due}}.',
  EN_PARTIAL,
  '',
  '{{invoice_list}}',
  '',
  '{{attachment_sentence}}',
  '',
  '{{payment_instructions}}',
  '',
  'If you have paid in the meantime, please ignore this message. If something is holding up the payment (a question about the invoice, an approval process, timing), let me know and we will find a solution together.{{#sender_contact}} You can reach me at {{sender_contact}}.{{/sender_contact}}',
  '',
  'Kind regards,',
  '{{sender_name}}',
  '{{sender_company}}',
]);

const EN_R2_FIRM_BODY = [
  '{{greeting}}',
  '',
  '{{#previous_reminders}}Despite {{previous_reminders}}, I have still not received{{/previous_reminders}}{{^previous_reminders}}I have not received{{/previous_reminders}} payment of {{invoice_ref}}. Under our agreed payment terms, {{plural:it was|they were}} due on {{due_date}}. The balance due is {{total_due}}.',
  EN_PARTIAL,
  '',
  '{{invoice_list}}',
  '',
  '{{attachment_sentence}}',
  '',
  'Please settle the amount due by {{deadline}}.',
  '{{payment_instructions}}',
  '',
  'If you are facing a difficulty, contact me now{{#sender_contact}} ({{sender_contact}}){{/sender_contact}} so that we can agree on a payment schedule.{{#next_step_date}} Without payment or news from you, the reminder process will continue.{{/next_step_date}}',
  '',
  'If you have paid in the last few days, please ignore this message.',
  '',
  'Regards,',
  '{{sender_name}}',
  '{{sender_company}}',
];
const EN_R2_FIRM_SUBJECT = `${EN_SECOND_OR_FIRST}: payment required – {{invoice_ref}}`;

const EN_R3 = template(
  'r3',
  'all',
  'en',
  'A',
  `${EN_FINAL_OR_FIRST}{{#notice_date}} before formal notice{{/notice_date}} – {{invoice_ref}}`,
  [
    '{{greeting}}',
    '',
    '{{#previous_reminders}}Despite {{previous_reminders}}, {{invoice_ref}}{{/previous_reminders}}{{^previous_reminders}}{{plural:Invoice|Invoices}} {{invoice_number}}{{/previous_reminders}}, due on {{due_date}}, {{plural:remains|remain}} unpaid. The balance due is {{total_due}}.',
    EN_PARTIAL,
    '',
    '{{invoice_list}}',
    '',
    '{{late_interest_sentence}}',
    '{{recovery_indemnity_sentence}}',
    '{{total_with_penalties_sentence}}',
    '',
    'Please settle the amount due by {{deadline}}.',
    '{{payment_instructions}}',
    '',
    `${EN_STEPS_AHEAD}If you are facing a difficulty, a payment plan is still possible: please contact me promptly{{#sender_contact}} ({{sender_contact}}){{/sender_contact}}.`,
    '',
    'If you have paid in the meantime, please ignore this message.',
    '',
    'Regards,',
    '{{sender_name}}',
    '{{sender_company}}',
  ],
);

const EN_CALL = template(
  'call',
  'all',
  'en',
  'A',
  'Call {{client}} – {{invoice_ref}} ({{total_due}})',
  [
    'Phone follow-up to make: {{client}}',
    '{{#contact}}Contact: {{contact}}{{/contact}}',
    'Balance due: {{total_due}} – {{plural:overdue by|oldest invoice overdue by}} {{days_overdue}} days.',
    '',
    '{{invoice_list}}',
    '',
    'Suggested outline:',
    '1. Introduce yourself and state the purpose of the call: {{invoice_ref}}, still unpaid{{#previous_reminders}} despite your written reminders{{/previous_reminders}}.',
    '2. Check that {{plural:the invoice was|the invoices were}} received and ask what is holding up payment (internal approval, purchase order, disagreement).',
    '3. Get a precise payment date and record it as the promise-to-pay date in the sheet: reminders stop until that date.',
    '4. If the client disputes the invoice, mark it as disputed and deal with the issue before any further reminder.',
    '5. If the client cannot pay in one go, offer a payment plan and confirm it in writing.',
    '{{#notice_date}}6. Without an agreement, calmly explain that a formal notice will follow.{{/notice_date}}',
    '',
    'After the call, summarise what was agreed in an e-mail: it is useful evidence in case of a dispute.',
  ],
);

const EN_NOTICE = template('notice', 'all', 'en', 'A', '{{notice_title}} – {{invoice_ref}}', [
  '{{notice_sending_note}}',
  '',
  '{{sender_name}}',
  '{{sender_address}}',
  '{{sender_registration}}',
  '{{sender_contact}}',
  '',
  '{{client}}',
  '{{contact}}',
  '',
  '{{today}}',
  '',
  'Subject: {{notice_title}} – {{invoice_ref}}',
  '',
  'Dear Sir or Madam,',
  '',
  '{{#previous_reminders}}Despite {{previous_reminders}}, the{{/previous_reminders}}{{^previous_reminders}}The{{/previous_reminders}} following {{plural:invoice remains|invoices remain}} unpaid to date:',
  '',
  '{{invoice_list}}',
  '',
  '{{notice_demand}}',
  '',
  '{{late_interest_sentence}}',
  '{{recovery_indemnity_sentence}}',
  '',
  '{{payment_instructions}}',
  '',
  '{{notice_next_step}}',
  '',
  'Until then, I remain available to agree an amicable settlement: {{sender_contact}}.',
  '',
  'Yours faithfully,',
  '',
  '{{sender_name}}',
  'Signature:',
]);

export const DEFAULT_TEMPLATES: readonly TemplateRow[] = [
  FR_PRE_DUE,
  FR_R1_A,
  FR_R1_B,
  FR_R1_NEW,
  FR_R1_KEY,
  FR_R2,
  template('r2', 'chronic', 'fr', 'A', FR_R2_FIRM_SUBJECT, FR_R2_FIRM_BODY),
  template('r2', 'high_risk', 'fr', 'A', FR_R2_FIRM_SUBJECT, FR_R2_FIRM_BODY),
  FR_R3,
  FR_CALL,
  FR_NOTICE,
  EN_PRE_DUE,
  EN_R1_A,
  EN_R1_B,
  EN_R1_NEW,
  EN_R1_KEY,
  EN_R2,
  template('r2', 'chronic', 'en', 'A', EN_R2_FIRM_SUBJECT, EN_R2_FIRM_BODY),
  template('r2', 'high_risk', 'en', 'A', EN_R2_FIRM_SUBJECT, EN_R2_FIRM_BODY),
  EN_R3,
  EN_CALL,
  EN_NOTICE,
  // Quote follow-ups and payment-plan instalments.
  ...NOTE_TEMPLATES,
];

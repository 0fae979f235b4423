import type { Language } from '../invoice.ts';
import type { NoteStage } from '../stage.ts';
import { frenchTypography } from './french-typography.ts';
import { type TemplateRow, templateId } from './template-row.ts';

/**
 * Default templates of the notes outside the invoice ladder, French and English, in the guides'
 * tone: a quote follow-up shows interest and availability for questions and says what happens at
 * the deadline, with no pressure and no legal wording; an instalment note and reminder speak of
 * that instalment only. In these templates `{{invoice_number}}` is the quote's or the plan's
 * invoice number, `{{total_due}}` the quote's amount or what is left of the instalment, and
 * `{{due_date}}` the acceptance deadline or the instalment's date.
 */
function note(
  stage: NoteStage,
  language: Language,
  subject: string,
  body: readonly string[],
): TemplateRow {
  return {
    id: templateId(stage, 'all', language, 'A'),
    stage,
    segment: 'all',
    language,
    variant: 'A',
    subject: language === 'fr' ? frenchTypography(subject) : subject,
    body: language === 'fr' ? frenchTypography(body.join('\n')) : body.join('\n'),
    active: true,
  };
}

export const NOTE_TEMPLATES: readonly TemplateRow[] = [
  note('q_follow', 'fr', 'Votre devis {{invoice_number}}', [
    '{{greeting}}',
    '',
    'Je reviens vers vous au sujet du devis {{invoice_number}} ({{total_due}}) que je vous ai adressé. Il reste valable jusqu’au {{due_date}}.',
    '',
    'Avez-vous eu le temps de le regarder ? Si une question se pose, si un point mérite d’être ajusté ou si vous souhaitez en parler de vive voix, je suis disponible{{#sender_contact}} : {{sender_contact}}{{/sender_contact}}.',
    '',
    'Pour l’accepter, il suffit de me renvoyer le devis signé ou de répondre à ce message.',
    '',
    'Bien cordialement,',
    '{{sender_name}}',
  ]),
  note('q_expired', 'fr', 'Devis {{invoice_number}} arrivé à échéance', [
    '{{greeting}}',
    '',
    'Le devis {{invoice_number}} ({{total_due}}) est arrivé à échéance le {{due_date}}.',
    '',
    'Si le projet est toujours d’actualité, je peux vous adresser un devis à jour, avec un planning revu selon mes disponibilités. Si le moment n’est pas le bon, aucun souci : n’hésitez pas à revenir vers moi plus tard.',
    '',
    '{{#sender_contact}}Je reste joignable pour toute question : {{sender_contact}}.{{/sender_contact}}',
    '',
    'Bien cordialement,',
    '{{sender_name}}',
  ]),
  note('plan_note', 'fr', 'Échéancier – prochaine échéance le {{due_date}}', [
    '{{greeting}}',
    '',
    'Comme convenu dans notre échéancier pour {{plural:la facture|les factures}} {{invoice_number}}, la prochaine échéance, de {{total_due}}, est prévue {{on_due_date}}.',
    '',
    '{{payment_instructions}}',
    '',
    'Si le virement est déjà programmé, merci de ne pas tenir compte de ce message.{{#sender_contact}} Pour toute question : {{sender_contact}}.{{/sender_contact}}',
    '',
    'Bien cordialement,',
    '{{sender_name}}',
  ]),
  note('plan_reminder', 'fr', 'Échéancier – échéance du {{due_date}}', [
    '{{greeting}}',
    '',
    'Sauf erreur de ma part, je n’ai pas encore reçu l’échéance du {{due_date}} de notre échéancier pour {{plural:la facture|les factures}} {{invoice_number}} : il reste {{total_due}} à régler pour cette échéance.',
    '',
    '{{payment_instructions}}',
    '',
    'Si le paiement est en cours, merci de ne pas tenir compte de ce message. Si vous rencontrez une difficulté, parlons-en avant que l’échéancier ne soit remis en cause{{#sender_contact}} : {{sender_contact}}{{/sender_contact}}.',
    '',
    'Bien cordialement,',
    '{{sender_name}}',
  ]),
  note('q_follow', 'en', 'Your quote {{invoice_number}}', [
    '{{greeting}}',
    '',
    'I am following up on quote {{invoice_number}} ({{total_due}}) that I sent you. It remains valid until {{due_date}}.',
    '',
    'Have you had a chance to look at it? If you have any questions, if something needs adjusting, or if you would like to talk it over, I am available{{#sender_contact}}: {{sender_contact}}{{/sender_contact}}.',
    '',
    'To accept it, simply send back the signed quote or reply to this e-mail.',
    '',
    'Kind regards,',
    '{{sender_name}}',
  ]),
  note('q_expired', 'en', 'Quote {{invoice_number}} has expired', [
    '{{greeting}}',
    '',
    'Quote {{invoice_number}} ({{total_due}}) expired on {{due_date}}.',
    '',
    'If the project is still on, I can send you an updated quote with a schedule that fits my current availability. If now is not the right time, no problem at all: feel free to get back to me later.',
    '',
    '{{#sender_contact}}I remain available for any question: {{sender_contact}}.{{/sender_contact}}',
    '',
    'Kind regards,',
    '{{sender_name}}',
  ]),
  note('plan_note', 'en', 'Payment plan – next instalment on {{due_date}}', [
    '{{greeting}}',
    '',
    'As agreed in our payment plan for {{invoice_ref}}, the next instalment, {{total_due}}, is due {{on_due_date}}.',
    '',
    '{{payment_instructions}}',
    '',
    'If the transfer is already scheduled, please disregard this message.{{#sender_contact}} For any question: {{sender_contact}}.{{/sender_contact}}',
    '',
    'Kind regards,',
    '{{sender_name}}',
  ]),
  note('plan_reminder', 'en', 'Payment plan – instalment of {{due_date}}', [
    '{{greeting}}',
    '',
    'Unless I am mistaken, I have not yet received the instalment of {{due_date}} in our payment plan for {{invoice_ref}}: {{total_due}} is still due for this instalment.',
    '',
    '{{payment_instructions}}',
    '',
    'If the payment is on its way, please disregard this message. If something makes it difficult, let us talk before the plan has to be reconsidered{{#sender_contact}}: {{sender_contact}}{{/sender_contact}}.',
    '',
    'Kind regards,',
    '{{sender_name}}',
  ]),
];

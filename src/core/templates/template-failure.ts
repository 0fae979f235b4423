/**
 * Why a message was not made from its template, as the log writes it (`reason=` of its `skipped`
 * or `failed` row) and the words the user acts on, the same in the log, the row's note and Today.
 *
 * A message waits (a `skipped` row; it goes once the cause is put right) when its template is
 * unsigned, claims reminders the log does not show, or uses a value empty for it; it fails (a
 * `failed` row) when the template is broken or there is none. Log rows of earlier versions wrote
 * `missing_value` for every waiting template: that code still reads as "waited on its template or
 * a value", and no reader of the log gives it another meaning (the run's own skips are audit only,
 * src/core/history.ts).
 */
import type { LocalizedText } from '../localized-text.ts';
import { type TemplateError, WAITING_ERRORS } from './template-error.ts';

export type TemplateFailureReason =
  /** The body lacks `{{sender_name}}` outside a section: nothing goes out unsigned. */
  | 'template_unsigned'
  /** "Malgré mes précédents rappels" and the like, while the log counts fewer reminders. */
  | 'template_claims_unsent_reminders'
  /** A value used in a sentence outside a section is empty for this message. */
  | 'missing_value'
  /** Unknown placeholder, unbalanced braces, empty subject …: it fails until the template is fixed. */
  | 'template_error'
  /** No active template for the stage. */
  | 'no_template';

/** The reasons that make a message wait rather than fail. */
const WAITING_REASONS: ReadonlySet<TemplateFailureReason> = new Set<TemplateFailureReason>([
  'template_unsigned',
  'template_claims_unsent_reminders',
  'missing_value',
]);

export function isWaitingReason(reason: TemplateFailureReason): boolean {
  return WAITING_REASONS.has(reason);
}

/**
 * The reason for `errors` (at least one): a broken template first (it cannot go whatever is
 * filled in), then what concerns the whole template (its signature, its claims) before a value
 * of one invoice.
 */
export function templateFailureReason(errors: readonly TemplateError[]): TemplateFailureReason {
  if (!errors.every((e) => WAITING_ERRORS.has(e.code))) return 'template_error';
  if (errors.some((e) => e.code === 'unsigned')) return 'template_unsigned';
  if (errors.some((e) => e.code === 'unsent_reminder_claim')) {
    return 'template_claims_unsent_reminders';
  }
  return 'missing_value';
}

/** Every error's sentence, in both languages: what the log, the note and Today say. */
export function templateErrorsText(errors: readonly TemplateError[]): LocalizedText {
  return {
    fr: errors.map((e) => e.message.fr).join(' '),
    en: errors.map((e) => e.message.en).join(' '),
  };
}

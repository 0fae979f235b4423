export type TemplateErrorCode =
  | 'unknown_placeholder'
  | 'unbalanced_braces'
  | 'empty_placeholder'
  | 'bad_plural'
  | 'block_in_subject'
  | 'empty_subject'
  | 'empty_body'
  | 'no_invoice'
  | 'unavailable_value'
  | 'unbalanced_section'
  | 'empty_value'
  | 'unsent_reminder_claim'
  | 'unsigned';

/**
 * Errors that make a message wait rather than fail: the sheet, the settings or the template can
 * be put right, and the message then goes out (the skip reason says what to do).
 */
export const WAITING_ERRORS: ReadonlySet<TemplateErrorCode> = new Set<TemplateErrorCode>([
  'empty_value',
  'unsent_reminder_claim',
  'unsigned',
]);

/** A problem that stops a template from being sent; shown in the preview. */
export interface TemplateError {
  readonly templateId: string;
  /** `r1 / all / fr / A`: how the message names the template. */
  readonly template: string;
  readonly field: 'subject' | 'body' | null;
  readonly code: TemplateErrorCode;
  /** The placeholder or fragment at fault (`{{clinet}}`, `{{client}`), when there is one. */
  readonly placeholder: string | null;
  /** Complete sentences in both interface languages (same shape as LocalizedText). */
  readonly message: { readonly fr: string; readonly en: string };
  /** The same sentence for the editor of this template, without naming it. */
  readonly inEditor: { readonly fr: string; readonly en: string };
}

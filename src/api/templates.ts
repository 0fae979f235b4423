import type { PlaceholderName } from '../core/templates/placeholders.ts';
import type { TemplateRow } from '../core/templates/template-row.ts';
import type { LocalizedText } from './localized-text.ts';

export type { TemplateAudience } from '../core/templates/template-row.ts';

export type { PlaceholderName };

/**
 * One row of the templates tab, as the core reads it (`id` is `stage.segment.language.variant`,
 * `row` the 1-based row, absent for a template not written yet).
 */
export type TemplateRecord = TemplateRow;

/** A problem in a template: unknown placeholder, empty subject, ... */
export interface TemplateIssue {
  /** Which part is at fault. */
  readonly part: 'subject' | 'body' | 'row';
  readonly message: LocalizedText;
}

/** A placeholder the templates may use; the sidebar describes it in the interface language. */
export interface PlaceholderInfo {
  /** The name used inside `{{ }}`. */
  readonly name: PlaceholderName;
  /** The French name accepted for it, if any. */
  readonly alias: string | null;
  /** What it gives, for the editor's palette. */
  readonly description: LocalizedText;
}

/** An invoice the preview can be rendered on. */
export interface SampleInvoice {
  readonly number: string;
  readonly client: string;
}

export interface TemplatesView {
  readonly templates: readonly TemplateRecord[];
  /** Problems per template id, and per row (`row:14`) for rows that could not be read. */
  readonly issues: Readonly<Record<string, readonly TemplateIssue[]>>;
  readonly placeholders: readonly PlaceholderInfo[];
  readonly samples: readonly SampleInvoice[];
}

export interface TemplatePreviewRequest {
  readonly template: TemplateRecord;
  /** The invoice to render on; null picks the first sample. */
  readonly invoiceNumber: string | null;
}

export interface TemplatePreview {
  /** Null when the template has errors and cannot be rendered. */
  readonly subject: string | null;
  /** A complete HTML e-mail body, values escaped; shown in a sandboxed frame. */
  readonly html: string | null;
  readonly issues: readonly TemplateIssue[];
  readonly invoiceNumber: string | null;
  /**
   * The invoice files the run would attach to this message (r2, r3 and the notice attach a PDF
   * whose name carries the invoice number), by name; empty when none.
   */
  readonly attachments: readonly string[];
  /** Why a linked file would not be attached: the note the run writes on the row; else null. */
  readonly attachmentNote: LocalizedText | null;
}

export type SaveTemplateResult =
  | { readonly ok: true; readonly view: TemplatesView }
  | { readonly ok: false; readonly issues: readonly TemplateIssue[] };

export interface SendTestResult {
  readonly sentTo: string;
  readonly subject: string;
}

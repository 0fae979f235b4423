import type { Language } from '../core/invoice.ts';
import type { Segment } from '../core/segment.ts';
import type { Stage } from '../core/stage.ts';
import type { LocalizedText } from './localized-text.ts';

/** One row of the templates tab. The tab is the source of truth; `row` locates it for writing. */
export interface TemplateRecord {
  /** 1-based row in the templates tab; null for a template not written yet. */
  readonly row: number | null;
  readonly stage: Stage;
  readonly segment: Segment | 'all';
  readonly language: Language;
  readonly variant: string;
  readonly subject: string;
  readonly body: string;
  readonly active: boolean;
}

/** A problem in a template: unknown placeholder, empty subject, ... */
export interface TemplateIssue {
  /** Which part is at fault. */
  readonly part: 'subject' | 'body' | 'row';
  readonly message: LocalizedText;
}

export interface PlaceholderInfo {
  /** The name used inside `{{ }}`. */
  readonly name: string;
  readonly description: LocalizedText;
}

/** An invoice the preview can be rendered on. */
export interface SampleInvoice {
  readonly number: string;
  readonly client: string;
}

export interface TemplatesView {
  readonly templates: readonly TemplateRecord[];
  /** Problems per row of the tab (row number as a string key). */
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
}

export type SaveTemplateResult =
  | { readonly ok: true; readonly view: TemplatesView }
  | { readonly ok: false; readonly issues: readonly TemplateIssue[] };

export interface SendTestResult {
  readonly sentTo: string;
  readonly subject: string;
}

import type { Language } from '../invoice.ts';
import type { Segment } from '../segment.ts';
import type { MessageStage } from '../stage.ts';

/** Who a template is for: one segment, key accounts (whatever their segment), or everyone. */
export type TemplateAudience = Segment | 'key_account' | 'all';

/** One row of the templates tab. The tab is the source of truth; the sidebar writes edits back. */
export interface TemplateRow {
  /** `stage.segment.language.variant`, e.g. `r1.all.fr.A`: stable across sorts and edits of the text. */
  readonly id: string;
  readonly stage: MessageStage;
  readonly segment: TemplateAudience;
  readonly language: Language;
  /** Upper-case letters or digits: `A`, `B`, ... */
  readonly variant: string;
  readonly subject: string;
  /**
   * Plain text with `{{placeholders}}`: never HTML. Blank lines separate paragraphs; the renderer
   * builds the HTML body from it, escaping everything.
   */
  readonly body: string;
  readonly active: boolean;
  /** 1-based row in the templates tab, when the template was read from it. */
  readonly row?: number;
}

export function templateId(
  stage: MessageStage,
  segment: TemplateAudience,
  language: Language,
  variant: string,
): string {
  return `${stage}.${segment}.${language}.${variant}`;
}

/** How a template is named in messages: `r1 / all / fr / A`. */
export function templateLabel(
  t: Pick<TemplateRow, 'stage' | 'segment' | 'language' | 'variant'>,
): string {
  return `${t.stage} / ${t.segment} / ${t.language} / ${t.variant}`;
}

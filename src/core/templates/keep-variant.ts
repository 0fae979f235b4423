import type { Stage } from '../stage.ts';
import type { TemplateRow } from './template-row.ts';

/**
 * "Keep the winner only": the active templates of `stage` to switch off so that `variant` alone
 * is used. Only where `variant` itself is active for the same segment and language: a group
 * without it keeps its templates, so no stage is ever left without a message.
 */
export function variantsToDeactivate(
  templates: readonly TemplateRow[],
  stage: Stage,
  variant: string,
): TemplateRow[] {
  const group = (t: TemplateRow) => `${t.segment}|${t.language}`;
  const withWinner = new Set(
    templates.filter((t) => t.active && t.stage === stage && t.variant === variant).map(group),
  );
  return templates.filter(
    (t) => t.active && t.stage === stage && t.variant !== variant && withWinner.has(group(t)),
  );
}

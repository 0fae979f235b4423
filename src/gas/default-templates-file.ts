/**
 * The default French and English templates, read from a project file only when set-up needs them.
 *
 * Apps Script evaluates every script file of the project at the start of each execution, but an
 * HTML file is only read when HtmlService asks for it. The default texts (the largest block of
 * data in the add-on) therefore ship as `DefaultTemplates.html`, JSON written by the build from
 * `src/core/templates/defaults.ts`, instead of inside `Code.js`.
 * https://developers.google.com/apps-script/reference/html/html-service#createTemplateFromFile(String)
 * https://developers.google.com/apps-script/reference/html/html-template#getRawContent()
 */
import type { TemplateRow } from '../core/templates/template-row.ts';

export const DEFAULT_TEMPLATES_FILE = 'DefaultTemplates';

export function readDefaultTemplates(): TemplateRow[] {
  const raw = HtmlService.createTemplateFromFile(DEFAULT_TEMPLATES_FILE).getRawContent();
  const parsed: unknown = JSON.parse(raw);
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new Error(`The project file ${DEFAULT_TEMPLATES_FILE}.html holds no templates.`);
  }
  return parsed as TemplateRow[];
}

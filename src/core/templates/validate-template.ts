import type { LocalizedText } from '../localized-text.ts';
import { localized, text } from '../texts/server-texts.ts';
import { BLOCK_PLACEHOLDERS } from './placeholders.ts';
import type { TemplateError, TemplateErrorCode } from './template-error.ts';
import type { TemplateRow } from './template-row.ts';
import { templateLabel } from './template-row.ts';
import { parseTemplateText, type SyntaxProblem } from './template-syntax.ts';

type Field = 'subject' | 'body';

/**
 * Everything that would stop this template from being sent: empty subject or body, unknown
 * placeholders, unbalanced braces, a table placeholder in the subject. Each error names the
 * template and the placeholder.
 */
export function validateTemplate(t: TemplateRow): TemplateError[] {
  const errors: TemplateError[] = [];
  for (const field of ['subject', 'body'] as const) {
    const text = t[field];
    if (text.trim() === '') {
      errors.push(
        templateError(t, field, field === 'subject' ? 'empty_subject' : 'empty_body', null),
      );
      continue;
    }
    const parsed = parseTemplateText(text);
    for (const problem of parsed.problems) errors.push(syntaxError(t, field, problem));
    if (field === 'subject') {
      for (const token of parsed.tokens) {
        if (token.kind === 'placeholder' && BLOCK_PLACEHOLDERS.has(token.name)) {
          errors.push(templateError(t, field, 'block_in_subject', token.source));
        }
      }
    }
  }
  return errors;
}

function syntaxError(t: TemplateRow, field: Field, problem: SyntaxProblem): TemplateError {
  return templateError(t, field, problem.code, problem.fragment);
}

export function templateError(
  t: Pick<TemplateRow, 'id' | 'stage' | 'segment' | 'language' | 'variant'>,
  field: Field | null,
  code: TemplateErrorCode,
  placeholder: string | null,
): TemplateError {
  const label = templateLabel(t);
  return {
    templateId: t.id,
    template: label,
    field,
    code,
    placeholder,
    message: describe(label, field, code, placeholder ?? ''),
    inEditor: describe(null, field, code, placeholder ?? ''),
  };
}

/** Without a label, the editor's wording: it shows one template, naming it adds nothing. */
function describe(
  label: string | null,
  field: Field | null,
  code: TemplateErrorCode,
  fragment: string,
): LocalizedText {
  return localized(`template_${code}`, (language) => {
    const where = field
      ? text(language, field === 'subject' ? 'templateSubject' : 'templateBody')
      : '';
    const prefix =
      label !== null
        ? text(language, field ? 'templateNamedIn' : 'templateNamed', { label, where })
        : field
          ? text(language, 'templateIn', { where })
          : '';
    return { prefix, fragment };
  });
}

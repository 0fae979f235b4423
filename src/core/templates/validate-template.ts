import type { LocalizedText } from '../localized-text.ts';
import { localized, text } from '../texts/server-texts.ts';
import { BLOCK_PLACEHOLDERS } from './placeholders.ts';
import type { TemplateError, TemplateErrorCode } from './template-error.ts';
import type { TemplateRow } from './template-row.ts';
import { templateLabel } from './template-row.ts';
import { parseTemplateText, type SyntaxProblem, type Token } from './template-syntax.ts';

type Field = 'subject' | 'body';

/**
 * Everything that would stop this template from being sent: empty subject or body, unknown
 * placeholders, unbalanced braces, a table placeholder in the subject, an e-mail body that does not
 * sign with `{{sender_name}}`. Each error names the
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
    if (field === 'body' && t.stage !== 'call' && !signed(parsed.tokens)) {
      errors.push(templateError(t, field, 'unsigned', '{{sender_name}}'));
    }
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

/**
 * Whether the body signs with `{{sender_name}}` whatever the message: outside any optional
 * section but its own. Every e-mail is a promise made in the user's name, so one that would go
 * out unsigned is refused (the editor does not save it, the run waits until it is signed); a
 * call task is a note to the user and signs nothing.
 */
function signed(tokens: readonly Token[]): boolean {
  const open: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'section_open') open.push(token);
    else if (token.kind === 'section_close') open.pop();
    else if (
      token.kind === 'placeholder' &&
      token.name === 'sender_name' &&
      open.every((s) => s.kind === 'section_open' && s.name === 'sender_name' && !s.inverted)
    ) {
      return true;
    }
  }
  return false;
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

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

const FIELD_NAMES = {
  fr: { subject: "l'objet", body: 'le corps' },
  en: { subject: 'subject', body: 'body' },
} as const;

/** Without a label, the editor's wording: it shows one template, naming it adds nothing. */
function describe(
  label: string | null,
  field: Field | null,
  code: TemplateErrorCode,
  fragment: string,
): { fr: string; en: string } {
  const frWhere = field ? ` (${FIELD_NAMES.fr[field]})` : '';
  const enWhere = field ? ` (${FIELD_NAMES.en[field]})` : '';
  const fr =
    label !== null
      ? `Modèle ${label}${frWhere} : `
      : field
        ? `Dans ${FIELD_NAMES.fr[field]} : `
        : '';
  const en =
    label !== null
      ? `Template ${label}${enWhere}: `
      : field
        ? `In the ${FIELD_NAMES.en[field]}: `
        : '';
  switch (code) {
    case 'unknown_placeholder':
      return {
        fr: `${fr}champ inconnu « ${fragment} ». Les noms possibles sont dans la liste des champs.`,
        en: `${en}unknown placeholder “${fragment}”. See the list of placeholders for valid names.`,
      };
    case 'unbalanced_braces':
      return {
        fr: `${fr}accolades non appariées près de « ${fragment} » : un champ s'écrit {{nom}}.`,
        en: `${en}unbalanced braces near “${fragment}”: a placeholder is written {{name}}.`,
      };
    case 'empty_placeholder':
      return {
        fr: `${fr}champ vide « ${fragment} ».`,
        en: `${en}empty placeholder “${fragment}”.`,
      };
    case 'bad_plural':
      return {
        fr: `${fr}« ${fragment} » doit s'écrire {{plural:singulier|pluriel}}.`,
        en: `${en}“${fragment}” must be written {{plural:singular|plural}}.`,
      };
    case 'block_in_subject':
      return {
        fr: `${fr}« ${fragment} » (un tableau) ne peut pas figurer dans l'objet.`,
        en: `${en}“${fragment}” (a table) cannot be used in the subject.`,
      };
    case 'empty_subject':
      return { fr: `${fr}l'objet est vide.`, en: `${en}the subject is empty.` };
    case 'empty_body':
      return { fr: `${fr}le corps du message est vide.`, en: `${en}the body is empty.` };
    case 'unavailable_value':
      return {
        fr: `${fr}« ${fragment} » ne peut pas être calculé : un taux de référence manque dans les réglages.`,
        en: `${en}“${fragment}” cannot be computed: a reference rate is missing from the settings.`,
      };
    case 'unbalanced_section':
      return {
        fr: `${fr}section optionnelle mal fermée près de « ${fragment} » : elle s’écrit {{#nom}}…{{/nom}}.`,
        en: `${en}optional section not closed properly near “${fragment}”: it is written {{#name}}…{{/name}}.`,
      };
    case 'empty_value':
      return {
        fr: `${fr}« ${fragment} » est vide pour ce message : renseignez-le, ou placez la phrase dans une section optionnelle {{#nom}}…{{/nom}}.`,
        en: `${en}“${fragment}” is empty for this message: fill it in, or put the sentence in an optional section {{#name}}…{{/name}}.`,
      };
    case 'no_invoice':
      return { fr: `${fr}aucune facture à présenter.`, en: `${en}no invoice to render.` };
  }
}

import { escapeHtml } from './html-escape.ts';
import { type PlaceholderValue, placeholderValues } from './placeholder-values.ts';
import { MAY_BE_EMPTY } from './placeholders.ts';
import { unsentReminderClaims } from './reminder-claims.ts';
import type { RenderContext } from './render-context.ts';
import type { TemplateError } from './template-error.ts';
import type { TemplateRow } from './template-row.ts';
import { parseTemplateText, type Token } from './template-syntax.ts';
import { templateError, validateTemplate } from './validate-template.ts';

export type RenderResult =
  | { readonly ok: true; readonly subject: string; readonly text: string; readonly html: string }
  | { readonly ok: false; readonly errors: readonly TemplateError[] };

type Values = ReturnType<typeof placeholderValues>;

/**
 * Renders a template for one message, wholly in the template's language. A template with any
 * error renders nothing: the result is the list of errors, never a half-filled mail.
 *
 * Body rules, the same for text and HTML: blank lines separate paragraphs (several collapse into
 * one); a line made only of placeholders that all rendered empty disappears, so conditional
 * sentences leave no hole. In HTML, template text and values are escaped, paragraphs become
 * `<p>`, line breaks `<br>`, and the invoice table stands outside any paragraph.
 */
export function renderMessage(template: TemplateRow, context: RenderContext): RenderResult {
  const errors = validateTemplate(template);
  if (context.invoices.length === 0) errors.push(templateError(template, null, 'no_invoice', null));
  if (errors.length > 0) return { ok: false, errors };
  // One language per message: with no template in the client's language, the template used
  // decides the language of every value too (dates, amounts, sentences made by code).
  const values = placeholderValues(
    context.language === template.language ? context : { ...context, language: template.language },
  );
  const subjectTokens = withSections(parseTemplateText(template.subject).tokens, values);
  const bodyTokens = withSections(parseTemplateText(template.body).tokens, values);
  const unavailable = [
    ...unavailableUses(subjectTokens, values).map((source) => ['subject', source] as const),
    ...unavailableUses(bodyTokens, values).map((source) => ['body', source] as const),
  ];
  if (unavailable.length > 0) {
    return {
      ok: false,
      errors: unavailable.map(([field, source]) =>
        templateError(template, field, 'unavailable_value', source),
      ),
    };
  }
  const empty = [
    ...emptyUses([subjectTokens], values).map((source) => ['subject', source] as const),
    ...emptyUses(splitLines(bodyTokens), values).map((source) => ['body', source] as const),
  ];
  const refused = [
    ...empty.map(([field, source]) => templateError(template, field, 'empty_value', source)),
    ...unsentClaims(template, subjectTokens, bodyTokens, context, values),
  ];
  if (refused.length > 0) return { ok: false, errors: refused };
  const many = context.invoices.length > 1;
  const paragraphs = bodyParagraphs(bodyTokens, values, many);
  return {
    ok: true,
    subject: renderSubject(subjectTokens, values, many),
    text: paragraphs.map((p) => p.map((line) => lineText(line)).join('\n')).join('\n\n'),
    html: wrapHtml(paragraphs.map(paragraphHtml).join('')),
  };
}

/**
 * A template's own words that speak of earlier reminders ("Malgré mes précédents rappels", kept
 * from an older default or written by the user) while the log shows fewer were sent for this
 * message's invoices (a stage skipped): the message waits until the template says it in a
 * `{{#previous_reminders}}` section, never claiming a reminder the client never got. Text in a
 * section that was dropped is not read; without a count (a preview without history), no check.
 * `{{stage}}` ("deuxième relance", "third reminder") names the stage by its rank: the same claim.
 */
function unsentClaims(
  template: TemplateRow,
  subject: readonly Token[],
  body: readonly Token[],
  context: RenderContext,
  values: Values,
): TemplateError[] {
  const sent = context.remindersSent;
  if (sent === undefined) return [];
  const claims = (words: string) => unsentReminderClaims(words, template.stage, sent);
  const words = (tokens: readonly Token[]) =>
    tokens.map((t) => (t.kind === 'text' ? t.text : ' ')).join('');
  return (['subject', 'body'] as const).flatMap((field) => {
    const tokens = field === 'subject' ? subject : body;
    const stage = tokens.find((t) => t.kind === 'placeholder' && t.name === 'stage');
    const fragments = [
      ...claims(words(tokens)).map((claim) => claim.phrase),
      ...(stage?.kind === 'placeholder' && claims(values.stage.text).length > 0
        ? [stage.source]
        : []),
    ];
    return fragments.map((f) => templateError(template, field, 'unsent_reminder_claim', f));
  });
}

/** Placeholders whose figure cannot be known for this message (each listed once). */
function unavailableUses(tokens: readonly Token[], values: Values): string[] {
  const sources = tokens.flatMap((t) =>
    t.kind === 'placeholder' && values[t.name].unavailable ? [t.source] : [],
  );
  return [...new Set(sources)];
}

/**
 * Resolves optional sections: what a section encloses stays when its placeholder has a value (an
 * inverted section `{{^name}}`: when it has none) and is dropped otherwise. A dropped section
 * leaves its closing mark behind, which renders nothing but counts as a placeholder, so a line
 * that held only that section disappears like a line of empty placeholders (no blank line).
 */
function withSections(tokens: readonly Token[], values: Values): Token[] {
  const result: Token[] = [];
  let dropping = false;
  let depth = 0;
  for (const token of tokens) {
    if (dropping) {
      if (token.kind === 'section_open') depth += 1;
      if (token.kind === 'section_close') {
        if (depth === 0) {
          result.push(token);
          dropping = false;
        } else depth -= 1;
      }
      continue;
    }
    if (token.kind === 'section_open') {
      const empty = values[token.name].text.trim() === '';
      if (empty !== token.inverted) {
        dropping = true;
        depth = 0;
      }
      continue;
    }
    if (token.kind === 'section_close') continue;
    result.push(token);
  }
  return result;
}

/**
 * Placeholders that may have no value for a message and would leave a hole in a sentence ("je
 * reste joignable : ."): used outside an optional section in a line with words around them.
 */
function emptyUses(lines: readonly (readonly Token[])[], values: Values): string[] {
  const sources: string[] = [];
  for (const line of lines) {
    const words = line.some((t) => t.kind === 'text' && /[\p{L}\p{N}]/u.test(t.text));
    if (!words) continue;
    for (const token of line) {
      if (token.kind !== 'placeholder' || !MAY_BE_EMPTY.has(token.name)) continue;
      if (values[token.name].text.trim() === '') sources.push(token.source);
    }
  }
  return [...new Set(sources)];
}

/** One rendered piece of a line: its text and HTML forms. */
type Piece = { readonly text: string; readonly html: string; readonly block: boolean };
type Line = readonly Piece[];

function resolve(token: Token, values: Values, many: boolean): Piece {
  switch (token.kind) {
    case 'text':
      return { text: token.text, html: escapeHtml(token.text), block: false };
    case 'plural': {
      const text = many ? token.many : token.one;
      return { text, html: escapeHtml(text), block: false };
    }
    case 'placeholder':
      return values[token.name] satisfies PlaceholderValue;
    case 'section_open':
    case 'section_close':
      return { text: '', html: '', block: false };
  }
}

/** Subjects are one line: any line break (with the spaces around it) becomes one space. */
function renderSubject(tokens: readonly Token[], values: Values, many: boolean): string {
  const text = tokens.map((t) => resolve(t, values, many).text).join('');
  return text
    .replace(/[ \t]*[\r\n\u2028\u2029\u0085\v\f]+[ \t]*/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/g, '');
}

/** Splits the body into template lines, resolves them, drops emptied lines, groups paragraphs. */
function bodyParagraphs(tokens: readonly Token[], values: Values, many: boolean): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const templateLine of splitLines(tokens)) {
    const hasPlaceholder = templateLine.some((t) => t.kind !== 'text');
    const literalBlank = templateLine.every((t) => t.kind !== 'text' || t.text.trim() === '');
    const line = templateLine.map((t) => resolve(t, values, many));
    const blank = lineText(line).trim() === '';
    if (blank && hasPlaceholder && literalBlank) continue;
    if (blank) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
      continue;
    }
    current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function splitLines(tokens: readonly Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind !== 'text') {
      lines[lines.length - 1]?.push(token);
      continue;
    }
    token.text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .forEach((part, index) => {
        if (index > 0) lines.push([]);
        if (part) lines[lines.length - 1]?.push({ kind: 'text', text: part });
      });
  }
  return lines;
}

function lineText(line: Line): string {
  return line
    .map((p) => p.text)
    .join('')
    .trimEnd();
}

const P_STYLE = 'margin:0 0 16px 0';

/** A paragraph's lines as `<p>` with `<br>`, closing the paragraph around any table. */
function paragraphHtml(paragraph: readonly Line[]): string {
  let html = '';
  let lines: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') lines.push(current.trim());
    current = '';
    if (lines.length > 0) html += `<p style="${P_STYLE}">${lines.join('<br>')}</p>`;
    lines = [];
  };
  for (const line of paragraph) {
    for (const piece of line) {
      if (piece.block) {
        flush();
        html += piece.html;
      } else {
        current += piece.html;
      }
    }
    if (current.trim() !== '') lines.push(current.trim());
    current = '';
  }
  flush();
  return html;
}

/** A self-contained fragment: inline styles only, no external resource, readable on a phone. */
function wrapHtml(content: string): string {
  return (
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;' +
    `color:#1f2328;max-width:600px">${content}</div>`
  );
}

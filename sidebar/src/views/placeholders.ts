/** `{{ name }}` occurrences in a template text. */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * `{{plural:one|many}}` is template syntax, not a field: the server's preview checks its form
 * (src/core/templates/template-syntax.ts).
 */
const PLURAL_PREFIX = 'plural:';

/**
 * `{{#name}}…{{/name}}` is an optional section around a sentence, `{{^name}}…{{/name}}` the
 * wording used when the field is empty: their name is a field's.
 */
const SECTION_MARK = /^[#^/]\s*/;

/** Names used in `text` that are not among `known`, in order of appearance, once each. */
export function unknownPlaceholders(text: string, known: readonly string[]): string[] {
  const names = [...text.matchAll(PLACEHOLDER)]
    .map((match) => (match[1] ?? '').replace(SECTION_MARK, ''))
    .filter((name) => !name.startsWith(PLURAL_PREFIX));
  return [...new Set(names.filter((name) => !known.includes(name)))];
}

/** `{{ name }}` occurrences in a template text. */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Names used in `text` that are not among `known`, in order of appearance, once each. */
export function unknownPlaceholders(text: string, known: readonly string[]): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
  return [...new Set(names.filter((name) => !known.includes(name)))];
}

/**
 * Fills the `%{name}` marks of a text with values; a mark with no value is left as it is.
 * Template placeholders (`{{name}}`) are not marks.
 *
 * @example fill('Facture %{invoice} introuvable.', { invoice: 'F-1' }) // → 'Facture F-1 introuvable.'
 * @example fill('{{client}}: %{day}', {}) // → '{{client}}: %{day}'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/%\{(\w+)\}/g, (mark, name: string) =>
    name in values ? String(values[name]) : mark,
  );
}

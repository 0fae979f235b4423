const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;

/**
 * The key that groups invoices of one client: case, accents and spacing folded, so
 * `  Atelier   Dupré ` and `atelier dupre` are the same client. Punctuation is kept:
 * `Dupont & Fils` and `Dupont Fils` may be different companies.
 */
export function clientKeyOf(client: string): string {
  return client
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPACES, ' ')
    .trim();
}

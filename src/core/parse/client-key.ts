const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * The key that groups invoices of one client: case, accents and spacing folded, so
 * `  Atelier   Dupré ` and `atelier dupre` are the same client. Punctuation is kept:
 * `Dupont & Fils` and `Dupont Fils` may be different companies.
 */
export function clientKeyOf(client: string): string {
  if (PLAIN_ASCII.test(client)) return client.toLowerCase().replace(SPACES, ' ').trim();
  return client
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPACES, ' ')
    .trim();
}

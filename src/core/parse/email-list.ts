export interface EmailList {
  /** Valid addresses, in order, without duplicates (compared case-insensitively). */
  readonly valid: readonly string[];
  /** Pieces of the cell that are not valid addresses. */
  readonly invalid: readonly string[];
}

const SEPARATORS = /[,;\n\r\t]+/;
/** Anything that needs the full splitting: separators, spaces, brackets, quotes, `mailto:`. */
const MANY_OR_NAMED = /[,;\s<>()"'[\]]|^mailto:/i;
const SPACES = /\s+/;
const NAMED = /<([^<>]*)>\s*$/;
const WRAPPING = /^[("'[]+|[)"'\].]+$/g;
/**
 * A practical subset of RFC 5322: dot-atom local part, and a domain of at least two labels,
 * each 1–63 letters, digits or hyphens (not at the ends), the last one at least two letters.
 * Internationalised domain names are accepted (letters beyond ASCII).
 */
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9\u00a0-\uffff](?:[A-Za-z0-9\u00a0-\uffff-]{0,61}[A-Za-z0-9\u00a0-\uffff])?\.)+[A-Za-z\u00a0-\uffff]{2,63}$/;

export function isEmailAddress(text: string): boolean {
  if (text.length > 254 || !ADDRESS.test(text)) return false;
  return text.indexOf('@') <= 64;
}

/**
 * Addresses separated by `,`, `;`, line breaks or spaces; `Jean Dupont <jean@atelier.fr>` and
 * `mailto:` links are understood. A cell that is not text gives every piece as invalid.
 *
 * @example parseEmailList('Jean Dupont <jean@atelier.fr>; compta@atelier.fr')
 * // → { valid: ['jean@atelier.fr', 'compta@atelier.fr'], invalid: [] }
 * @example parseEmailList('jean@') // → { valid: [], invalid: ['jean@'] }
 */
export function parseEmailList(cell: unknown): EmailList {
  if (typeof cell !== 'string') return { valid: [], invalid: [String(cell)] };
  const single = cell.trim();
  if (!MANY_OR_NAMED.test(single) && isEmailAddress(single))
    return { valid: [single], invalid: [] };
  const valid: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const part of cell.split(SEPARATORS)) {
    const named = NAMED.exec(part);
    const pieces = named ? [named[1] ?? ''] : part.split(SPACES);
    for (const piece of pieces) {
      const address = piece
        .trim()
        .replace(/^mailto:/i, '')
        .replace(WRAPPING, '');
      if (address === '') continue;
      if (!isEmailAddress(address)) {
        invalid.push(piece.trim());
        continue;
      }
      const key = address.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        valid.push(address);
      }
    }
  }
  return { valid, invalid };
}

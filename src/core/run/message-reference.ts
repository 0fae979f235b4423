/**
 * The short reference printed in every reminder's footer (`Réf. RL-7Q2K9D4M`), derived from the
 * message's idempotency key. Gmail search finds it in Sent mail, which is how a pending log row
 * left by an interrupted run is reconciled without re-sending, and how the run tells its own
 * reminders from e-mails the user wrote by hand.
 */
import type { Language } from '../invoice.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base 32: no I, L, O, U.
const REFERENCES = /\bRL-[0-9A-HJKMNP-TV-Z]{8}\b/g;

/** 32-bit FNV-1a of the key's UTF-16 code units. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** `RL-` and 8 base-32 characters (40 bits): collisions are negligible for one user's mail. */
export function messageReference(messageKey: string): string {
  const high = fnv1a(messageKey, 0x811c9dc5);
  const low = fnv1a(messageKey, 0x01234567);
  // 40 bits fit exactly in a double.
  let bits = high * 256 + (low & 0xff);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = (ALPHABET[bits % 32] as string) + out;
    bits = Math.floor(bits / 32);
  }
  return `RL-${out}`;
}

export function referenceLine(messageKey: string, language: Language): string {
  return `${language === 'fr' ? 'Réf.' : 'Ref.'} ${messageReference(messageKey)}`;
}

/**
 * Whether `text` is one of Relance's reminders: its own lines (not the lines quoted from an
 * earlier message, which start with `>`) carry a reference. A reply the user writes by hand in
 * a reminder's thread quotes that reminder, reference included, and is still the user's own
 * e-mail. That Gmail's plain body of a reply quotes with `> ` is what Gmail does when it writes
 * the text part of a reply; Google does not document getPlainBody's treatment of quotes.
 */
export function hasRelanceReference(text: string): boolean {
  return referencesIn(text).length > 0;
}

/**
 * The references printed in `text`'s own lines (quoted lines left out, as in
 * `hasRelanceReference`): the messages a reminder in Sent mail stands for.
 *
 * @example
 * referencesIn('Bonjour,\n…\nRéf. RL-7Q2K9D4M\n> Réf. RL-0000AAAA') // → ['RL-7Q2K9D4M']
 */
export function referencesIn(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !/^\s*>/.test(line))
    .flatMap((line) => line.match(REFERENCES) ?? []);
}

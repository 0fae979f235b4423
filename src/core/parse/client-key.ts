const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/** Typographic apostrophes and quotes (’ ‘ ʼ ´) that a word processor or a phone puts in. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u00b4]/g;
/** Hyphen, non-breaking hyphen, figure dash, en and em dashes, minus sign. */
const DASHES = /[\u2010-\u2015\u2212]/g;
const LIGATURES = /[œæ]/g;
const LIGATURE_LETTERS: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae' };

/**
 * The key that groups invoices of one client: case, accents, ligatures, typographic apostrophes
 * and dashes, and spacing folded, so `  L’Atelier du Cœur ` and `l'atelier du coeur` are the same
 * client (one row typed, another pasted from a quote). Punctuation is otherwise kept:
 * `Dupont & Fils` and `Dupont Fils` may be different companies.
 *
 * Idempotent: the log stores keys, and `readHistory` folds them again so that a key written
 * before a fold was added still finds its client.
 *
 * @example clientKeyOf('  Atelier  DUPONT ') // → 'atelier dupont'
 * @example clientKeyOf('Éditions Rivage') // → 'editions rivage'
 */
export function clientKeyOf(client: string): string {
  if (PLAIN_ASCII.test(client)) return client.toLowerCase().replace(SPACES, ' ').trim();
  return client
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURES, (letter) => LIGATURE_LETTERS[letter] ?? letter)
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

/**
 * `clientKeyOf` with a memory, for a pass over the log: its rows repeat a few client keys many
 * times, written before or after a fold was added.
 */
export function clientKeyFolder(): (key: string) => string {
  const folded = new Map<string, string>();
  return (key) => {
    let value = folded.get(key);
    if (value === undefined) {
      value = clientKeyOf(key);
      folded.set(key, value);
    }
    return value;
  };
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;
const LIGATURES = /[œæß]/g;
const LIGATURE_LETTERS: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * Text reduced to what people mean by it: lower case, no accents or ligatures, every run of
 * punctuation or spacing turned into one space, trimmed. `N° de facture` → `n de facture`,
 * `Date d'échéance` → `date d echeance`, `Invoice #` → `invoice`.
 *
 * @example foldText("Date d'échéance") // → 'date d echeance'
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURES, (letter) => LIGATURE_LETTERS[letter] ?? letter)
    .replace(NOT_ALPHANUMERIC, ' ')
    .trim();
}

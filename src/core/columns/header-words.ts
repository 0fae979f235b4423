import { foldText } from '../parse/fold-text.ts';

/** Words that carry no meaning in a header: `Date de la facture` means `date facture`. */
const STOPWORDS = new Set(['de', 'du', 'des', 'la', 'les', 'l', 'd', 'a', 'au', 'of', 'the']);

/**
 * The meaningful words of a header, in order: folded, without stopwords (`le` is kept: `Payée le`
 * is a date, `Payée` a status), with French feminine
 * and plural endings merged (`Payées` and `payé` give `paye`, `Emails` gives `email`). Used on
 * both the sheet's headers and the synonym lists, so both sides agree.
 */
export function headerWords(text: string): string[] {
  const words: string[] = [];
  for (const word of foldText(text).split(' ')) {
    if (word === '' || STOPWORDS.has(word)) continue;
    words.push(mergeEndings(word));
  }
  return words;
}

function mergeEndings(word: string): string {
  let stem = word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word;
  if (stem.endsWith('ee')) stem = stem.slice(0, -1);
  return stem;
}

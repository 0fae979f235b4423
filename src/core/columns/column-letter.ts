/**
 * The letter a spreadsheet shows above a column, from its 0-based index: what the user looks
 * for when a message names a column.
 *
 * @example
 * columnLetter(0) // → 'A'
 * columnLetter(27) // → 'AB'
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

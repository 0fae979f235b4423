/**
 * What `Range.getValues()` hands over: numbers, booleans, strings and `Date` objects
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()); empty
 * cells are empty strings. Anything else (null, undefined from a short row) is treated as empty.
 */

/**
 * True for an empty cell: nothing, an empty string or only spaces (including no-break ones).
 *
 * @example isBlankCell(' \u00a0') // → true
 */
export function isBlankCell(cell: unknown): boolean {
  if (cell === '' || cell === null || cell === undefined) return true;
  return typeof cell === 'string' && cell.trim() === '';
}

/**
 * Date test that also works across JavaScript realms (the offline runtime creates cell values in
 * its own context, where `instanceof Date` would be false).
 */
export function isDateCell(cell: unknown): cell is Date {
  if (typeof cell !== 'object' || cell === null) return false;
  return cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]';
}

/**
 * Sheets shows a failed formula as an error code. Google does not document what `getValues()`
 * returns for such a cell; it is read here as the code's text (what Apps Script code commonly
 * checks for), and compared after trimming.
 */
const FORMULA_ERRORS = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
]);

const HASH = 35;

/**
 * The error code when the cell shows a formula error (`#N/A`, `#REF!` …), else null.
 *
 * @example formulaErrorOf('#n/a') // → '#N/A'
 * @example formulaErrorOf('#hashtag') // → null
 */
export function formulaErrorOf(cell: unknown): string | null {
  if (typeof cell !== 'string') return null;
  const first = cell.charCodeAt(0);
  // Most cells do not start with `#` or a space: answer without copying the text.
  if (first !== HASH && !(first <= 32 || first === 160)) return null;
  const code = cell.trim();
  if (code.charCodeAt(0) !== HASH) return null;
  const upper = code.toUpperCase();
  return FORMULA_ERRORS.has(upper) ? upper : null;
}

/**
 * The text of a text or number cell (numbers as JavaScript writes them), else null.
 *
 * @example cellText(12.5) // → '12.5'
 * @example cellText(true) // → null
 */
export function cellText(cell: unknown): string | null {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return null;
}

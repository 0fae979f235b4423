/** An exception as the text recorded in the log and the report. */

/** Long enough for Gmail's and Drive's messages, short enough for one log cell. */
const MAX_ERROR_TEXT = 500;

export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT - 1)}…` : text;
}

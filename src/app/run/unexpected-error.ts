/**
 * What an unexpected exception of the run leaves in Google's execution log. Apps Script records
 * the message and stack of an exception that ends an execution
 * (https://developers.google.com/apps-script/guides/logging), kept by Google outside the user's
 * spreadsheet; the messages of its services may quote an address, a search query holding the
 * clients' addresses, or a cell. So the run ends with an error naming only the kind of error and
 * where it happened; the full text goes to the run's summary in the spreadsheet, where the
 * sidebar shows it.
 */
import { frenchThenEnglish } from '../../core/localized-text.ts';
import { localized } from '../../core/texts/server-texts.ts';

/**
 * The kind of an error (`TypeError`, `Exception`, …), never its message: what Google's execution
 * log may be told. A service's exception may come from another realm than this script's Error.
 */
export function errorKind(error: unknown): string {
  const { name } = (typeof error === 'object' && error !== null ? error : {}) as Partial<Error>;
  return typeof name === 'string' ? name : typeof error;
}

/** An error to throw in place of `error`: its name and stack frames, never its message. */
export function withoutClientData(error: unknown): Error {
  const { stack } = (typeof error === 'object' && error !== null ? error : {}) as Partial<Error>;
  const text = localized('unexpectedRunError', { kind: errorKind(error) });
  // Both languages: the menu and the sidebar show it to whoever started the run.
  const wrapped = new Error(frenchThenEnglish(text));
  const frames = String(stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line));
  if (frames.length > 0) wrapped.stack = [`Error: ${wrapped.message}`, ...frames].join('\n');
  return wrapped;
}

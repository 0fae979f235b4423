/**
 * What an unexpected exception of the run leaves in Google's execution log. Apps Script records
 * the message and stack of an exception that ends an execution
 * (https://developers.google.com/apps-script/guides/logging), kept by Google outside the user's
 * spreadsheet; the messages of its services may quote an address, a search query holding the
 * clients' addresses, or a cell. So the run ends with an error naming only the kind of error and
 * where it happened; the full text goes to the run's summary in the spreadsheet, where the
 * sidebar shows it.
 */

/** An error to throw in place of `error`: its name and stack frames, never its message. */
export function withoutClientData(error: unknown): Error {
  const name = error instanceof Error ? error.name : typeof error;
  const wrapped = new Error(
    `Relance: the run stopped on an unexpected ${name}; the sidebar's last run shows its details.`,
  );
  const frames =
    error instanceof Error ? (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)) : [];
  if (frames.length > 0) wrapped.stack = [`Error: ${wrapped.message}`, ...frames].join('\n');
  return wrapped;
}

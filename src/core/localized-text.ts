/** A sentence shown to the user, in both interface languages; the sidebar picks one. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

/** Both texts in one string, French first: for the log and errors read outside the sidebar. */
export function frenchThenEnglish(text: LocalizedText): string {
  return text.fr === text.en ? text.fr : `${text.fr} / ${text.en}`;
}

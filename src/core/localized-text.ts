/** A sentence shown to the user, in both interface languages; the sidebar picks one. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

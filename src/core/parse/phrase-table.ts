import { foldText } from './fold-text.ts';

/**
 * Looks up free text in a table of phrases, folded (accents, case, punctuation ignored): an exact
 * phrase first, else the longest phrase the text starts with (`Payée le 12/03` → `payée`).
 * Compiled once per table.
 */
export class PhraseTable<T> {
  private readonly exact = new Map<string, T>();
  private readonly byLength: (readonly [string, T])[];

  constructor(entries: readonly (readonly [value: T, phrases: readonly string[]])[]) {
    for (const [value, phrases] of entries) {
      for (const phrase of phrases) {
        const key = foldText(phrase);
        if (!this.exact.has(key)) this.exact.set(key, value);
      }
    }
    this.byLength = [...this.exact.entries()]
      .filter(([key]) => key !== '')
      .sort(([a], [b]) => b.length - a.length);
  }

  /** The value for `text`, or undefined when no phrase matches. */
  lookup(text: string, allowPrefix = true): T | undefined {
    const key = foldText(text);
    const found = this.exact.get(key);
    if (found !== undefined || !allowPrefix) return found;
    for (const [phrase, value] of this.byLength) {
      if (key.startsWith(phrase) && key.charAt(phrase.length) === ' ') return value;
    }
    return undefined;
  }
}

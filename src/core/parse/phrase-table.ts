import { foldText } from './fold-text.ts';

/**
 * Looks up free text in a table of phrases, folded (accents, case, punctuation ignored): an exact
 * phrase first, else the longest phrase the text starts with (`Payée le 12/03` → `payée`).
 * Compiled once per table, at its first lookup.
 */
export class PhraseTable<T> {
  private compiled: {
    readonly exact: ReadonlyMap<string, T>;
    readonly byLength: readonly (readonly [string, T])[];
  } | null = null;

  /** The table is compiled at its first lookup: a table read from a data file is read then. */
  constructor(
    private readonly entries: readonly (readonly [value: T, phrases: readonly string[]])[],
  ) {}

  private compile(): NonNullable<PhraseTable<T>['compiled']> {
    const exact = new Map<string, T>();
    for (const [value, phrases] of this.entries) {
      for (const phrase of phrases) {
        const key = foldText(phrase);
        if (!exact.has(key)) exact.set(key, value);
      }
    }
    const byLength = [...exact.entries()]
      .filter(([key]) => key !== '')
      .sort(([a], [b]) => b.length - a.length);
    this.compiled = { exact, byLength };
    return this.compiled;
  }

  /** The value for `text`, or undefined when no phrase matches. */
  lookup(text: string, allowPrefix = true): T | undefined {
    const { exact, byLength } = this.compiled ?? this.compile();
    const key = foldText(text);
    const found = exact.get(key);
    if (found !== undefined || !allowPrefix) return found;
    for (const [phrase, value] of byLength) {
      if (key.startsWith(phrase) && key.charAt(phrase.length) === ' ') return value;
    }
    return undefined;
  }
}

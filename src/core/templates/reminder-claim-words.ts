/**
 * The usual ways to say, in French and English, that reminders went out before a message, each
 * with how many reminders it takes to be true: the default texts of earlier versions ("Malgré mes
 * précédents rappels", "Deuxième rappel", "Malgré mes relances", "Despite my previous reminder",
 * "Final reminder") and their common variants. The plural takes two, "troisième" / "third" two,
 * any other one. `words` is a regular expression read case-insensitively (reminder-claims.ts).
 * Data only: the build ships it in a project file read on first use (scripts/lazy-data.ts).
 */
export const REMINDER_CLAIM_WORDS: readonly { readonly words: string; readonly needs: number }[] = [
  { words: '\\bprécédents\\s+(rappels|relances)\\b', needs: 2 },
  { words: '\\b(rappels|relances)\\s+précédent(e)?s\\b', needs: 2 },
  { words: '\\bmes\\s+(différent(e)?s\\s+)?(rappels|relances)\\b', needs: 2 },
  { words: '\\b(troisième|3e)\\s+(rappel|relance)\\b', needs: 2 },
  { words: '\\bprécédent(e)?\\s+(rappel|relance)\\b', needs: 1 },
  { words: '\\b(rappel|relance)\\s+précédent(e)?\\b', needs: 1 },
  {
    words: '\\b(deuxième|seconde?|2e|nouveau|nouvelle|dernier|dernière)\\s+(rappel|relance)\\b',
    needs: 1,
  },
  { words: '\\b(previous|earlier|prior)\\s+reminders\\b', needs: 2 },
  { words: '\\bmy\\s+reminders\\b', needs: 2 },
  { words: '\\bthird\\s+reminder\\b', needs: 2 },
  { words: '\\b(previous|earlier|prior)\\s+reminder\\b', needs: 1 },
  { words: '\\b(second|another|final|last)\\s+reminder\\b', needs: 1 },
];

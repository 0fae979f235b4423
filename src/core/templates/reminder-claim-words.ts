/**
 * The usual ways to say, in French and English, that reminders went out before a message, each
 * with how many reminders it takes to be true: the default texts of earlier versions ("Malgré mes
 * précédents rappels", "Deuxième rappel", "Malgré mes relances", "Despite my previous reminder",
 * "Final reminder") and their common variants (feminine and plural forms, "nos relances", "mes deux
 * relances", ordinals written 2e, 2ème, 2nde, "relance n°2", "previous e-mail(s)"). The plural
 * takes two, "troisième" / "third" two, any other one. `words` is a regular expression read case-insensitively (reminder-claims.ts).
 * Data only: the build ships it in a project file read on first use (scripts/lazy-data.ts).
 */
export const REMINDER_CLAIM_WORDS: readonly { readonly words: string; readonly needs: number }[] = [
  { words: '\\bprécédent(e)?s\\s+(rappels|relances)\\b', needs: 2 },
  { words: '\\b(rappels|relances)\\s+précédent(e)?s\\b', needs: 2 },
  {
    words:
      '\\b(mes|nos)\\s+((différent|précédent)(e)?s\\s+|deux\\s+|trois\\s+|plusieurs\\s+|nombreu(x|ses)\\s+|multiples\\s+)?(rappels|relances)\\b',
    needs: 2,
  },
  { words: '\\b(troisi[eè]me|3\\s*(e|è|ème|eme))\\s+(rappel|relance)\\b', needs: 2 },
  { words: '\\b(rappel|relance)\\s+n\\s*[°o]\\s*3\\b', needs: 2 },
  { words: '\\bprécédent(e)?\\s+(rappel|relance)\\b', needs: 1 },
  { words: '\\b(rappel|relance)\\s+précédent(e)?\\b', needs: 1 },
  {
    words:
      '\\b(deuxi[eè]me|second(e)?|2\\s*(e|è|ème|eme|nde|nd)|nouveau|nouvelle|dernier|dernière)\\s+(rappel|relance)\\b',
    needs: 1,
  },
  { words: '\\b(rappel|relance)\\s+n\\s*[°o]\\s*2\\b', needs: 1 },
  { words: '\\b(previous|earlier|prior)\\s+(reminders|e-?mails)\\b', needs: 2 },
  { words: '\\b(my|our)\\s+reminders\\b', needs: 2 },
  { words: '\\b(third|3rd)\\s+reminder\\b', needs: 2 },
  { words: '\\b(previous|earlier|prior)\\s+(reminder|e-?mail)\\b', needs: 1 },
  { words: '\\b(second|2nd|another|final|last)\\s+reminder\\b', needs: 1 },
];

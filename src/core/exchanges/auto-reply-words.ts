/**
 * What automatic replies write, for automatic-reply.ts. Each `openings` entry is a regular
 * expression matched at the start of a subject folded to lower case without accents: Outlook's
 * « Réponse automatique : » / "Automatic reply:", older Exchange's « Absence du bureau : » /
 * "Out of Office:", the words people title Gmail's vacation responder with (« Absente jusqu'au
 * 4 janvier »: the bare « Absent/Absente/Absence » only before « : », « du bureau » or « jusqu… »,
 * so « Absence de paiement » stays a person's subject), and a few other languages' Outlook
 * openings.
 * `greetings` open a body without saying anything (skipped when quoting one).
 * Data only: the build ships it in a project file read on first use (scripts/lazy-data.ts).
 */
export const AUTO_REPLY_WORDS: {
  readonly openings: readonly string[];
  readonly greetings: string;
} = {
  openings: [
    // French
    'reponse automatique\\b',
    '(absence|absente?)(\\s*:|\\s+du bureau\\b|\\s+jusqu)',
    "message d'absence\\b",
    // English
    'automatic reply\\b',
    'auto[- ]?(reply|response)\\b',
    'out of (the )?office\\b',
    // German, Spanish, Italian, Portuguese, Dutch, Scandinavian
    'automatische antwort\\b',
    'abwesenheitsnotiz\\b',
    'respuesta automatica\\b',
    'risposta automatica\\b',
    'resposta automatica\\b',
    'automatisch antwoord\\b',
    'autosvar\\b',
  ],
  greetings: '^(bonjour|bonsoir|madame|monsieur|hello|hi|dear|good (morning|afternoon))\\b',
};

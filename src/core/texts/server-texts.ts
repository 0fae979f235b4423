/**
 * The sentences the server writes for the user outside the e-mails: notes in the status
 * columns, toasts of the menu, errors the sidebar shows, the failure digest. Each one in French
 * and English, in one place, as the sidebar keeps its own texts in sidebar/src/i18n; the caller
 * picks the language (`serverTexts.carriedOver[language]`), or hands both to the sidebar. The run's stop reasons
 * are with the run report (`STOP_MESSAGES` in core/run/run-report.ts), the row errors with the
 * rows (core/messages/row-errors.ts).
 */
import type { LocalizedText } from '../localized-text.ts';

/** What the menu's "Run reminders now" reports in its toast. */
export interface RunCounts {
  readonly sent: number;
  readonly testMode: boolean;
  readonly drafted: number;
  readonly tasks: number;
  readonly failed: number;
  readonly carriedOver: number;
}

/** Status note of a message not sent because its invoices changed while the run sent others. */
export const changedDuringRun: LocalizedText = {
  fr: 'Modifiée pendant l’exécution : revue à la prochaine',
  en: 'Changed during the run: reviewed at the next run',
};

/** Status note of a message the quota or the time budget left for the next run. */
export const carriedOver: LocalizedText = {
  fr: 'Reportée à la prochaine exécution',
  en: 'Carried over to the next run',
};

/** Status note when an invoice's linked file cannot be read (`number: error` each). */
export const invoiceFileMissing = (missing: readonly string[]): LocalizedText => ({
  fr: `Fichier de facture inaccessible (${missing.join(' ; ')})`,
  en: `Invoice file not accessible (${missing.join('; ')})`,
});

/** The same, when the attachment policy holds the reminder until the file can be read. */
export const invoiceFileHeld = (missing: readonly string[]): LocalizedText => ({
  fr: `Fichier de facture inaccessible (${missing.join(' ; ')}) : relance suspendue`,
  en: `Invoice file not accessible (${missing.join('; ')}): reminder held`,
});

/** Subject of the failure digest e-mailed to the user. */
export const failureDigestSubject = (failures: number, day: string | null): LocalizedText => ({
  fr: `Relance : ${failures} problème(s) lors de l’exécution du ${day}`,
  en: `Relance: ${failures} problem(s) in the run of ${day}`,
});

/** Toast of the menu's "Run reminders now". */
export const runCounts = (c: RunCounts): LocalizedText => ({
  fr: `${c.sent} e-mail(s)${c.testMode ? ' de test' : ''}, ${c.drafted} brouillon(s), ${c.tasks} appel(s), ${c.failed} échec(s), ${c.carriedOver} reporté(s).`,
  en: `${c.sent}${c.testMode ? ' test' : ''} e-mail(s), ${c.drafted} draft(s), ${c.tasks} call(s), ${c.failed} failure(s), ${c.carriedOver} carried over.`,
});

/** Toast of the menu's "Set up…" when the document is ready. */
export const setUpReady = (invoicesSheet: string | null): LocalizedText => ({
  fr: `Relance est prêt (mode test) sur « ${invoicesSheet} ». Ouvrez Relance pour continuer.`,
  en: `Relance is ready (test mode) on “${invoicesSheet}”. Open Relance to continue.`,
});

/** The sidebar asked for a view of the invoices before any invoices tab was chosen. */
export const noInvoicesTab: LocalizedText = {
  fr: 'Aucun onglet de factures n’est encore choisi : lancez le guide de démarrage.',
  en: 'No invoices tab is set up yet: run the start guide.',
};

/** A preview or test e-mail with no invoice to render it on. */
export const noInvoiceToRender: LocalizedText = {
  fr: 'Aucune facture pour rendre le message.',
  en: 'No invoice to render the message on.',
};

/** The set-up's test e-mail with no unpaid invoice to use. */
export const noUnpaidInvoiceForTest: LocalizedText = {
  fr: 'Aucune facture impayée à utiliser pour le test.',
  en: 'No unpaid invoice to use for the test.',
};

/** A sidebar action while the daily run holds the lock. */
export const runInProgress: LocalizedText = {
  fr: 'Une exécution de Relance est en cours : réessayez dans une minute.',
  en: 'A Relance run is in progress: try again in a minute.',
};

/** A sidebar action that writes to the log when the log tab is gone. */
export const logTabMissing: LocalizedText = {
  fr: 'L’onglet du journal est introuvable : relancez la configuration.',
  en: 'The log tab cannot be found: run the set-up again.',
};

/** Saving a template when the templates tab is gone. */
export const templatesTabMissing: LocalizedText = {
  fr: 'L’onglet des modèles est introuvable : lancez le guide de démarrage.',
  en: 'The templates tab cannot be found: run the start guide.',
};

export const invoiceNotFound = (invoiceNumber: string): LocalizedText => ({
  fr: `Facture ${invoiceNumber} introuvable.`,
  en: `Invoice ${invoiceNumber} not found.`,
});

export const noDecisionWaiting = (invoiceNumber: string): LocalizedText => ({
  fr: `La facture ${invoiceNumber} n’attend pas de décision : elle est déjà relancée ou suspendue.`,
  en: `Invoice ${invoiceNumber} is not waiting for a decision: it is already chased or held.`,
});

export const noStageToSkip = (invoiceNumber: string): LocalizedText => ({
  fr: `La facture ${invoiceNumber} n’a pas d’étape à venir à passer.`,
  en: `Invoice ${invoiceNumber} has no coming stage to skip.`,
});

export const noCallWaiting: LocalizedText = {
  fr: 'Aucun appel en attente pour ce client.',
  en: 'No call task is waiting for this client.',
};

export const noLastGoodSettings: LocalizedText = {
  fr: 'Aucune version valide des réglages n’est conservée : enregistrez-les de nouveau dans Réglages.',
  en: 'No good version of the settings is kept: save them again in Settings.',
};

/**
 * Run note when the status columns are not written: a header of the user's has the name of one
 * of Relance's status columns, or Relance's headers were edited. `columns` reads
 * `“Relance · note” (G)`.
 */
export const statusHeaderClash = (columns: readonly string[]): LocalizedText => ({
  fr: `Colonnes d’état non écrites : ${columns.join(', ')} porte le nom d’une colonne de Relance, sans ses quatre colonnes une fois chacune. Renommez votre colonne ou rétablissez les en-têtes de Relance.`,
  en: `Status columns not written: ${columns.join(', ')} has the name of a Relance column, without its four columns once each. Rename your column or restore Relance’s headers.`,
});

/** A column named in a run note: its header and its letter. */
export const namedColumn = (header: string, letter: string): LocalizedText => ({
  fr: `« ${header} » (colonne ${letter})`,
  en: `“${header}” (column ${letter})`,
});

/** Run note when the invoice-number column is gone by the time the status columns are written. */
export const statusKeyColumnGone = (header: string): LocalizedText => ({
  fr: `Colonnes d’état non écrites : colonne « ${header} » introuvable.`,
  en: `Status columns not written: column “${header}” not found.`,
});

/**
 * The error an unexpected exception of the run ends with: its kind only (Google keeps it in the
 * execution log), the details being in the sidebar's last run.
 */
export const unexpectedRunError = (kind: string): LocalizedText => ({
  fr: `Relance : exécution arrêtée par une erreur inattendue (${kind}), détail dans « Dernière exécution ».`,
  en: `Relance: run stopped by an unexpected error (${kind}), details in “Last run”.`,
});

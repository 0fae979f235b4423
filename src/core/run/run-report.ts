/**
 * What one run did, kept in document properties for the sidebar ("last run") and summarised in
 * one `run` row of the log: the RunSummary the sidebar shows, plus skips by reason, errors, duration
 * and service calls. Core owns the type; src/api re-exports RunSummary for the sidebar.
 */

import type { LocalizedText } from '../localized-text.ts';
import { NO_SIGNATURE } from '../sender-name.ts';

/** Why a run stopped early or did not start. */
export type RunStopCode =
  | 'no_spreadsheet'
  | 'not_set_up'
  | 'settings_damaged'
  | 'automation_off'
  | 'authorization_required'
  | 'locked'
  | 'no_invoices_tab'
  | 'invoices_tab_not_chosen'
  | 'no_templates_tab'
  | 'no_log_tab'
  | 'mapping_incomplete'
  | 'log_unreadable'
  | 'history_unverified'
  | 'no_sender_name'
  | 'quota'
  | 'time_budget'
  | 'error';

export interface RunStop {
  readonly code: RunStopCode;
  readonly message: LocalizedText;
}

/** Calls made through the adapters during the run, by kind. */
export interface ServiceCallCounts {
  sheetReads: number;
  sheetWrites: number;
  flushes: number;
  gmailSearches: number;
  gmailSends: number;
  gmailDrafts: number;
  driveReads: number;
}

/** What the last run did, read from the log. */
export interface RunSummary {
  /** ISO instant the run started. */
  readonly at: string;
  /** Reminders that went to clients. */
  readonly sent: number;
  /** Messages test mode sent to the user instead of the clients. */
  readonly testSent: number;
  readonly drafted: number;
  readonly tasks: number;
  readonly failed: number;
  readonly carriedOver: number;
  /** One line per failure: invoice numbers and the error. */
  readonly failures: readonly string[];
}

export interface RunReport extends RunSummary {
  readonly runId: string;
  /** `completed`: everything planned was handled; `partial`: some carried over; `skipped`: nothing ran. */
  readonly status: 'completed' | 'partial' | 'skipped' | 'failed';
  readonly stop: RunStop | null;
  /** The business day the run planned for (YYYY-MM-DD), null when it did not get that far. */
  readonly today: string | null;
  readonly trigger: 'time' | 'manual';
  readonly testMode: boolean;
  /** Messages sent to the user instead of the client, in test mode. */
  readonly testSent: number;
  readonly skippedByReason: Readonly<Record<string, number>>;
  readonly rowErrors: number;
  /** The first row errors' messages (the sidebar lists them all). */
  readonly rowErrorMessages: readonly string[];
  /** Pending records from an interrupted run that were resolved. */
  readonly reconciled: number;
  /** Clients newly paused because they wrote back or the user wrote to them. */
  readonly paused: number;
  readonly durationMs: number;
  readonly serviceCalls: ServiceCallCounts;
}

export function emptyCalls(): ServiceCallCounts {
  return {
    sheetReads: 0,
    sheetWrites: 0,
    flushes: 0,
    gmailSearches: 0,
    gmailSends: 0,
    gmailDrafts: 0,
    driveReads: 0,
  };
}

export const STOP_MESSAGES: Readonly<Record<RunStopCode, LocalizedText>> = {
  no_sender_name: NO_SIGNATURE,
  no_spreadsheet: {
    fr: 'Aucune feuille de calcul trouvée : ouvrez Relance dans votre feuille et lancez la configuration.',
    en: 'No spreadsheet found: open Relance in your sheet and run the set-up.',
  },
  not_set_up: {
    fr: 'Relance n’est pas encore configuré dans cette feuille : lancez « Configurer… ».',
    en: 'Relance is not set up in this sheet yet: run “Set up…”.',
  },
  settings_damaged: {
    fr: 'Les réglages enregistrés dans la feuille sont endommagés : rien n’est envoyé. Ouvrez Relance → Réglages pour restaurer la dernière version valide.',
    en: 'The settings stored in the spreadsheet are damaged: nothing is sent. Open Relance → Settings to restore the last good version.',
  },
  automation_off: {
    fr: 'L’envoi quotidien est arrêté dans les réglages : cette exécution automatique n’a rien envoyé.',
    en: 'The daily run is turned off in the settings: this automatic run sent nothing.',
  },
  authorization_required: {
    fr: 'Relance a besoin d’une nouvelle autorisation : ouvrez le menu Relance pour l’accorder. Aucun e-mail n’est parti.',
    en: 'Relance needs to be authorized again: open the Relance menu to grant it. No e-mail was sent.',
  },
  locked: {
    fr: 'Une autre exécution de Relance était en cours : celle-ci s’est arrêtée sans rien envoyer.',
    en: 'Another Relance run was in progress: this one stopped without sending anything.',
  },
  no_invoices_tab: {
    fr: 'L’onglet des factures est introuvable (renommé ou supprimé ?) : choisissez-le dans la configuration.',
    en: 'The invoices tab cannot be found (renamed or deleted?): pick it in the set-up.',
  },
  invoices_tab_not_chosen: {
    fr: 'Aucun onglet de factures reconnu : il faut les colonnes N° facture, client, e-mail, montant et échéance, une seule fois chacune. Choisissez l’onglet et ses colonnes dans la configuration.',
    en: 'No invoices tab recognised: it needs invoice number, client, e-mail, amount and due date columns, once each. Pick the tab and its columns in the set-up.',
  },
  no_templates_tab: {
    fr: 'L’onglet des modèles est introuvable : relancez la configuration pour le recréer.',
    en: 'The templates tab cannot be found: run the set-up again to recreate it.',
  },
  no_log_tab: {
    fr: 'L’onglet du journal est introuvable : relancez la configuration pour le recréer. Rien n’est envoyé sans journal.',
    en: 'The log tab cannot be found: run the set-up again to recreate it. Nothing is sent without a log.',
  },
  mapping_incomplete: {
    fr: 'Des colonnes obligatoires de l’onglet des factures sont introuvables ou ambiguës.',
    en: 'Required columns of the invoices tab are missing or ambiguous.',
  },
  log_unreadable: {
    fr: 'L’en-tête du journal a été modifié : colonnes introuvables. Rien n’est envoyé tant qu’il n’est pas réparé.',
    en: 'The log header was changed: columns are missing. Nothing is sent until it is repaired.',
  },
  history_unverified: {
    fr: 'Journal vide et Gmail injoignable pour retrouver ce qui est déjà parti : rien n’est envoyé, pour ne rien envoyer deux fois. La prochaine exécution réessaie.',
    en: 'Empty log and Gmail unreachable to find what already went: nothing is sent, so that nothing goes twice. The next run tries again.',
  },

  quota: {
    fr: 'Quota quotidien d’e-mails atteint : le reste partira à la prochaine exécution.',
    en: 'Daily e-mail quota reached: the rest will go out on the next run.',
  },
  time_budget: {
    fr: 'Temps d’exécution presque écoulé : le reste partira à la prochaine exécution.',
    en: 'Execution time nearly used up: the rest will go out on the next run.',
  },
  error: {
    fr: 'Erreur inattendue pendant l’exécution.',
    en: 'Unexpected error during the run.',
  },
};

/** The stop of `code`, its message followed by `extra` when there is one. */
export function runStop(code: RunStopCode, extra?: string | LocalizedText): RunStop {
  const base = STOP_MESSAGES[code];
  if (!extra) return { code, message: base };
  const fr = typeof extra === 'string' ? extra : extra.fr;
  const en = typeof extra === 'string' ? extra : extra.en;
  return { code, message: { fr: `${base.fr} ${fr}`, en: `${base.en} ${en}` } };
}

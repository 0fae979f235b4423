/**
 * Why an invoice gets nothing today, one sentence per skip reason, in French: the status
 * columns' note and the sidebar's Today view say the same (src/core/texts/skip-reason-text.ts).
 * `%{name}` marks a value filled in. Code.js reads this table from the French server texts' file
 * (scripts/lazy-data.ts); the sidebar bundles it through src/api.
 */
export const SKIP_REASONS_FR = {
  paid: 'Payée.',
  auto_pay: 'Prélèvement automatique : rien à relancer.',
  cancelled: 'Annulée.',
  disputed: 'Contestée : traitez le litige.',
  on_hold: 'En attente (colonne statut).',
  do_not_contact: 'Le client ne veut pas être relancé par e-mail.',
  sequence_done: 'Toutes les étapes ont été faites.',
  sequence_done_in_test:
    'Mode test : toutes les étapes vous ont été envoyées en [TEST], rien au client. En passant en réel, la vraie séquence commence.',
  pending_unconfirmed: "Envoi précédent non confirmé : vérification avant d'envoyer à nouveau.",
  promise_until: "Promesse de paiement jusqu'au %{until}.",
  client_replied: "En pause : le client a répondu le %{on}, jusqu'à reprise.",
  client_replied_until: "En pause : le client a répondu le %{on}, jusqu'au %{until}.",
  client_paused: "En pause depuis le %{on}, jusqu'à reprise.",
  client_paused_until: "En pause depuis le %{on}, jusqu'au %{until}.",
  manual_email_until: "En pause : vous avez écrit au client le %{on}, jusqu'au %{until}.",
  min_gap_until: 'Dernière relance le %{lastOn} : prochaine au plus tôt le %{until}.',
  max_reminders: 'Plafond atteint : %{count} relances.',
  max_reminders_one: 'Plafond atteint : %{count} relance.',
  held_by_user: 'Suspendue par vous.',
  held_by_user_until: "Suspendue par vous jusqu'au %{until}.",
  old_debt:
    'Impayée depuis %{daysOverdue} jours, jamais relancée : à vous de décider (relancer depuis la 1re relance, ou ignorer).',
} as const;

/** One sentence per skip reason (and per variant: with or without an end date, …). */
export type SkipReasonTable = { readonly [Key in keyof typeof SKIP_REASONS_FR]: string };

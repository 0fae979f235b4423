/**
 * Texts of the Statistics view's three questions, French then English. Kept apart from the other
 * views' texts; `Messages` carries them as `t.outcomes`.
 */
const pluralFr = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const pluralEn = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const outcomesFr = {
  currency: 'Devise',
  segment: 'Profil de client',
  allSegments: 'Tous les profils',

  chasingTitle: 'Les relances marchent-elles ?',
  recoveryTitle: 'Recouvré après l’échéance, par mois d’échéance',
  recoveryLegend: ['sous 30 j', '31–60 j', '61–90 j'],
  recoveryBar: (r30: string, r60: string, r90: string) => `${r30} · ${r60} · ${r90}`,
  recoveryNone: 'Aucune facture en retard sur ces mois.',
  month: 'Mois',
  overdueAtDue: 'En retard à l’échéance',
  within: (days: number) => `Sous ${days} j`,
  notYet: 'pas encore',
  dsoShort: 'DSO',
  bestDso: 'DSO au mieux',
  add: 'Retard moyen (ADD)',
  dsoHint:
    'Sur 90 jours. DSO au mieux : la part non échue de l’encours × jours / facturé. ADD = DSO − DSO au mieux : les jours dus aux retards.',
  ceiTitle: 'Efficacité du recouvrement (CEI) par mois',
  ceiPartial: '(mois en cours)',
  remindersPerPaid: 'Relances par facture payée',
  remindersPerPaidHint: (paid: number) =>
    `Relances par facture payée : sur ${pluralFr(paid, 'facture payée', 'factures payées')} en 12 mois.`,
  replyTitle: 'Taux de réponse après chaque étape',
  replyValue: (rate: string, replied: number, messages: number) =>
    `${rate} (${replied}/${messages})`,
  counts: (n: number) => pluralFr(n, 'facture', 'factures'),

  forecastTitle: 'Quand l’argent arrivera-t-il ?',
  forecastChart: 'Encaissements attendus par semaine, 8 semaines',
  week: 'Semaine',
  weekOf: (day: string) => `Sem. du ${day}`,
  likely: 'probable',
  atRisk: 'à risque',
  weekValue: (likely: string, atRisk: string) => `${likely} + ${atRisk} à risque`,
  weekDetails: (label: string, n: number) => `${label} : ${pluralFr(n, 'facture', 'factures')}`,
  largestOf: (shown: number, n: number) => `Les ${shown} plus gros montants sur ${n}.`,
  expectedOn: (day: string) => `attendue le ${day}`,
  basis: {
    plan: 'échéancier',
    promise: 'promesse de paiement',
    client: 'habitude du client',
    segment: 'habitude du profil',
    book: 'habitude de l’ensemble',
    none: 'échéance (sans historique)',
  } as Record<string, string>,
  risk: {
    wide_spread: 'client imprévisible',
    later_than_usual: 'plus en retard que d’habitude',
    broken_promise: 'promesse non tenue',
    no_history: 'aucun historique',
    on_hold: 'en attente',
    missed_instalment: 'échéance manquée',
  } as Record<string, string>,
  later: (amount: string, n: number) =>
    `Au-delà de 8 semaines : ${amount} (${pluralFr(n, 'facture', 'factures')}).`,
  doubtful: (amount: string, n: number) =>
    `Douteux (très en retard) : ${amount} (${pluralFr(n, 'facture', 'factures')}), non compté.`,
  disputed: (amount: string, n: number) =>
    `En litige : ${amount} (${pluralFr(n, 'facture', 'factures')}), non compté.`,
  backtestTitle: 'Erreur de la prévision',
  backtest: (weeks: number, error: string, forecast: string, actual: string) =>
    `Faite il y a ${weeks} semaines : erreur ${error} (prévu ${forecast}, payé ${actual}).`,
  backtestNone: (weeks: number) =>
    `Il y a ${weeks} semaines : rien n’a été payé, pas d’erreur mesurable.`,
  forecastHint:
    'Chaque facture est attendue à son échéance décalée du retard moyen de son client (de son profil s’il a moins de 3 factures payées) ; une promesse de paiement passe avant.',

  variantsTitle: 'Quelle formulation est payée plus vite ?',
  variantsNone:
    'Aucune étape n’a deux variantes actives. Ajoutez une variante B à un modèle pour comparer.',
  variantStage: (stage: string) => `${stage} : variantes`,
  variant: 'Variante',
  reminded: 'Relancées',
  paidWithin: 'Payées sous 14 j',
  medianDays: 'Délai médian',
  waiting: (n: number) =>
    `${pluralFr(n, 'relance', 'relances')} de moins de 14 j, pas encore comptée${n > 1 ? 's' : ''}.`,
  notEnough: (min: number) => `Pas encore assez de données : il faut ${min} relances par variante.`,
  winner: (variant: string, p: string) => `La variante ${variant} est payée plus vite (p = ${p}).`,
  noWinner: (p: string) => `Pas de différence nette pour l’instant (p = ${p}).`,
  keepWinner: (variant: string) => `Ne garder que la variante ${variant}`,
  kept: (ids: string) => `Désactivés : ${ids}. Le changement est inscrit au journal.`,
  variantsHint:
    'Chaque facture reçoit sa variante par tirage fixe sur son numéro et l’étape : les groupes sont comparables.',
  exportTab: 'Exporter dans un onglet',
  exported: (tab: string, n: number) =>
    `${pluralFr(n, 'chiffre écrit', 'chiffres écrits')} dans l’onglet « ${tab} ».`,
  undated: (n: number) =>
    `${pluralFr(n, 'facture payée', 'factures payées')} sans date de paiement, hors des chiffres dans le temps.`,
};

export type OutcomeMessages = typeof outcomesFr;

export const outcomesEn: OutcomeMessages = {
  currency: 'Currency',
  segment: 'Client profile',
  allSegments: 'All profiles',

  chasingTitle: 'Is chasing working?',
  recoveryTitle: 'Collected after the due date, by month of due date',
  recoveryLegend: ['within 30 d', '31–60 d', '61–90 d'],
  recoveryBar: (r30, r60, r90) => `${r30} · ${r60} · ${r90}`,
  recoveryNone: 'No overdue invoice in these months.',
  month: 'Month',
  overdueAtDue: 'Overdue at due date',
  within: (days) => `Within ${days} d`,
  notYet: 'not yet',
  dsoShort: 'DSO',
  bestDso: 'Best possible DSO',
  add: 'Days delinquent (ADD)',
  dsoHint:
    'Over 90 days. Best possible DSO: the not-yet-due part of receivables × days / invoiced. ADD = DSO − best possible DSO: the days owed to late payment.',
  ceiTitle: 'Collection effectiveness (CEI) per month',
  ceiPartial: '(this month so far)',
  remindersPerPaid: 'Reminders per paid invoice',
  remindersPerPaidHint: (paid) =>
    `Reminders per paid invoice: over ${pluralEn(paid, 'invoice', 'invoices')} paid in 12 months.`,
  replyTitle: 'Reply rate after each stage',
  replyValue: (rate, replied, messages) => `${rate} (${replied}/${messages})`,
  counts: (n) => pluralEn(n, 'invoice', 'invoices'),

  forecastTitle: 'When will the money come in?',
  forecastChart: 'Expected payments per week, 8 weeks',
  week: 'Week',
  weekOf: (day) => `Week of ${day}`,
  likely: 'likely',
  atRisk: 'at risk',
  weekValue: (likely, atRisk) => `${likely} + ${atRisk} at risk`,
  weekDetails: (label, n) => `${label}: ${pluralEn(n, 'invoice', 'invoices')}`,
  largestOf: (shown, n) => `The ${shown} largest amounts of ${n}.`,
  expectedOn: (day) => `expected ${day}`,
  basis: {
    plan: 'payment plan',
    promise: 'promise to pay',
    client: 'client’s habit',
    segment: 'profile’s habit',
    book: 'all clients’ habit',
    none: 'due date (no history)',
  },
  risk: {
    wide_spread: 'unpredictable client',
    later_than_usual: 'later than usual',
    broken_promise: 'broken promise',
    no_history: 'no history',
    on_hold: 'on hold',
    missed_instalment: 'missed instalment',
  },
  later: (amount, n) => `After 8 weeks: ${amount} (${pluralEn(n, 'invoice', 'invoices')}).`,
  doubtful: (amount, n) =>
    `Doubtful (long overdue): ${amount} (${pluralEn(n, 'invoice', 'invoices')}), not counted.`,
  disputed: (amount, n) =>
    `Disputed: ${amount} (${pluralEn(n, 'invoice', 'invoices')}), not counted.`,
  backtestTitle: 'Forecast error',
  backtest: (weeks, error, forecast, actual) =>
    `Made ${weeks} weeks ago: error ${error} (forecast ${forecast}, paid ${actual}).`,
  backtestNone: (weeks) => `${weeks} weeks ago: nothing was paid, no error to measure.`,
  forecastHint:
    'Each invoice is expected on its due date shifted by its client’s average delay (its profile’s when it has fewer than 3 paid invoices); a promise to pay comes first.',

  variantsTitle: 'Which wording gets paid faster?',
  variantsNone: 'No stage has two active variants. Add a variant B to a template to compare.',
  variantStage: (stage) => `${stage}: variants`,
  variant: 'Variant',
  reminded: 'Reminded',
  paidWithin: 'Paid within 14 d',
  medianDays: 'Median delay',
  waiting: (n) => `${pluralEn(n, 'reminder', 'reminders')} under 14 days old, not counted yet.`,
  notEnough: (min) => `Not enough data yet: each variant needs ${min} reminders.`,
  winner: (variant, p) => `Variant ${variant} gets paid faster (p = ${p}).`,
  noWinner: (p) => `No clear difference yet (p = ${p}).`,
  keepWinner: (variant) => `Keep variant ${variant} only`,
  kept: (ids) => `Switched off: ${ids}. The change is in the log.`,
  variantsHint:
    'Each invoice gets its variant by a fixed draw on its number and the stage: the groups are comparable.',
  exportTab: 'Export to a tab',
  exported: (tab, n) => `${pluralEn(n, 'figure', 'figures')} written to the "${tab}" tab.`,
  undated: (n) =>
    `${pluralEn(n, 'paid invoice', 'paid invoices')} without a paid date, left out of figures over time.`,
};

import type { Language } from '../../../src/api/vocabulary.ts';

/** The words of the Today view's quotes and payment-plan sections. */
export const NOTES_MESSAGES = {
  fr: {
    quotesTitle: (n: number) => `Devis (${n})`,
    noQuotes: 'Aucun devis en cours.',
    quoteDue: (stage: string) => `${stage} : envoyé à la prochaine exécution.`,
    validUntil: (day: string) => `valable jusqu’au ${day}`,
    plansTitle: (n: number) => `Échéanciers (${n})`,
    noPlans: 'Aucun échéancier.',
    planKept: (paid: number, count: number) => `En cours : ${paid}/${count} échéances payées.`,
    planCompleted: 'Soldé.',
    planBroken: (day: string) => `Rompu le ${day} : les relances ont repris.`,
    expected: (amount: string, day: string) => `${amount} le ${day}`,
    newPlan: 'Proposer un échéancier',
    allOverdue: 'Toutes les factures échues de ce client',
    count: 'Nombre d’échéances mensuelles',
    firstDate: 'Première échéance',
    create: 'Créer l’échéancier',
  },
  en: {
    quotesTitle: (n: number) => `Quotes (${n})`,
    noQuotes: 'No open quote.',
    quoteDue: (stage: string) => `${stage}: sent at the next run.`,
    validUntil: (day: string) => `valid until ${day}`,
    plansTitle: (n: number) => `Payment plans (${n})`,
    noPlans: 'No payment plan.',
    planKept: (paid: number, count: number) => `Kept: ${paid}/${count} instalments paid.`,
    planCompleted: 'Completed.',
    planBroken: (day: string) => `Broken on ${day}: reminders resumed.`,
    expected: (amount: string, day: string) => `${amount} on ${day}`,
    newPlan: 'Offer a payment plan',
    allOverdue: 'All of this client’s overdue invoices',
    count: 'Monthly instalments',
    firstDate: 'First instalment',
    create: 'Create the plan',
  },
} satisfies Record<Language, Record<string, unknown>>;

/** The quotes' figures in the Statistics view. */
export const QUOTE_STATS_MESSAGES = {
  fr: {
    title: 'Devis',
    rate: 'Taux d’acceptation',
    median: 'Délai médian d’acceptation',
    days: (n: number) => `${n} j`,
    afterFollowUp: (accepted: number, followed: number) =>
      `${accepted} accepté(s) sur ${followed} relancé(s)`,
    afterFollowUpLabel: 'Après un suivi',
    none: '—',
  },
  en: {
    title: 'Quotes',
    rate: 'Acceptance rate',
    median: 'Median days to acceptance',
    days: (n: number) => `${n} d`,
    afterFollowUp: (accepted: number, followed: number) =>
      `${accepted} accepted of ${followed} followed up`,
    afterFollowUpLabel: 'After a follow-up',
    none: '—',
  },
} satisfies Record<Language, Record<string, unknown>>;

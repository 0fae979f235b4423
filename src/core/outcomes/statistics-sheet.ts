import type { Language } from '../invoice.ts';
import type { OutcomeStatistics } from './outcome-statistics.ts';

/** The tab "Export to a tab" writes (the same name in both languages). */
export const STATISTICS_TAB = 'Relance · stats';

export type SheetCell = string | number;

const HEADERS: Readonly<Record<Language, readonly string[]>> = {
  fr: ['Question', 'Devise', 'Profil', 'Période', 'Mesure', 'Valeur', 'Nombre'],
  en: ['Question', 'Currency', 'Profile', 'Period', 'Measure', 'Value', 'Count'],
};

const WORDS = {
  fr: {
    chasing: 'Relances',
    forecast: 'Encaissements',
    variants: 'Variantes',
    recovery: (days: number) => `Recouvré sous ${days} j`,
    best: 'DSO au mieux',
    add: 'ADD',
    perPaid: 'Relances par facture payée',
    replies: (stage: string) => `Réponses après ${stage}`,
    likely: 'Probable',
    atRisk: 'À risque',
    error: (weeks: number) => `Erreur à ${weeks} semaines`,
    paidWithin: (stage: string, variant: string) => `${stage} ${variant} payées sous 14 j`,
  },
  en: {
    chasing: 'Chasing',
    forecast: 'Cash-in',
    variants: 'Variants',
    recovery: (days: number) => `Collected within ${days} d`,
    best: 'Best possible DSO',
    add: 'ADD',
    perPaid: 'Reminders per paid invoice',
    replies: (stage: string) => `Replies after ${stage}`,
    likely: 'Likely',
    atRisk: 'At risk',
    error: (weeks: number) => `Error at ${weeks} weeks`,
    paidWithin: (stage: string, variant: string) => `${stage} ${variant} paid within 14 d`,
  },
} as const;

/**
 * The outcome figures as one long table, a header then one row per figure (question, currency,
 * profile, period, measure, value, count), for the user's own charts and pivot tables. Shares are
 * fractions (0.25), CEI a percentage, DSO and ADD days, money major units (euros, not cents); a
 * period is a month, a week's first day, or a number of days; a figure not known yet is empty.
 */
export function statisticsSheetRows(
  outcomes: OutcomeStatistics,
  language: Language,
): SheetCell[][] {
  const w = WORDS[language];
  const rows: SheetCell[][] = [[...HEADERS[language]]];
  const value = (v: number | null): SheetCell => (v === null ? '' : v);
  for (const c of outcomes.chasing) {
    const row = (period: string, measure: string, v: number | null, count: number | '') =>
      rows.push([w.chasing, c.currency, c.segment, period, measure, value(v), count]);
    for (const month of c.recovery) {
      for (const window of month.windows) {
        row(month.month, w.recovery(window.days), window.rate, month.overdueCount);
      }
    }
    const period = `${c.dso.days}`;
    row(period, 'DSO', c.dso.dso, '');
    row(period, w.best, c.dso.bestPossibleDso, '');
    row(period, w.add, c.dso.averageDaysDelinquent, '');
    for (const month of c.cei) row(month.month, 'CEI', month.cei, '');
    row('365', w.perPaid, c.remindersPerPaid.average, c.remindersPerPaid.paidCount);
    for (const line of c.replies) row('365', w.replies(line.stage), line.rate, line.messages);
  }
  for (const f of outcomes.forecasts) {
    for (const week of f.forecast.weeks) {
      const count = week.paymentCount;
      rows.push([
        w.forecast,
        f.currency,
        'all',
        week.start,
        w.likely,
        week.likelyCents / 100,
        count,
      ]);
      rows.push([
        w.forecast,
        f.currency,
        'all',
        week.start,
        w.atRisk,
        week.atRiskCents / 100,
        count,
      ]);
    }
    for (const test of f.backtests) {
      rows.push([
        w.forecast,
        f.currency,
        'all',
        test.madeOn,
        w.error(test.weeks),
        value(test.error),
        '',
      ]);
    }
  }
  for (const comparison of outcomes.variants) {
    for (const v of comparison.variants) {
      rows.push([
        w.variants,
        '',
        'all',
        outcomes.asOf,
        w.paidWithin(comparison.stage, v.variant),
        value(v.share),
        v.reminded,
      ]);
    }
  }
  return rows;
}

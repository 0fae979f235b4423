import { addDays, type CalendarDate, daysBetween } from '../calendar-date.ts';
import { median } from '../median.ts';
import type { Stage } from '../stage.ts';
import { STAGES } from '../stage.ts';
import type { TemplateRow } from '../templates/template-row.ts';
import type { OutcomeLog } from './reminder-events.ts';
import { twoProportionPValue } from './two-proportion-test.ts';

/** Reminders each variant needs before a comparison says anything. */
export const MIN_REMINDERS_PER_VARIANT = 30;
/** A reminder "works" when the invoice is paid within this many days of it. */
export const PAID_WITHIN_DAYS = 14;
/** The p-value below which the better variant is called the winner. */
export const SIGNIFICANCE = 0.05;

export interface VariantFigures {
  readonly variant: string;
  /** Invoices reminded with this variant at least 14 days ago (their outcome is known). */
  readonly reminded: number;
  readonly paidWithin: number;
  /** paidWithin / reminded, or null before any reminder is 14 days old. */
  readonly share: number | null;
  /** Median days from the reminder to the payment, over the reminded invoices paid since. */
  readonly medianDaysToPayment: number | null;
  /** Reminded fewer than 14 days ago: not counted yet. */
  readonly waiting: number;
}

export type VariantVerdict = 'not_enough_data' | 'winner' | 'no_clear_winner';

export interface StageComparison {
  readonly stage: Stage;
  /** Sorted by name (A, B, …). */
  readonly variants: readonly VariantFigures[];
  readonly verdict: VariantVerdict;
  /** The best variant when the verdict is `winner`. */
  readonly winner: string | null;
  /** Two-sided p-value of best vs runner-up (two-proportion z-test), when enough data. */
  readonly pValue: number | null;
}

type TemplateFields = Pick<TemplateRow, 'stage' | 'segment' | 'language' | 'variant' | 'active'>;

/**
 * A/B comparison of the templates' variants, per stage that has two or more active variants for
 * one segment and language. The variants of a stage are compared by name across segments and
 * languages (variant B of the French and English first reminders is one variant): the run
 * assigns variants by a hash of the invoice and stage alone (see variant-key.ts), so every
 * segment, language and amount is spread evenly over the variants.
 *
 * Only reminders whose template belongs to such a group count (a new client's single first
 * reminder, say, had no draw). For each variant: invoices reminded with it at that stage, the share paid within 14 days of the
 * reminder, the median days to payment. Below 30 reminders for any variant the verdict is "not
 * enough data yet"; otherwise the best share is tested against the runner-up with a two-sided
 * two-proportion z-test, and called the winner when p < 0.05.
 */
export function compareVariants(
  templates: readonly TemplateFields[],
  log: OutcomeLog,
  paidDateOf: (invoiceNumber: string) => CalendarDate | null,
  asOf: CalendarDate,
): StageComparison[] {
  const { groups, variantsByStage } = testedVariants(templates);
  // Reminders sent on or after this day are under 14 days old.
  const tooRecent = addDays(asOf, -PAID_WITHIN_DAYS);
  const result: StageComparison[] = [];
  for (const stage of STAGES) {
    const variants = variantsByStage.get(stage);
    if (!variants) continue;
    const figures = variants.map((variant) => {
      let reminded = 0;
      let paidWithin = 0;
      let waiting = 0;
      const days: number[] = [];
      for (const event of log.events) {
        if (event.stage !== stage || event.variant !== variant) continue;
        // Only reminders drawn between variants: a group with one template had no draw.
        if (!groups.has(groupOf(event.templateId))) continue;
        const paid = paidDateOf(event.invoiceNumber);
        if (paid !== null && paid < event.date) continue;
        if (paid !== null) days.push(daysBetween(event.date, paid));
        if (event.date >= tooRecent) {
          waiting += 1;
          continue;
        }
        reminded += 1;
        if (paid !== null && daysBetween(event.date, paid) <= PAID_WITHIN_DAYS) paidWithin += 1;
      }
      return {
        variant,
        reminded,
        paidWithin,
        share: reminded > 0 ? paidWithin / reminded : null,
        medianDaysToPayment: median(days),
        waiting,
      };
    });
    result.push({ stage, variants: figures, ...verdictOf(figures) });
  }
  return result;
}

function verdictOf(
  figures: readonly VariantFigures[],
): Pick<StageComparison, 'verdict' | 'winner' | 'pValue'> {
  if (figures.some((f) => f.reminded < MIN_REMINDERS_PER_VARIANT)) {
    return { verdict: 'not_enough_data', winner: null, pValue: null };
  }
  const ranked = [...figures].sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
  const [best, runnerUp] = ranked as [VariantFigures, VariantFigures];
  const pValue = twoProportionPValue(
    best.paidWithin,
    best.reminded,
    runnerUp.paidWithin,
    runnerUp.reminded,
  );
  if (pValue !== null && pValue < SIGNIFICANCE && (best.share ?? 0) > (runnerUp.share ?? 0)) {
    return { verdict: 'winner', winner: best.variant, pValue };
  }
  return { verdict: 'no_clear_winner', winner: null, pValue };
}

/** `r1.all.fr.B` → `r1.all.fr`: the group a template's variants are drawn in. */
function groupOf(templateId: string | null): string {
  return templateId === null ? '' : templateId.slice(0, templateId.lastIndexOf('.'));
}

/**
 * The groups (stage, segment, language) with two or more active variants, and for each stage the
 * variant names of those groups.
 */
function testedVariants(templates: readonly TemplateFields[]): {
  groups: Set<string>;
  variantsByStage: Map<Stage, string[]>;
} {
  const groups = new Map<string, Set<string>>();
  for (const t of templates) {
    if (!t.active) continue;
    const key = `${t.stage}.${t.segment}.${t.language}`;
    const set = groups.get(key) ?? new Set<string>();
    set.add(t.variant);
    groups.set(key, set);
  }
  const byStage = new Map<Stage, Set<string>>();
  const tested = new Set<string>();
  for (const [key, variants] of groups) {
    if (variants.size < 2) continue;
    tested.add(key);
    const stage = key.slice(0, key.indexOf('.')) as Stage;
    const set = byStage.get(stage) ?? new Set<string>();
    for (const v of variants) set.add(v);
    byStage.set(stage, set);
  }
  return {
    groups: tested,
    variantsByStage: new Map([...byStage].map(([stage, set]) => [stage, [...set].sort()])),
  };
}

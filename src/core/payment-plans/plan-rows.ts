import { type CalendarDate, parseCalendarDate } from '../calendar-date.ts';
import type { Language } from '../invoice.ts';
import { clientKeyOf } from '../parse/client-key.ts';
import { foldText } from '../parse/fold-text.ts';
import { type Instalment, isPlanId, type PaymentPlan } from './payment-plan.ts';

/**
 * The plans tab: one row per instalment, the plan's fields repeated on each, all plain text so
 * Sheets turns nothing into a date or a number. A person can read it, and cancel a plan by
 * writing `annulé` / `cancelled` in its state column.
 */
export const PLAN_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    'Échéancier',
    'Client',
    'Factures',
    'Devise',
    'Créé le',
    'Déjà payé au départ',
    'Rupture après (jours)',
    'Échéance n°',
    'Date',
    'Montant',
    'État',
  ],
  en: [
    'Plan',
    'Client',
    'Invoices',
    'Currency',
    'Created on',
    'Paid at start',
    'Broken after (days)',
    'Instalment',
    'Date',
    'Amount',
    'State',
  ],
};

const CANCELLED = new Set(['annule', 'annulee', 'cancelled', 'canceled']);

/** Minor units as `1234.56`: the tab's amounts, read back exactly. */
function money(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function cents(cell: unknown): number | null {
  const text = String(cell ?? '')
    .trim()
    .replace(',', '.');
  if (!/^-?\d+(?:\.\d{1,2})?$/.test(text)) return null;
  return Math.round(Number(text) * 100);
}

function dateOf(cell: unknown): CalendarDate | null {
  return parseCalendarDate(
    String(cell ?? '')
      .trim()
      .slice(0, 10),
  );
}

/** The rows of a new plan, in the tab's column order. */
export function planToRows(plan: PaymentPlan, language: Language): string[][] {
  const state = plan.cancelled
    ? language === 'fr'
      ? 'annulé'
      : 'cancelled'
    : language === 'fr'
      ? 'actif'
      : 'active';
  return plan.instalments.map((instalment, index) => [
    plan.id,
    plan.client,
    plan.invoiceNumbers.join(', '),
    plan.currency,
    plan.createdOn,
    money(plan.paidAtStartCents),
    String(plan.breakAfterDays),
    String(index + 1),
    instalment.date,
    money(instalment.amountCents),
    state,
  ]);
}

/**
 * The plans written in the tab (header row first). Rows that cannot be read are left out rather
 * than guessed: a plan with an unreadable instalment is dropped whole, so its invoices keep
 * their ordinary sequence.
 */
export function plansFromRows(values: readonly (readonly unknown[])[]): PaymentPlan[] {
  const byId = new Map<
    string,
    { plan: Omit<PaymentPlan, 'instalments'>; parts: Map<number, Instalment>; broken: boolean }
  >();
  for (const row of values.slice(1)) {
    const id = String(row[0] ?? '').trim();
    if (!isPlanId(id)) continue;
    const createdOn = dateOf(row[4]);
    const paidAtStart = cents(row[5]);
    const breakAfter = Number(String(row[6] ?? '').trim());
    const index = Number(String(row[7] ?? '').trim());
    const date = dateOf(row[8]);
    const amount = cents(row[9]);
    let entry = byId.get(id);
    if (!entry) {
      const client = String(row[1] ?? '').trim();
      entry = {
        plan: {
          id,
          client,
          clientKey: clientKeyOf(client),
          invoiceNumbers: String(row[2] ?? '')
            .split(/[,;]/)
            .map((n) => n.trim())
            .filter((n) => n !== ''),
          currency:
            String(row[3] ?? '')
              .trim()
              .toUpperCase() || 'EUR',
          createdOn: createdOn ?? ('1970-01-01' as CalendarDate),
          paidAtStartCents: paidAtStart ?? 0,
          breakAfterDays: Number.isInteger(breakAfter) && breakAfter >= 0 ? breakAfter : 10,
          cancelled: false,
        },
        parts: new Map(),
        broken: createdOn === null || paidAtStart === null,
      };
      byId.set(id, entry);
    }
    if (CANCELLED.has(foldText(String(row[10] ?? ''))))
      entry.plan = { ...entry.plan, cancelled: true };
    if (!Number.isInteger(index) || index < 1 || date === null || amount === null || amount < 0) {
      entry.broken = true;
      continue;
    }
    entry.parts.set(index, { date, amountCents: amount });
  }
  const plans: PaymentPlan[] = [];
  for (const { plan, parts, broken } of byId.values()) {
    if (broken || parts.size === 0 || plan.invoiceNumbers.length === 0) continue;
    const instalments = [...parts.entries()].sort((a, b) => a[0] - b[0]).map(([, part]) => part);
    plans.push({ ...plan, instalments });
  }
  return plans;
}

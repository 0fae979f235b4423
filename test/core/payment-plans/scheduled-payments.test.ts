/**
 * Kept payment plans in the cash-in forecast: their invoices are expected on the instalments'
 * dates, whatever their client's habit. Atelier Brun pays 30 days late as a rule; on 20 March it
 * agreed to pay F-2026-021 (€1,000) and F-2026-022 (€500) in three monthly instalments of €500
 * from 1 April.
 */

import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../src/core/invoice.ts';
import { byFoldedNumber, foldedNumbers } from '../../../src/core/invoice-number-key.ts';
import { cashInForecast } from '../../../src/core/outcomes/cash-in-forecast.ts';
import { paymentBehaviour } from '../../../src/core/outcomes/payment-behaviour.ts';
import { createPlan } from '../../../src/core/payment-plans/create-plan.ts';
import { expectedInstalments } from '../../../src/core/payment-plans/instalment-forecast.ts';
import { planStanding } from '../../../src/core/payment-plans/plan-standing.ts';
import { scheduledPaymentsOf } from '../../../src/core/payment-plans/scheduled-payments.ts';
import { day, invoice } from '../fixtures/invoices.ts';

// Paid 30 days after the due date each time.
const HISTORY = [
  invoice({
    number: 'F-2025-100',
    client: 'Atelier Brun',
    dueDate: '2025-11-05',
    paidDate: '2025-12-05',
  }),
  invoice({
    number: 'F-2025-101',
    client: 'Atelier Brun',
    dueDate: '2025-12-05',
    paidDate: '2026-01-04',
  }),
  invoice({
    number: 'F-2025-102',
    client: 'Atelier Brun',
    dueDate: '2026-01-05',
    paidDate: '2026-02-04',
  }),
];
const F21 = invoice({
  number: 'F-2026-021',
  client: 'Atelier Brun',
  dueDate: '2026-03-01',
  amountCents: 100_000,
});
const F22 = invoice({
  number: 'F-2026-022',
  client: 'Atelier Brun',
  dueDate: '2026-03-10',
  amountCents: 50_000,
});
const segmentOf = () => 'occasional';

function standingOn(today: string, open: readonly Invoice[]) {
  const made = createPlan(
    { invoiceNumbers: [F21.number, F22.number], count: 3, firstDate: day('2026-04-01') },
    {
      invoices: [F21, F22],
      inKeptPlans: foldedNumbers([]),
      today: day('2026-03-20'),
      random: () => 0.5,
    },
  );
  if (!made.ok) throw new Error(made.error.en);
  return planStanding(made.plan, byFoldedNumber(open.map((i) => [i.number, i])), day(today));
}

function forecastOn(today: string, open: readonly Invoice[]) {
  const madeOn = day(today);
  const standing = standingOn(today, open);
  const behaviour = paymentBehaviour([...HISTORY, ...open], madeOn, segmentOf);
  return {
    standing,
    withoutPlan: cashInForecast(open, behaviour, madeOn),
    withPlan: cashInForecast(open, behaviour, madeOn, {
      scheduledPayments: scheduledPaymentsOf(expectedInstalments([standing]), open, madeOn),
    }),
  };
}

const byInvoice = (forecast: ReturnType<typeof cashInForecast>) =>
  forecast.weeks.flatMap((w) =>
    w.payments.map((p) => [p.invoiceNumber, p.expected, p.cents, p.basis, p.risk]),
  );

describe('kept payment plans in the cash-in forecast', () => {
  it('expects the instalments on their dates, not on the client’s usual lateness', () => {
    const { standing, withoutPlan, withPlan } = forecastOn('2026-03-25', [F21, F22]);
    expect(standing.state.kind).toBe('kept');
    // Without the plan, both invoices would be expected at the client's habit, in one lump each.
    expect(byInvoice(withoutPlan).every(([, , , basis]) => basis !== 'plan')).toBe(true);
    // With it: €500 on 1 April, 1 May and 1 June; the first two settle F-2026-021, the third
    // F-2026-022, which is therefore not expected on its own as well.
    expect(byInvoice(withPlan)).toEqual([
      ['F-2026-021', '2026-04-01', 50_000, 'plan', null],
      ['F-2026-021', '2026-05-01', 50_000, 'plan', null],
    ]);
    expect(withPlan.laterCents).toBe(50_000);
    expect(withPlan.laterCount).toBe(1);
    const total = (f: typeof withPlan) =>
      f.weeks.reduce((sum, w) => sum + w.likelyCents + w.atRiskCents, 0) + f.laterCents;
    expect(total(withPlan)).toBe(150_000);
  });

  it('expects only what is still due once an instalment is paid', () => {
    const paid = { ...F21, amountPaidCents: 50_000 };
    const { withPlan } = forecastOn('2026-04-03', [paid, F22]);
    expect(byInvoice(withPlan)).toEqual([['F-2026-021', '2026-05-01', 50_000, 'plan', null]]);
    expect(withPlan.laterCents).toBe(50_000);
  });

  it('puts an instalment in its grace days at risk; a broken plan forecasts by habit again', () => {
    const late = forecastOn('2026-04-06', [F21, F22]);
    expect(late.standing.state.kind).toBe('kept');
    expect(late.withPlan.weeks[0]?.payments[0]).toMatchObject({
      invoiceNumber: 'F-2026-021',
      cents: 50_000,
      basis: 'plan',
      risk: 'missed_instalment',
    });
    const broken = forecastOn('2026-04-20', [F21, F22]);
    expect(broken.standing.state.kind).toBe('broken');
    expect(byInvoice(broken.withPlan)).toEqual(byInvoice(broken.withoutPlan));
    expect(byInvoice(broken.withPlan).every(([, , , basis]) => basis !== 'plan')).toBe(true);
  });
});

import { useState } from 'preact/hooks';
import type { TodayPlan, TodayQuote } from '../../../src/api/notes-today.ts';
import type { PaymentPlanRequest } from '../../../src/api/payment-plans.ts';
import type { TodayView as Today } from '../../../src/api/today.ts';
import type { Bridge } from '../bridge.ts';
import { CheckboxField, NumberField, SelectField, TextField } from '../components/fields.tsx';
import { Empty } from '../components/status.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { NOTES_MESSAGES } from '../i18n/notes-messages.ts';

/** Quote follow-ups: what each open quote gets next, or why nothing. */
export function QuotesSection(props: { quotes: readonly TodayQuote[] }) {
  const { t, lang, date, money, text } = useI18n();
  const m = NOTES_MESSAGES[lang];
  return (
    <section aria-labelledby="quotes-title">
      <h3 id="quotes-title">{m.quotesTitle(props.quotes.length)}</h3>
      {props.quotes.length === 0 && <Empty>{m.noQuotes}</Empty>}
      <ul class="plain">
        {props.quotes.map((q) => (
          <li key={q.number}>
            <strong>{q.number}</strong> · {q.client} · {money(q.amount)}
            <br />
            <span class="muted">{m.validUntil(date(q.validUntil))}</span>{' '}
            <span class="muted">
              {q.state === 'planned' && q.stage && m.quoteDue(t.stage[q.stage])}
              {q.state !== 'planned' &&
                q.stage &&
                q.date &&
                t.nextStep(t.stage[q.stage], date(q.date))}
              {q.note && ` ${text(q.note)}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Payment plans: where each stands, and a form to offer one for an overdue invoice. */
export function PlansSection(props: {
  bridge: Bridge;
  plans: readonly TodayPlan[];
  invoiceNumbers: readonly string[];
  disabled: boolean;
  act: (name: string, call: () => Promise<Today>) => void;
}) {
  const { lang, date, money } = useI18n();
  const m = NOTES_MESSAGES[lang];
  return (
    <section aria-labelledby="plans-title">
      <h3 id="plans-title">{m.plansTitle(props.plans.length)}</h3>
      {props.plans.length === 0 && <Empty>{m.noPlans}</Empty>}
      <ul class="plain">
        {props.plans.map((p) => (
          <li key={p.id}>
            <strong>{p.invoiceNumbers.join(', ')}</strong> · {p.client}
            <br />
            <span class="muted">
              {p.state === 'kept' && m.planKept(p.paidInstalments, p.instalments)}
              {p.state === 'completed' && m.planCompleted}
              {p.state === 'broken' && p.brokenOn && m.planBroken(date(p.brokenOn))}
            </span>
            {p.expected.length > 0 && (
              <span class="muted">
                {' '}
                {p.expected.map((e) => m.expected(money(e.amount), date(e.date))).join(' · ')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {props.invoiceNumbers.length > 0 && (
        <PlanForm
          invoiceNumbers={props.invoiceNumbers}
          disabled={props.disabled}
          onCreate={(request) => props.act('plan', () => props.bridge.setPaymentPlan(request))}
        />
      )}
    </section>
  );
}

function PlanForm(props: {
  invoiceNumbers: readonly string[];
  disabled: boolean;
  onCreate: (request: PaymentPlanRequest) => void;
}) {
  const { lang, t } = useI18n();
  const m = NOTES_MESSAGES[lang];
  const [open, setOpen] = useState(false);
  const [plan, setPlan] = useState<PaymentPlanRequest>({
    invoiceNumber: props.invoiceNumbers[0] ?? '',
    allOverdueOfClient: false,
    count: 3,
    firstDate: null,
  });
  const edit = (change: Partial<PaymentPlanRequest>) => setPlan({ ...plan, ...change });
  if (!open)
    return (
      <button type="button" class="small" disabled={props.disabled} onClick={() => setOpen(true)}>
        {m.newPlan}
      </button>
    );
  return (
    <form
      class="plan-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onCreate(plan);
        setOpen(false);
      }}
    >
      <SelectField
        id="plan-invoice"
        label={t.field.number as string}
        value={plan.invoiceNumber}
        options={props.invoiceNumbers.map((n) => ({ value: n, label: n }))}
        onChange={(invoiceNumber) => edit({ invoiceNumber })}
      />
      <CheckboxField
        id="plan-all"
        label={m.allOverdue}
        checked={plan.allOverdueOfClient}
        onChange={(allOverdueOfClient) => edit({ allOverdueOfClient })}
      />
      <NumberField
        id="plan-count"
        label={m.count}
        min={1}
        max={24}
        value={plan.count}
        onInput={(count) => edit({ count: count ?? 0 })}
      />
      <TextField
        id="plan-first"
        type="date"
        label={m.firstDate}
        value={plan.firstDate ?? ''}
        onInput={(firstDate) => edit({ firstDate: firstDate || null })}
      />
      <span class="buttons">
        <button type="submit" class="action" disabled={props.disabled}>
          {m.create}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t.cancel}
        </button>
      </span>
    </form>
  );
}

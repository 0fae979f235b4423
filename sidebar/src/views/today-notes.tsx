import { useState } from 'preact/hooks';
import type { TodayPlan, TodayQuote } from '../../../src/api/notes-today.ts';
import type { TodayView as Today } from '../../../src/api/today.ts';
import type { Bridge } from '../bridge.ts';
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
                m.quoteNext(t.stage[q.stage], date(q.date))}
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
  onCreate: (request: {
    invoiceNumber: string;
    allOverdueOfClient: boolean;
    count: number;
    firstDate: string | null;
  }) => void;
}) {
  const { lang } = useI18n();
  const m = NOTES_MESSAGES[lang];
  const [open, setOpen] = useState(false);
  const [invoiceNumber, setInvoiceNumber] = useState(props.invoiceNumbers[0] ?? '');
  const [all, setAll] = useState(false);
  const [count, setCount] = useState('3');
  const [firstDate, setFirstDate] = useState('');
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
        props.onCreate({
          invoiceNumber,
          allOverdueOfClient: all,
          count: Number(count),
          firstDate: firstDate === '' ? null : firstDate,
        });
        setOpen(false);
      }}
    >
      <label class="field">
        {m.invoice}
        <select
          value={invoiceNumber}
          onChange={(e) => setInvoiceNumber((e.target as HTMLSelectElement).value)}
        >
          {props.invoiceNumbers.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label class="field checkbox">
        <input
          type="checkbox"
          checked={all}
          onChange={(e) => setAll((e.target as HTMLInputElement).checked)}
        />
        {m.allOverdue}
      </label>
      <label class="field">
        {m.count}
        <input
          type="number"
          min={1}
          max={24}
          value={count}
          onInput={(e) => setCount((e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        {m.firstDate}
        <input
          type="date"
          value={firstDate}
          onInput={(e) => setFirstDate((e.target as HTMLInputElement).value)}
        />
      </label>
      <span class="buttons">
        <button type="submit" class="action" disabled={props.disabled}>
          {m.create}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {m.cancel}
        </button>
      </span>
    </form>
  );
}

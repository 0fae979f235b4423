import type { TodayInvoice } from '../../../src/api/today.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The invoices of one message: number, balance, due date, lateness, and any postponement. */
export function InvoiceList(props: {
  invoices: readonly TodayInvoice[];
  actions?: (invoice: TodayInvoice) => preact.ComponentChildren;
}) {
  const { t, money, date } = useI18n();
  return (
    <ul class="invoices">
      {props.invoices.map((invoice) => (
        <li key={invoice.number}>
          <span class="invoice-line">
            <strong>{invoice.number}</strong> · {money(invoice.balance)}
          </span>
          <span class="muted invoice-note">
            {t.dueOn(date(invoice.dueDate))}
            {invoice.daysOverdue > 0 && ` · ${t.daysLate(invoice.daysOverdue)}`}
          </span>
          {invoice.postponedFrom && (
            <span class="muted invoice-note">{t.postponedFrom(date(invoice.postponedFrom))}</span>
          )}
          {props.actions?.(invoice)}
        </li>
      ))}
    </ul>
  );
}

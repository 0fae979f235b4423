import { formatDate } from './date-format.ts';
import { escapeHtml } from './html-escape.ts';
import { formatMoney, formatMoneyTotals } from './money-format.ts';
import type { RenderContext } from './render-context.ts';

const HEADINGS = {
  fr: {
    number: 'Facture',
    due: 'Échéance',
    amount: 'Montant',
    balance: 'Reste dû',
    total: 'Total',
  },
  en: {
    number: 'Invoice',
    due: 'Due date',
    amount: 'Amount',
    balance: 'Balance due',
    total: 'Total',
  },
} as const;

interface ListRow {
  readonly number: string;
  readonly due: string;
  readonly amount: string;
  readonly balance: string;
}

function listRows(ctx: RenderContext): ListRow[] {
  return ctx.invoices.map((inv) => ({
    number: inv.number,
    due: formatDate(inv.dueDate, ctx.language, ctx.country),
    amount: formatMoney(inv.amountCents, inv.currency, ctx.language),
    balance: formatMoney(inv.balanceCents, inv.currency, ctx.language),
  }));
}

function totalBalance(ctx: RenderContext): string {
  const amounts = ctx.invoices.map((i) => ({ cents: i.balanceCents, currency: i.currency }));
  return formatMoneyTotals(amounts, ctx.language, ctx.invoices[0]?.currency ?? 'EUR');
}

/**
 * The invoices as aligned columns for the plain-text body (aligned in a monospaced font; still
 * one readable line per invoice in a proportional one). A total line follows when there are
 * several invoices.
 */
export function invoiceListText(ctx: RenderContext): string {
  const h = HEADINGS[ctx.language];
  const rows = listRows(ctx);
  const table: string[][] = [[h.number, h.due, h.amount, h.balance]];
  for (const r of rows) table.push([r.number, r.due, r.amount, r.balance]);
  if (rows.length > 1) table.push([h.total, '', '', totalBalance(ctx)]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...table.map((line) => (line[c] ?? '').length)));
  return table
    .map((line) =>
      line
        .map((cell, c) => {
          const width = widths[c] ?? 0;
          return c >= 2 ? cell.padStart(width) : cell.padEnd(width);
        })
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

const CELL = 'padding:6px 5px;border-bottom:1px solid #e1e4e8;vertical-align:top';
const HEAD = `${CELL};text-align:left;font-weight:bold;border-bottom:2px solid #c9ced4`;
const MONEY = 'text-align:right;white-space:nowrap';

/**
 * The invoices as an HTML table for e-mail clients: inline styles only, no classes, no images,
 * width 100% capped at 560 px so it fits a phone, amounts right-aligned and never wrapped.
 */
export function invoiceListHtml(ctx: RenderContext): string {
  const h = HEADINGS[ctx.language];
  const rows = listRows(ctx);
  const head = `<tr>${th(h.number)}${th(h.due)}${th(h.amount, true)}${th(h.balance, true)}</tr>`;
  const body = rows
    .map(
      (r) =>
        `<tr>${td(r.number, 'white-space:nowrap')}${td(r.due)}${td(r.amount, MONEY)}${td(r.balance, MONEY)}</tr>`,
    )
    .join('');
  const total =
    rows.length > 1
      ? `<tr><td colspan="3" style="${CELL};font-weight:bold">${escapeHtml(h.total)}</td>${td(totalBalance(ctx), `${MONEY};font-weight:bold`)}</tr>`
      : '';
  return (
    '<table cellpadding="0" cellspacing="0" border="0" ' +
    'style="border-collapse:collapse;width:100%;max-width:560px;margin:0 0 16px 0;font-size:14px">' +
    `<thead>${head}</thead><tbody>${body}${total}</tbody></table>`
  );
}

function th(text: string, money = false): string {
  return `<th style="${HEAD}${money ? `;${MONEY}` : ''}">${escapeHtml(text)}</th>`;
}

function td(text: string, extra = ''): string {
  return `<td style="${CELL}${extra ? `;${extra}` : ''}">${escapeHtml(text)}</td>`;
}

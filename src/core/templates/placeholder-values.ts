import { addDays } from '../calendar-date.ts';
import type { Language } from '../invoice.ts';
import type { MessageStage } from '../stage.ts';
import { uniq } from '../uniq.ts';
import { formatDate, formatDateList } from './date-format.ts';
import { frenchTypography, frenchTypographyHtml } from './french-typography.ts';
import { escapeHtml, escapeHtmlLines, htmlLink } from './html-escape.ts';
import { invoiceListHtml, invoiceListText } from './invoice-list.ts';
import { LEGAL_BASIS } from './legal-basis.ts';
import { mailSentence } from './mail-sentence.ts';
import { formatMoney, formatMoneyTotals, type MoneyAmount } from './money-format.ts';
import { noticeParts } from './notice-values.ts';
import type { PlaceholderName } from './placeholders.ts';
import { ratesPhrase } from './rate-wording.ts';
import type { RenderContext, RenderInvoice } from './render-context.ts';

/** A placeholder's value in both bodies. `block` values (tables) cannot sit inside a paragraph. */
export interface PlaceholderValue {
  readonly text: string;
  readonly html: string;
  readonly block: boolean;
  /** The figure cannot be known (e.g. interest without a reference rate): using it is an error. */
  readonly unavailable?: boolean;
}

export const DEFAULT_DEADLINE_DAYS = 8;

type Values = Readonly<Record<PlaceholderName, PlaceholderValue>>;

/** Every placeholder's value for this context; the context must hold at least one invoice. */
export function placeholderValues(ctx: RenderContext): Values {
  const lang = ctx.language;
  const many = ctx.invoices.length > 1;
  const numbers = naturalList(
    ctx.invoices.map((i) => i.number),
    lang,
  );
  // Keeps `F-2026-014` on one line: browsers otherwise break after the hyphen.
  const numbersHtml = naturalList(
    ctx.invoices.map((i) => `<span style="white-space:nowrap">${escapeHtml(i.number)}</span>`),
    lang,
  );
  const date = (d: Parameters<typeof formatDate>[0]) => formatDate(d, lang, ctx.country);
  const sums = moneySums(ctx);
  const words = WORDS[lang];
  const dueDateList = ctx.invoices.map((i) => i.dueDate);
  const dueDates = formatDateList(dueDateList, lang, ctx.country);
  const dueDateCount = new Set(dueDateList).size;
  // Sentences written by code follow the same French typography as the default templates.
  const typographic = (value: PlaceholderValue): PlaceholderValue =>
    lang === 'fr'
      ? { ...value, text: frenchTypography(value.text), html: frenchTypographyHtml(value.html) }
      : value;
  const sentence = (text: string) => typographic(plain(text));
  const notice = noticeParts(ctx, {
    principal: sums.balance,
    total: sums.withPenalties,
    hasInterest: sums.hasInterest,
    hasIndemnity: sums.hasIndemnity,
    interestUnknown: sums.interestUnknown,
    asOf: date(ctx.today),
  });
  return {
    client: plain(ctx.client),
    contact: plain(ctx.contact ?? ''),
    greeting: plain(ctx.contact ? `${words.hello} ${ctx.contact},` : `${words.hello},`),
    invoice_number: { text: numbers, html: numbersHtml, block: false },
    invoice_numbers: { text: numbers, html: numbersHtml, block: false },
    invoice_ref: {
      text: `${many ? words.invoices : words.invoice} ${numbers}`,
      html: `${many ? words.invoices : words.invoice} ${numbersHtml}`,
      block: false,
    },
    amount: plain(sums.amount),
    balance_due: plain(sums.balance),
    amount_paid: plain(amountPaid(ctx)),
    currency: plain(uniq(ctx.invoices.map((i) => i.currency.toUpperCase())).join(', ')),
    issue_date: plain(
      formatDateList(
        ctx.invoices.flatMap((i) => (i.issueDate ? [i.issueDate] : [])),
        lang,
        ctx.country,
      ),
    ),
    due_date: plain(dueDates),
    on_due_date: plain(`${onWord(lang, dueDateCount)} ${dueDates}`),
    days_overdue: plain(String(Math.max(0, ...ctx.invoices.map((i) => i.daysOverdue)))),
    payment_link: paymentLinks(ctx.invoices),
    // The sentences below are made only when a template uses them: their words are read from the
    // server texts' file (src/core/texts), which a subject line alone need not open.
    get payment_instructions() {
      return typographic(paymentInstructions(ctx));
    },
    invoice_list: { text: invoiceListText(ctx), html: invoiceListHtml(ctx), block: true },
    total_due: plain(sums.balance),
    late_interest: sums.interestUnknown ? unavailable() : plain(sums.interest),
    recovery_indemnity: plain(sums.indemnity),
    total_with_penalties: sums.interestUnknown ? unavailable() : plain(sums.withPenalties),
    get late_interest_sentence() {
      return sentence(sums.interestUnknown ? '' : lateInterestSentence(ctx, sums));
    },
    get recovery_indemnity_sentence() {
      return sentence(indemnitySentence(ctx, sums));
    },
    get total_with_penalties_sentence() {
      return sentence(totalWithPenaltiesSentence(ctx, sums));
    },
    get attachment_sentence() {
      return sentence(attachmentSentence(ctx));
    },
    sender_name: plain(ctx.senderName),
    sender_contact: plain(ctx.senderContact),
    sender_company: plain(ctx.senderCompany ?? ''),
    sender_address: plain(ctx.senderAddress ?? ''),
    sender_registration: plain(ctx.senderRegistration ?? ''),
    notice_title: sentence(notice.title),
    notice_demand: sentence(notice.demand),
    notice_next_step: sentence(notice.nextStep),
    notice_sending_note: sentence(notice.sendingNote),
    today: plain(date(ctx.today)),
    deadline: plain(
      date(ctx.nextStepOn ?? addDays(ctx.today, ctx.deadlineDays ?? DEFAULT_DEADLINE_DAYS)),
    ),
    previous_reminders: sentence(previousReminders(lang, ctx.remindersSent ?? 0)),
    next_step_date: plain(ctx.nextStepAheadOn ? date(ctx.nextStepAheadOn) : ''),
    call_date: plain(ctx.callOn ? date(ctx.callOn) : ''),
    notice_date: plain(ctx.noticeOn ? date(ctx.noticeOn) : ''),
    stage: plain(STAGE_LABELS[lang][ctx.stage]),
  };
}

/**
 * `mon précédent rappel` / `mes précédents rappels` (`my previous reminder(s)`): only reminders
 * that were sent; nothing when there was none, so the claim sits in a section.
 */
function previousReminders(language: Language, sent: number): string {
  if (sent <= 0) return '';
  return mailSentence(language, sent === 1 ? 'mailPreviousReminder' : 'mailPreviousReminders');
}

/** What the client already paid on the listed invoices (per currency); empty when nothing. */
function amountPaid(ctx: RenderContext): string {
  const paid = ctx.invoices
    .map((i) => ({ cents: i.amountCents - i.balanceCents, currency: i.currency }))
    .filter((a) => a.cents > 0);
  if (paid.length === 0) return '';
  return formatMoneyTotals(paid, ctx.language, paid[0]?.currency ?? 'EUR');
}

/** The article before a date: `le` / `les` in French, `on` in English. */
function onWord(language: Language, dates: number): string {
  if (language === 'en') return 'on';
  return dates > 1 ? 'les' : 'le';
}

function unavailable(): PlaceholderValue {
  return { text: '', html: '', block: false, unavailable: true };
}

function plain(text: string): PlaceholderValue {
  return { text, html: escapeHtmlLines(text), block: false };
}

const WORDS = {
  fr: { hello: 'Bonjour', invoice: 'facture', invoices: 'factures', and: 'et' },
  en: { hello: 'Hello', invoice: 'invoice', invoices: 'invoices', and: 'and' },
} as const;

const STAGE_LABELS: Readonly<Record<Language, Readonly<Record<MessageStage, string>>>> = {
  fr: {
    pre_due: 'rappel avant échéance',
    r1: 'première relance',
    r2: 'deuxième relance',
    r3: 'troisième relance',
    call: 'relance téléphonique',
    notice: 'mise en demeure',
    q_follow: 'suivi de devis',
    q_expired: 'devis expiré',
    plan_note: 'rappel d’échéance de l’échéancier',
    plan_reminder: 'relance d’échéance de l’échéancier',
  },
  en: {
    pre_due: 'pre-due reminder',
    r1: 'first reminder',
    r2: 'second reminder',
    r3: 'third reminder',
    call: 'phone call',
    notice: 'formal notice',
    q_follow: 'quote follow-up',
    q_expired: 'expired quote',
    plan_note: 'payment plan instalment note',
    plan_reminder: 'missed instalment reminder',
  },
};

/** `a`, `a et b`, `a, b et c` (no serial comma in either language). */
export function naturalList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${WORDS[language].and} ${items[items.length - 1]}`;
}

interface MoneySums {
  readonly amount: string;
  readonly balance: string;
  readonly interest: string;
  readonly indemnity: string;
  readonly indemnityPerInvoice: string | null;
  readonly withPenalties: string;
  readonly hasInterest: boolean;
  readonly hasIndemnity: boolean;
  readonly interestUnknown: boolean;
}

function moneySums(ctx: RenderContext): MoneySums {
  const lang = ctx.language;
  const zero = ctx.invoices[0]?.currency ?? 'EUR';
  const balances = ctx.invoices.map((i) => ({ cents: i.balanceCents, currency: i.currency }));
  const interests = ctx.invoices.map((i) => ({
    cents: i.lateFees?.interestCents ?? 0,
    currency: i.currency,
  }));
  // A consumer never owes the fixed indemnity, whatever a fee module returned.
  const indemnities: MoneyAmount[] =
    ctx.jurisdiction === 'fr_b2c'
      ? []
      : ctx.invoices.flatMap((i) =>
          i.lateFees && i.lateFees.indemnityCents > 0
            ? [
                {
                  cents: i.lateFees.indemnityCents,
                  currency: i.lateFees.indemnityCurrency ?? i.currency,
                },
              ]
            : [],
        );
  const total = (list: readonly MoneyAmount[]) => formatMoneyTotals(list, lang, zero);
  const perInvoice = uniq(indemnities.map((a) => formatMoney(a.cents, a.currency, lang)));
  return {
    amount: total(ctx.invoices.map((i) => ({ cents: i.amountCents, currency: i.currency }))),
    balance: total(balances),
    interest: total(interests),
    indemnity: total(indemnities),
    indemnityPerInvoice:
      indemnities.length > 1 && perInvoice.length === 1 ? (perInvoice[0] ?? null) : null,
    withPenalties: total([...balances, ...interests, ...indemnities]),
    hasInterest: interests.some((a) => a.cents > 0),
    hasIndemnity: indemnities.length > 0,
    interestUnknown: ctx.invoices.some(
      (i) => i.lateFees !== null && i.lateFees.interestCents === null,
    ),
  };
}

/**
 * The interest claimed, with its rate and what the rate is made of, the day it is computed to, and
 * that it keeps running until payment. A consumer's interest only runs from the formal notice.
 */
function lateInterestSentence(ctx: RenderContext, sums: MoneySums): string {
  const { interest, hasInterest } = sums;
  const today = formatDate(ctx.today, ctx.language, ctx.country);
  const basis = LEGAL_BASIS[ctx.language][ctx.jurisdiction]?.interest;
  const rates = ratesPhrase(
    ctx.invoices.flatMap((i) => i.lateFees?.ratePercents ?? []),
    ctx.language,
  );
  const language = ctx.language;
  if (hasInterest) {
    const values = { interest, today, at: rates ? ` ${rates}` : '' };
    return basis
      ? mailSentence(language, 'mailInterestWithBasis', { ...values, basis })
      : mailSentence(language, 'mailInterest', values);
  }
  // Consumer interest only runs from the formal notice (Code civil 1231-6; BGB § 286, § 288 (1)).
  if (ctx.stage === 'notice' && ctx.jurisdiction === 'fr_b2c')
    return mailSentence(language, 'mailInterestFrConsumer');
  if (ctx.stage === 'notice' && ctx.jurisdiction === 'de_b2c')
    return mailSentence(language, 'mailInterestDeConsumer');
  return '';
}

function indemnitySentence(ctx: RenderContext, sums: MoneySums): string {
  if (!sums.hasIndemnity) return '';
  const language = ctx.language;
  const basis = LEGAL_BASIS[language][ctx.jurisdiction]?.indemnity;
  const per = sums.indemnityPerInvoice
    ? mailSentence(language, 'mailPerInvoice', { amount: sums.indemnityPerInvoice })
    : '';
  return mailSentence(language, 'mailIndemnity', {
    subject: basis || mailSentence(language, 'mailIndemnitySubject'),
    indemnity: sums.indemnity,
    per,
  });
}

function totalWithPenaltiesSentence(ctx: RenderContext, sums: MoneySums): string {
  if (sums.interestUnknown || (!sums.hasInterest && !sums.hasIndemnity)) return '';
  const what =
    sums.hasInterest && sums.hasIndemnity
      ? 'mailIncludingBoth'
      : sums.hasInterest
        ? 'mailIncludingInterest'
        : 'mailIncludingIndemnity';
  return mailSentence(ctx.language, 'mailTotalWithPenalties', {
    total: sums.withPenalties,
    what: mailSentence(ctx.language, what),
  });
}

function paymentLinks(invoices: readonly RenderInvoice[]): PlaceholderValue {
  const links = uniq(invoices.flatMap((i) => (i.paymentLink ? [i.paymentLink] : [])));
  return { text: links.join('\n'), html: links.map(htmlLink).join('<br>'), block: false };
}

/**
 * How to pay: the link when every invoice shares one; one line per invoice when links differ;
 * otherwise (and for invoices without a link) a bank transfer with the invoice number as reference.
 */
function paymentInstructions(ctx: RenderContext): PlaceholderValue {
  const language = ctx.language;
  const withLink = ctx.invoices.filter((i) => i.paymentLink);
  const without = ctx.invoices.filter((i) => !i.paymentLink);
  const links = uniq(withLink.map((i) => i.paymentLink ?? ''));
  const transfer = transferSentence(language, without.length > 1, withLink.length > 0);
  if (withLink.length === 0) return plain(transfer);
  if (links.length === 1 && without.length === 0) {
    const lead = mailSentence(language, 'mailPayOnlineLink');
    const link = links[0] ?? '';
    return { text: `${lead}${link}`, html: `${escapeHtml(lead)}${htmlLink(link)}`, block: false };
  }
  const lead = mailSentence(language, 'mailPayOnline');
  const sep = language === 'fr' ? ' : ' : ': ';
  const lines = withLink.map((i) => ({ number: i.number, link: i.paymentLink ?? '' }));
  const tail = without.length > 0 ? [transfer] : [];
  return {
    text: [lead, ...lines.map((l) => `${l.number}${sep}${l.link}`), ...tail].join('\n'),
    html: [
      escapeHtml(lead),
      ...lines.map((l) => `${escapeHtml(l.number + sep)}${htmlLink(l.link)}`),
      ...tail.map(escapeHtml),
    ].join('<br>'),
    block: false,
  };
}

function transferSentence(language: Language, many: boolean, others: boolean): string {
  const which = mailSentence(
    language,
    others ? (many ? 'mailPayOthers' : 'mailPayOther') : 'mailPay',
  );
  return mailSentence(language, many ? 'mailTransferMany' : 'mailTransferOne', { which });
}

function attachmentSentence(ctx: RenderContext): string {
  const n = ctx.invoices.length;
  if (ctx.attachedFiles <= 0) return '';
  if (ctx.attachedFiles < n) return mailSentence(ctx.language, 'mailAttachedSome');
  return mailSentence(ctx.language, n === 1 ? 'mailAttachedOne' : 'mailAttachedAll');
}

import { addDays, type CalendarDate, daysBetween } from './calendar-date.ts';
import { clientCalendar } from './client-calendar.ts';
import {
  type ClientGroup,
  type History,
  type InvoiceHistory,
  numbersOf,
  readHistory,
} from './history.ts';
import { balanceCents, type Invoice, type RowError } from './invoice.ts';
import { byFoldedNumber, foldInvoiceNumber } from './invoice-number-key.ts';
import { limitationOf, timeBarred } from './limitation.ts';
import type { LogEntry } from './log-entry.ts';
import { messageKey } from './message-key.ts';
import { type Ladder, ladderAfter, nextStep } from './next-step.ts';
import { restartLadder } from './payment-plans/restart-ladder.ts';
import type {
  InvoiceDecision,
  Plan,
  PlannedEmail,
  PlannedFollowUp,
  SkipReason,
  StepsAhead,
} from './plan.ts';
import {
  buildProfiles,
  type ClientProfile,
  invoiceSegment,
  isPaid,
  profileOf,
} from './profiles.ts';
import {
  foldedAddresses,
  groupBySharedRecipient,
  recipientsKey,
  shareAnAddress,
} from './recipient-groups.ts';
import {
  type BusinessCalendar,
  memoizeCalendar,
  nextBusinessDayFrom,
  rememberSchedules,
  type ScheduledStage,
  type ScheduleOf,
} from './schedule.ts';
import type { Segment } from './segment.ts';
import type { Settings } from './settings.ts';
import { EMAIL_STAGES, STAGES, type Stage, stageRank } from './stage.ts';

/** Something the daily run found in Gmail: the client wrote back, or the user wrote by hand. */
export interface RecentExchange {
  readonly clientKey: string;
  readonly kind: 'client_reply' | 'manual_email';
  readonly on: CalendarDate;
  /** The addresses of the group it concerns (as a `paused` row names them); none: the whole name. */
  readonly recipients?: readonly string[];
}

/** An invoice the user holds from the sidebar, not yet (or not only) recorded in the log. */
export interface InvoiceHold {
  readonly invoiceNumber: string;
  /** Last held day; null holds until released. */
  readonly until: CalendarDate | null;
}

export interface PlanInput {
  readonly today: CalendarDate;
  readonly invoices: readonly Invoice[];
  readonly rowErrors: readonly RowError[];
  readonly log: readonly LogEntry[];
  readonly settings: Settings;
  /** Defaults to the settings' business days and the public holidays of each client's country. */
  readonly calendar?: BusinessCalendar;
  readonly recentExchanges?: readonly RecentExchange[];
  readonly holds?: readonly InvoiceHold[];
  /** Invoices whose payment plan broke, with the day their sequence restarts. */
  readonly restarts?: ReadonlyMap<string, CalendarDate>;
}

interface NextAction {
  readonly stage: Stage;
  readonly date: CalendarDate;
}

type Assessment =
  | { readonly kind: 'skip'; readonly reason: SkipReason; readonly next: NextAction | null }
  | { readonly kind: 'wait'; readonly next: NextAction }
  | { readonly kind: 'due'; readonly stage: ScheduledStage; readonly ladder: Ladder };

export interface Block {
  readonly reason: SkipReason;
  /** Last blocked day; null when only the user can lift it. */
  readonly until: CalendarDate | null;
}

interface Context {
  readonly today: CalendarDate;
  readonly settings: Settings;
  readonly calendar: BusinessCalendar;
  readonly schedule: ScheduleOf;
  readonly history: History;
  readonly profiles: ReadonlyMap<string, ClientProfile>;
  readonly clientBlocks: (clientKey: string, group?: ClientGroup) => Block | null;
  /** Each invoice's recipient group among its client's invoices (`clientGroups`). */
  readonly groupOf: (invoice: Invoice) => ClientGroup;
  /** By folded invoice number (foldInvoiceNumber), like `restarts`. */
  readonly inputHolds: ReadonlyMap<string, CalendarDate | null>;
  readonly rowErrors: ReadonlyMap<string, RowError>;
  readonly restarts: ReadonlyMap<string, CalendarDate>;
}

interface DueItem {
  readonly invoice: Invoice;
  readonly stage: ScheduledStage;
  readonly ladder: Ladder;
}

/**
 * Decides what happens today, following the README's "How Relance decides":
 * - the next stage is the first one after the most advanced stage done, due on the later of its
 *   own date and the previous step's day + the offsets' gap (`nextStep`): missed days catch up
 *   one stage at a time, never skipping an e-mail stage;
 * - an invoice whose claim is time-barred gets nothing (`time_barred`, core/limitation.ts);
 * - an invoice long overdue with nothing done waits for the user's decision (`old_debt`);
 * - one e-mail per client per day lists the invoices due the most advanced e-mail stage among
 *   them, in the thread of the most advanced invoice (the others wait: see `splitByStage`), and
 *   only invoices whose rows share an address (`groupBySharedRecipient`: one name may be two
 *   people, each gets their own e-mail and formal notice); none
 *   within `minGapDays` of the client's previous reminder e-mail; at most
 *   `maxRemindersPerInvoice` per invoice;
 * - `call` gives a task and `notice` a draft, once per invoice, outside the e-mail gap;
 * - nothing is planned on a day that is not a business day of the invoice's country;
 * - every valid invoice gets a decision: planned, waiting (next stage and date) or skipped with
 *   its reason (and what comes next when known).
 * The log is read once (O(log)); the rest is O(invoices × stages).
 */
export function planDay(input: PlanInput): Plan {
  return planWithHistory(input, historyOf(input));
}

function historyOf(input: PlanInput): History {
  return readHistory(input.log, {
    countTestSends: input.settings.testMode,
    invoices: numbersOf(input.invoices),
  });
}

function contextOf(input: PlanInput, history: History, schedule?: ScheduleOf): Context {
  const { today, settings } = input;
  const calendar = memoizeCalendar(input.calendar ?? clientCalendar(settings));
  return {
    today,
    settings,
    calendar,
    schedule: schedule ?? rememberSchedules(settings, calendar),
    history,
    profiles: buildProfiles(input.invoices, history, settings, today),
    clientBlocks: clientBlocker(today, settings, history, input.recentExchanges ?? []),
    groupOf: clientGroups(input.invoices),
    inputHolds: byFoldedNumber((input.holds ?? []).map((h) => [h.invoiceNumber, h.until])),
    rowErrors: new Map(
      input.rowErrors.flatMap((e) => (e.invoiceNumber === null ? [] : [[e.invoiceNumber, e]])),
    ),
    restarts: byFoldedNumber(input.restarts ?? []),
  };
}

/** What an e-mail about one invoice carries besides the invoice (see `singleInvoiceTerms`). */
export interface SingleInvoiceTerms {
  readonly segment: Segment;
  readonly keyAccount: boolean;
  /** The day of the step after the e-mail: the deadline it names (`PlannedEmail.nextStepOn`). */
  readonly nextStepOn: CalendarDate | null;
  /** Reminders that reached the client, and the steps ahead: what the e-mail may claim. */
  readonly remindersSent: number;
  readonly stepsAhead: StepsAhead;
}

/**
 * The terms the run would give an e-mail of `stage` about `invoice` sent today: its tone
 * (segment, key account) and the day of the step that follows it on the invoice's ladder, by
 * `buildAction`'s rule. For what is rendered outside the plan (a template preview, a test
 * e-mail), so that they name the deadline and use the tone of the message the run sends.
 */
export function singleInvoiceTerms(
  input: PlanInput,
  invoice: Invoice,
  stage: Stage,
): SingleInvoiceTerms {
  const ctx = contextOf(input, historyOf(input));
  const segment = invoiceSegment(invoice, ctx.profiles);
  const { ladder, schedule } = ladderOf(invoice, segment, ctx);
  const scheduled = schedule.find((s) => s.stage === stage);
  return {
    segment,
    keyAccount: profileOf(invoice.clientKey, ctx.profiles).keyAccount,
    nextStepOn: scheduled ? stepAfter(ladder, scheduled, ctx) : null,
    remindersSent: remindersSent(ctx.history.invoice(invoice.number)),
    stepsAhead: scheduled
      ? stepsAheadOf({ invoice, stage: scheduled, ladder }, ctx)
      : { next: null, call: null, notice: null },
  };
}

/** The day of the step after `stage` if `stage` is done today. */
function stepAfter(ladder: Ladder, stage: ScheduledStage, ctx: Context): CalendarDate | null {
  const after = ladderAfter(ladder, stage, ctx.today);
  return nextStep(after, addDays(ctx.today, 1), ctx.calendar)?.date ?? null;
}

/**
 * `planDay` with the log already read, for callers that plan many days from one reading (and
 * pass the same `schedule`, made with the same settings and calendar, to every day).
 */
export function planWithHistory(input: PlanInput, history: History, schedule?: ScheduleOf): Plan {
  const { today } = input;
  const ctx = contextOf(input, history, schedule);

  // Each invoice's decision by position; those of the invoices due today, decided per client
  // below, by number (a Map of every invoice was a good part of a large book's planning time).
  const assessed: (InvoiceDecision | undefined)[] = new Array(input.invoices.length);
  const decisions = new Map<string, InvoiceDecision>();
  const emailItems = new Map<string, DueItem[]>();
  const followUpItems = new Map<string, DueItem[]>();
  for (const [index, invoice] of input.invoices.entries()) {
    const assessment = assess(invoice, ctx);
    if (assessment.kind === 'skip') {
      assessed[index] = skipped(invoice.number, assessment.reason, assessment.next);
    } else if (assessment.kind === 'wait') {
      assessed[index] = {
        number: invoice.number,
        state: 'waiting',
        nextStage: assessment.next.stage,
        nextDate: assessment.next.date,
      };
    } else {
      const item: DueItem = { invoice, stage: assessment.stage, ladder: assessment.ladder };
      const isEmail = EMAIL_STAGES.includes(assessment.stage.stage);
      const groups = isEmail ? emailItems : followUpItems;
      const key = isEmail ? invoice.clientKey : `${invoice.clientKey}\n${assessment.stage.stage}`;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }

  const emails: PlannedEmail[] = [];
  const skipForGap = (items: readonly DueItem[], gap: GapBlock) => {
    for (const item of items) {
      const next = nextActionFrom(item.invoice, item.ladder, addDays(gap.until, 1), ctx);
      decisions.set(item.invoice.number, skipped(item.invoice.number, gap.reason, next));
    }
  };
  for (const [clientKey, items] of emailItems) {
    // Invoices whose rows share no address are separate people bearing one name: one message
    // each, and each person's own gap since the last e-mail they got.
    const groups = groupBySharedRecipient(items, recipientsOfRow);
    for (const group of groups) {
      const lead = (group[0] as DueItem).invoice;
      const lastOn = ctx.history.client(clientKey, ctx.groupOf(lead)).lastEmailOn;
      const gap = lastOn === null ? null : minGapBlock(lastOn, ctx);
      if (gap) {
        skipForGap(group, gap);
        continue;
      }
      const { listed, heldBack } = splitByStage(group);
      emails.push(buildEmail(clientKey, listed, ctx, groups.length > 1));
      for (const item of listed) decisions.set(item.invoice.number, planned(item));
      // These recipients hear from us today, so their held-back invoices wait out the gap.
      skipForGap(heldBack, gapAfter(today, ctx));
    }
  }

  const followUps: PlannedFollowUp[] = [];
  for (const items of followUpItems.values()) {
    const first = items[0];
    if (!first) continue;
    const groups = groupBySharedRecipient(items, recipientsOfRow);
    for (const group of groups) {
      followUps.push(buildFollowUp(first.invoice.clientKey, group, ctx, groups.length > 1));
      for (const item of group) decisions.set(item.invoice.number, planned(item));
    }
  }

  return {
    today,
    emails: emails.sort(byPriority),
    followUps: followUps.sort(byPriority),
    decisions: input.invoices.map(
      (invoice, index) => (decisions.get(invoice.number) ?? assessed[index]) as InvoiceDecision,
    ),
    rowErrors: input.rowErrors,
  };
}

function byPriority(
  a: { priority: number; clientKey: string },
  b: { priority: number; clientKey: string },
): number {
  return b.priority - a.priority || (a.clientKey < b.clientKey ? -1 : 1);
}

function skipped(number: string, reason: SkipReason, next: NextAction | null): InvoiceDecision {
  return {
    number,
    state: 'skipped',
    reason,
    nextStage: next?.stage ?? null,
    nextDate: next?.date ?? null,
  };
}

function planned(item: DueItem): InvoiceDecision {
  return {
    number: item.invoice.number,
    state: 'planned',
    stage: item.stage.stage,
    postponedFrom: item.stage.postponedFrom,
    holiday: item.stage.holiday,
  };
}

/** Reasons that do not depend on the schedule: nothing to collect, or not to be chased at all. */
function standingReason(invoice: Invoice, ctx: Context): SkipReason | null {
  if (isPaid(invoice)) return { code: 'paid' };
  switch (invoice.status) {
    case 'auto_pay':
      return { code: 'auto_pay' };
    case 'cancelled':
      return { code: 'cancelled' };
    case 'disputed':
      return { code: 'disputed' };
    case 'on_hold':
      return { code: 'on_hold' };
    default:
      break;
  }
  const barred = timeBarred(invoice, ctx.today, ctx.settings);
  if (barred) return { code: 'time_barred', since: barred.barredFrom, rule: barred.rule };
  if (invoice.doNotRemind) return { code: 'do_not_contact' };
  const rowError = ctx.rowErrors.get(invoice.number);
  if (rowError) return { code: 'row_error', row: rowError.row, message: rowError.message };
  return null;
}

function assess(invoice: Invoice, ctx: Context): Assessment {
  const standing = standingReason(invoice, ctx);
  if (standing) return { kind: 'skip', reason: standing, next: null };

  const { today, history } = ctx;
  const record = history.invoice(invoice.number);
  const { ladder, schedule, capped } = ladderOf(
    invoice,
    invoiceSegment(invoice, ctx.profiles),
    ctx,
  );
  const { country } = ladder;
  const step = nextStep(ladder, today, ctx.calendar);
  if (!step) {
    const leftAfterCap = capped && schedule.some((s) => stageRank(s.stage) > record.highestRank);
    const reason: SkipReason = leftAfterCap
      ? { code: 'max_reminders', count: record.emailsSent }
      : { code: 'sequence_done' };
    return { kind: 'skip', reason, next: null };
  }
  if (record.pendingSince !== null) {
    return { kind: 'skip', reason: { code: 'pending_unconfirmed' }, next: null };
  }

  const block = invoiceBlock(invoice, ctx);
  if (block) {
    const next =
      block.until === null ? null : nextActionFrom(invoice, ladder, addDays(block.until, 1), ctx);
    return { kind: 'skip', reason: block.reason, next };
  }

  const oldDebt = oldDebtDays(invoice, record, today, ctx);
  if (oldDebt !== null) {
    return { kind: 'skip', reason: { code: 'old_debt', daysOverdue: oldDebt }, next: null };
  }

  if (step.date > today) return { kind: 'wait', next: { stage: step.stage, date: step.date } };
  if (!ctx.calendar.isBusinessDay(today, country)) {
    const date = nextBusinessDayFrom(addDays(today, 1), country, ctx.calendar).date;
    return { kind: 'wait', next: { stage: step.stage, date } };
  }
  return { kind: 'due', stage: step, ladder };
}

/** The invoice's way ahead from its history, and its schedule (restarted after a broken plan). */
function ladderOf(
  invoice: Invoice,
  segment: Segment,
  ctx: Context,
): {
  readonly ladder: Ladder;
  readonly schedule: readonly ScheduledStage[];
  readonly capped: boolean;
} {
  const { settings } = ctx;
  const record = ctx.history.invoice(invoice.number);
  const country = invoice.country ?? settings.country;
  const offsets = settings.offsets[segment];
  // A payment plan that broke restarts the ladder on the day it broke; the escalation rule then
  // applies to the restarted dates like to any other.
  const schedule = restartLadder(
    ctx.schedule(invoice, segment),
    ctx.restarts.get(foldInvoiceNumber(invoice.number)),
    record.done,
    country,
    ctx.calendar,
  );
  const capped = record.emailsSent >= settings.maxRemindersPerInvoice;
  const previousStage = STAGES[record.highestRank];
  const previousOn = previousStage ? record.done.get(previousStage) : undefined;
  const ladder: Ladder = {
    dueDate: invoice.dueDate,
    country,
    stages: schedule.filter(
      (s) => stageRank(s.stage) > record.highestRank && !(capped && EMAIL_STAGES.includes(s.stage)),
    ),
    previous:
      previousStage && previousOn ? { offset: offsets[previousStage], doneOn: previousOn } : null,
    notBefore: record.releasedOn,
  };
  return { ladder, schedule, capped };
}

/**
 * Days overdue of an old debt: an invoice `oldDebtDays` or more past its due date with nothing
 * ever done for it (in live mode, test messages do not count) and never released by the user. It
 * waits for the user's decision (start chasing from r1, or ignore it) instead of being chased
 * automatically; null when the invoice is not one (or the setting is 0).
 */
function oldDebtDays(
  invoice: Invoice,
  record: InvoiceHistory,
  day: CalendarDate,
  ctx: Context,
): number | null {
  const limit = ctx.settings.oldDebtDays;
  if (limit === 0 || record.highestRank !== -1 || record.releasedOn !== null) return null;
  const days = daysBetween(invoice.dueDate, day);
  return days >= limit ? days : null;
}

/**
 * What the invoice would get once a block ends on `from − 1`, on a business day; null when by
 * then it would be an old debt waiting for the user (so Today never announces a step that the
 * run will not take).
 */
function nextActionFrom(
  invoice: Invoice,
  ladder: Ladder,
  from: CalendarDate,
  ctx: Context,
): NextAction | null {
  const step = nextStep(ladder, from, ctx.calendar, from);
  if (!step) return null;
  const barredFrom = limitationOf(invoice, ctx.settings)?.barredFrom;
  if (barredFrom !== undefined && step.date >= barredFrom) return null;
  const record = ctx.history.invoice(invoice.number);
  if (oldDebtDays(invoice, record, step.date, ctx) !== null) return null;
  return { stage: step.stage, date: step.date };
}

/** Holds, promises and client pauses; the one ending last decides when reminders resume. */
function invoiceBlock(invoice: Invoice, ctx: Context): Block | null {
  const { today } = ctx;
  const blocks: Block[] = [];
  const hold = ctx.history.invoice(invoice.number).hold;
  if (hold && (hold.until === null || today <= hold.until)) {
    const reason: SkipReason =
      hold.bouncedOn === null
        ? { code: 'held_by_user', until: hold.until }
        : { code: 'bounced', on: hold.bouncedOn };
    blocks.push({ reason, until: hold.until });
  }
  const held = foldInvoiceNumber(invoice.number);
  if (ctx.inputHolds.has(held)) {
    const until = ctx.inputHolds.get(held) ?? null;
    if (until === null || today <= until) {
      blocks.push({ reason: { code: 'held_by_user', until }, until });
    }
  }
  if (invoice.promiseDate !== null && today <= invoice.promiseDate) {
    const until = invoice.promiseDate;
    blocks.push({ reason: { code: 'promise', until }, until });
  }
  const client = ctx.clientBlocks(invoice.clientKey, ctx.groupOf(invoice));
  if (client) blocks.push(client);
  return longest(blocks);
}

function longest(blocks: readonly Block[]): Block | null {
  let result: Block | null = null;
  for (const block of blocks) {
    if (block.until === null) return block;
    if (result === null || (result.until !== null && block.until > result.until)) result = block;
  }
  return result;
}

/**
 * Each invoice's recipient group among its client's invoices (recipient-groups.ts), with the
 * invoices of the client's other groups: one name may be several people, and a reply, a resume
 * or an e-mail of one of them is not the others'.
 */
export function clientGroups(invoices: readonly Invoice[]): (invoice: Invoice) => ClientGroup {
  const known = groupsOfBook.get(invoices);
  if (known) return known;
  const byClient = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    const list = byClient.get(invoice.clientKey);
    if (list) list.push(invoice);
    else byClient.set(invoice.clientKey, [invoice]);
  }
  const groups = new Map<Invoice, ClientGroup>();
  for (const list of byClient.values()) {
    const first = (list[0] as Invoice).emails.join();
    if (list.every((i) => i.emails.join() === first)) {
      // The usual case, one person at one address: every e-mail of the name is theirs.
      const group = rowGroup((list[0] as Invoice).emails);
      for (const member of list) groups.set(member, group);
      continue;
    }
    const ofName = new Set(list.map((i) => foldInvoiceNumber(i.number)));
    for (const members of groupBySharedRecipient(list, (i) => i.emails)) {
      const group: ClientGroup = {
        addresses: foldedAddresses(members.flatMap((i) => i.emails)),
        invoices: new Set(members.map((i) => foldInvoiceNumber(i.number))),
        ofName,
      };
      for (const member of members) groups.set(member, group);
    }
  }
  // An invoice outside the book (a single invoice previewed) is its own row's group.
  const groupOf = (invoice: Invoice) => groups.get(invoice) ?? rowGroup(invoice.emails);
  groupsOfBook.set(invoices, groupOf);
  return groupOf;
}

/** The groups of a book, made once for the days a forecast plans with the same invoices. */
const groupsOfBook = new WeakMap<readonly Invoice[], (invoice: Invoice) => ClientGroup>();

/**
 * The recipient group of one row seen alone (a quote, a payment plan's lead invoice): a pause
 * naming its addresses, or none, holds it; a pause of a namesake at other addresses does not.
 */
export function rowGroup(emails: readonly string[]): ClientGroup {
  return { addresses: foldedAddresses(emails), invoices: new Set(), ofName: new Set() };
}

/**
 * The client-level pauses, computed once per client, or per recipient group of a client when
 * `group` is given (quotes and plans pause with invoices, each for its own row's group).
 */
export function clientBlocker(
  today: CalendarDate,
  settings: Settings,
  history: History,
  exchanges: readonly RecentExchange[],
): (clientKey: string, group?: ClientGroup) => Block | null {
  const exchangesByClient = new Map<string, RecentExchange[]>();
  for (const exchange of exchanges) {
    const list = exchangesByClient.get(exchange.clientKey);
    if (list) list.push(exchange);
    else exchangesByClient.set(exchange.clientKey, [exchange]);
  }
  const cache = new Map<string, Block | null>();
  return (clientKey, group) => {
    const cacheKey = group === undefined ? clientKey : `${clientKey}\n${group.addresses.join()}`;
    if (cache.has(cacheKey)) return cache.get(cacheKey) ?? null;
    const record = history.client(clientKey, group);
    const blocks: Block[] = [];
    for (const pause of record.pauses) {
      const block = pauseBlock(pause.kind, pause.on, pause.until, settings);
      if (block && pause.on <= today && (block.until === null || today <= block.until)) {
        blocks.push(block);
      }
    }
    for (const exchange of exchangesByClient.get(clientKey) ?? []) {
      if (record.resumedOn !== null && exchange.on <= record.resumedOn) continue;
      const recipients = exchange.recipients ?? [];
      if (group && recipients.length > 0 && !shareAnAddress(recipients, group.addresses)) continue;
      const block = pauseBlock(exchange.kind, exchange.on, undefined, settings);
      if (block && exchange.on <= today && (block.until === null || today <= block.until)) {
        blocks.push(block);
      }
    }
    const result = longest(blocks);
    cache.set(cacheKey, result);
    return result;
  };
}

function pauseBlock(
  kind: 'client_reply' | 'manual_email' | 'manual',
  on: CalendarDate,
  explicitUntil: CalendarDate | null | undefined,
  settings: Settings,
): Block | null {
  if (kind === 'client_reply') {
    const until =
      explicitUntil !== undefined
        ? explicitUntil
        : settings.pauseDaysAfterReply === 0
          ? null
          : addDays(on, settings.pauseDaysAfterReply);
    return { reason: { code: 'client_replied', on, until }, until };
  }
  if (kind === 'manual_email') {
    if (explicitUntil === undefined && settings.recentManualEmailDays === 0) return null;
    const until = explicitUntil ?? addDays(on, settings.recentManualEmailDays);
    return { reason: { code: 'manual_email', on, until }, until };
  }
  const until = explicitUntil ?? null;
  return { reason: { code: 'client_paused', on, until }, until };
}

/**
 * The e-mail gap after a reminder e-mail to the client on `lastOn` (sent or still pending), or
 * null once it has passed.
 */
function minGapBlock(lastOn: CalendarDate, ctx: Context): GapBlock | null {
  return daysBetween(lastOn, ctx.today) >= ctx.settings.minGapDays ? null : gapAfter(lastOn, ctx);
}

type GapBlock = Block & { readonly until: CalendarDate };

function gapAfter(lastOn: CalendarDate, ctx: Context): GapBlock {
  const until = addDays(lastOn, Math.max(1, ctx.settings.minGapDays) - 1);
  return { reason: { code: 'min_gap', lastOn, until }, until };
}

/**
 * A message lists only invoices at its own stage: its words ("my previous reminders", "final
 * reminder before formal notice", the fees of r3, "before the due date" of a nudge) are then true
 * of every invoice it lists. This narrows "one message listing every invoice due that
 * day" to the invoices the message's words fit. The most advanced stage goes first; the other
 * invoices are held back (the client hears from us today, so the gap applies) and go out later at
 * their own stage.
 */
function splitByStage(items: readonly DueItem[]): {
  readonly listed: readonly DueItem[];
  readonly heldBack: readonly DueItem[];
} {
  const stage = leadStage(items);
  return {
    listed: items.filter((i) => i.stage.stage === stage),
    heldBack: items.filter((i) => i.stage.stage !== stage),
  };
}

/** Earliest due date first, then by number: the order invoices are listed in a message. */
function byDueDate(a: DueItem, b: DueItem): number {
  return (
    compareText(a.invoice.dueDate, b.invoice.dueDate) ||
    compareText(a.invoice.number, b.invoice.number)
  );
}

/** Most advanced stage first, then the longest overdue, then by number for a stable order. */
function leadOrder(a: DueItem, b: DueItem): number {
  return stageRank(b.stage.stage) - stageRank(a.stage.stage) || byDueDate(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unique(values: readonly string[], exclude: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const key = value.toLowerCase();
    if (seen.has(key) || exclude.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}

/**
 * What an e-mail, a draft and a task share: the lead (most advanced) invoice gives the name,
 * segment and language; `to` gathers every listed row's addresses (see `buildEmail`).
 */
function buildAction(
  clientKey: string,
  items: readonly DueItem[],
  stage: Stage,
  ctx: Context,
): Omit<PlannedEmail, 'kind' | 'cc' | 'stage'> {
  const ordered = [...items].sort(leadOrder);
  const lead = (ordered[0] as DueItem).invoice;
  let priority = 0;
  for (const item of ordered) {
    if (item.invoice.dueDate < ctx.today) priority += balanceCents(item.invoice);
  }
  return {
    clientKey,
    client: lead.client,
    to: unique(ordered.flatMap((i) => i.invoice.emails)),
    segment: invoiceSegment(lead, ctx.profiles),
    keyAccount: profileOf(clientKey, ctx.profiles).keyAccount,
    language: lead.language ?? ctx.settings.language,
    invoices: [...items].sort(byDueDate).map((item) => ({
      invoice: item.invoice,
      stage: item.stage.stage,
      daysOverdue: Math.max(0, daysBetween(item.invoice.dueDate, ctx.today)),
    })),
    threadId:
      ordered.map((i) => ctx.history.invoice(i.invoice.number).threadId).find((t) => t !== null) ??
      null,
    priority,
    messageKey: messageKey(clientKey, stage, ctx.today),
    nextStepOn: earliest(items.map((item) => stepAfter(item.ladder, item.stage, ctx))),
    remindersSent: Math.min(
      ...items.map((item) => remindersSent(ctx.history.invoice(item.invoice.number))),
    ),
    stepsAhead: stepsAheadOfAll(items, ctx),
  };
}

const OVERDUE_REMINDERS: readonly Stage[] = ['r1', 'r2', 'r3'];

/**
 * Overdue reminders that reached the client: a stage the user skipped sent nothing, and one a mail
 * server returned undelivered reached no one.
 */
function remindersSent(record: InvoiceHistory): number {
  return OVERDUE_REMINDERS.filter(
    (s) => record.done.has(s) && !record.skippedByUser.has(s) && !record.undelivered.has(s),
  ).length;
}

/**
 * The call and the notice each invoice will still get once today's step is done, walking its
 * ladder as the run will (each step from the day the previous one comes); a step is announced
 * only when every listed invoice has it, on the earliest of their days.
 */
function stepsAheadOfAll(items: readonly DueItem[], ctx: Context): StepsAhead {
  const each = items.map((item) => stepsAheadOf(item, ctx));
  const common = (pick: (steps: StepsAhead) => CalendarDate | null): CalendarDate | null => {
    const dates = each.map(pick);
    return dates.includes(null) ? null : earliest(dates);
  };
  return {
    next: common((s) => s.next),
    call: common((s) => s.call),
    notice: common((s) => s.notice),
  };
}

function stepsAheadOf(item: DueItem, ctx: Context): StepsAhead {
  const found: {
    next: CalendarDate | null;
    call: CalendarDate | null;
    notice: CalendarDate | null;
  } = { next: null, call: null, notice: null };
  // Today's e-mail counts towards the cap of reminders per invoice, as each one after it: an
  // e-mail stage past the cap will not come (ladderOf drops it on that day's run).
  const cap = ctx.settings.maxRemindersPerInvoice;
  let emails = ctx.history.invoice(item.invoice.number).emailsSent;
  const within = (ladder: Ladder, done: Stage): Ladder => {
    if (EMAIL_STAGES.includes(done)) emails += 1;
    if (emails < cap) return ladder;
    return { ...ladder, stages: ladder.stages.filter((s) => !EMAIL_STAGES.includes(s.stage)) };
  };
  let ladder = within(ladderAfter(item.ladder, item.stage, ctx.today), item.stage.stage);
  let from = ctx.today;
  // A step on or after the day the claim is time-barred will not come: the run skips the
  // invoice from that day (standingReason), so no e-mail may announce it.
  const barredFrom = limitationOf(item.invoice, ctx.settings)?.barredFrom ?? null;
  const comes = (date: CalendarDate): boolean => barredFrom === null || date < barredFrom;
  for (
    let step = nextStep(ladder, addDays(from, 1), ctx.calendar);
    step !== null && comes(step.date);
  ) {
    found.next ??= step.date;
    if (step.stage === 'call' || step.stage === 'notice') found[step.stage] ??= step.date;
    ladder = within(ladderAfter(ladder, step, step.date), step.stage);
    from = step.date;
    step = nextStep(ladder, addDays(from, 1), ctx.calendar);
  }
  return found;
}

function earliest(dates: readonly (CalendarDate | null)[]): CalendarDate | null {
  let result: CalendarDate | null = null;
  for (const date of dates) if (date !== null && (result === null || date < result)) result = date;
  return result;
}

function leadStage(items: readonly DueItem[]): Stage {
  return ([...items].sort(leadOrder)[0] as DueItem).stage.stage;
}

/**
 * One e-mail for the client's invoices due today whose rows share an address (`oneOfSeveral`
 * when the client's other invoices go to other people in their own e-mail). It goes to every
 * address of the listed rows (each row names who should hear about that invoice; a row adding a
 * new address beside the old one brings both), with the rows' CCs that are not already
 * recipients.
 */
function buildEmail(
  clientKey: string,
  items: readonly DueItem[],
  ctx: Context,
  oneOfSeveral: boolean,
): PlannedEmail {
  const stage = leadStage(items);
  const action = buildAction(clientKey, items, stage, ctx);
  const toSet = new Set(action.to.map((t) => t.toLowerCase()));
  return {
    kind: 'email',
    ...action,
    messageKey: groupMessageKey(clientKey, action.to, stage, ctx.today, oneOfSeveral),
    cc: unique(
      items.flatMap((i) => i.invoice.cc),
      toSet,
    ),
    stage,
  };
}

function buildFollowUp(
  clientKey: string,
  items: readonly DueItem[],
  ctx: Context,
  oneOfSeveral: boolean,
): PlannedFollowUp {
  const stage = leadStage(items) === 'notice' ? 'notice' : 'call';
  const action = buildAction(clientKey, items, stage, ctx);
  return {
    kind: stage === 'notice' ? 'draft' : 'task',
    ...action,
    messageKey: groupMessageKey(clientKey, action.to, stage, ctx.today, oneOfSeveral),
    stage,
  };
}

/** The addresses that decide who may read an invoice: its row's `E-mail` cell, not its CC. */
function recipientsOfRow(item: DueItem): readonly string[] {
  return item.invoice.emails;
}

/**
 * A client's message key, told apart by its recipients when the client's invoices go out in
 * several messages the same day (one name, several people): each message keeps its own key and
 * its own reference, so none counts as sent for another. A client with one message keeps the
 * key it always had.
 */
function groupMessageKey(
  clientKey: string,
  to: readonly string[],
  stage: Stage,
  today: CalendarDate,
  oneOfSeveral: boolean,
): string {
  const [alone, grouped] = groupMessageKeys(clientKey, to, stage, today);
  return oneOfSeveral ? grouped : alone;
}

/**
 * The two keys a message of a client's group may carry: the client's alone (the client had one
 * group that day) and with the group's recipients (several). Which one a past message carries
 * depends on the client's rows as they were that day: replaying Sent mail, where rows may have
 * been paid or deleted since, looks for both.
 */
export function groupMessageKeys(
  clientKey: string,
  to: readonly string[],
  stage: Stage,
  today: CalendarDate,
): readonly [alone: string, grouped: string] {
  return [
    messageKey(clientKey, stage, today),
    messageKey(`${clientKey}\n${recipientsKey(to)}`, stage, today),
  ];
}

import { addDays, type CalendarDate, daysBetween } from './calendar-date.ts';
import type { History } from './history.ts';
import { balanceCents, type Invoice } from './invoice.ts';
import type { Segment } from './segment.ts';
import type { SegmentThresholds, Settings } from './settings.ts';

export interface ClientStats {
  /** Paid invoices whose payment date is known: the sample lateness is measured on. */
  readonly paidCount: number;
  /** Share (0–1) of those paid more than `lateGraceDays` after their due date. */
  readonly lateShare: number;
  /** Mean days between due date and payment, early payments counted as 0. */
  readonly averageDaysLate: number;
  /**
   * Amount billed over the 12 months before today (issue date, or due date when the row has
   * none), cancelled invoices excluded. Currencies are added at face value: the figure only
   * ranks clients against each other.
   */
  readonly billed12mCents: number;
}

export interface ClientProfile {
  readonly clientKey: string;
  readonly segment: Segment;
  readonly keyAccount: boolean;
  readonly stats: ClientStats;
}

/** True when nothing is left to collect: paid status, a payment date, or the amount fully paid. */
export function isPaid(invoice: Invoice): boolean {
  return invoice.status === 'paid' || invoice.paidDate !== null || balanceCents(invoice) === 0;
}

interface Accumulator {
  paid: number;
  late: number;
  daysLate: number;
  billed: number;
  worstOverdue: number;
}

/**
 * One profile per client, from the sheet's own history and the log:
 * - high risk: an unpaid invoice more than `highRiskDaysOverdue` days overdue today, an invoice of
 *   the last 12 months that was paid that late, or a formal notice drafted for the client before;
 * - new: no paid invoice with a known payment date;
 * - chronic: late share ≥ `chronicMinLateShare` or average delay ≥ `chronicMinAverageDaysLate`;
 * - punctual: late share ≤ `punctualMaxLateShare` and average delay ≤ `punctualMaxAverageDaysLate`;
 * - occasional: everything in between.
 * Key account: at least `keyAccountMinShare` of everything billed over the last 12 months.
 *
 * A row's segment override is not applied here: it changes that invoice's schedule and tone
 * only (see `invoiceSegment`), since one exceptional invoice says nothing about the client.
 */
export function buildProfiles(
  invoices: readonly Invoice[],
  history: History,
  settings: Settings,
  today: CalendarDate,
): ReadonlyMap<string, ClientProfile> {
  const yearAgo = addDays(today, -365);
  const byClient = new Map<string, Accumulator>();
  let totalBilled = 0;
  for (const invoice of invoices) {
    let acc = byClient.get(invoice.clientKey);
    if (!acc) {
      acc = { paid: 0, late: 0, daysLate: 0, billed: 0, worstOverdue: 0 };
      byClient.set(invoice.clientKey, acc);
    }
    const billedOn = invoice.issueDate ?? invoice.dueDate;
    if (invoice.status !== 'cancelled' && billedOn > yearAgo && billedOn <= today) {
      acc.billed += invoice.amountCents;
      totalBilled += invoice.amountCents;
    }
    accumulateLateness(acc, invoice, settings.thresholds, today, yearAgo);
  }

  const profiles = new Map<string, ClientProfile>();
  for (const [clientKey, acc] of byClient) {
    const stats: ClientStats = {
      paidCount: acc.paid,
      lateShare: acc.paid === 0 ? 0 : acc.late / acc.paid,
      averageDaysLate: acc.paid === 0 ? 0 : acc.daysLate / acc.paid,
      billed12mCents: acc.billed,
    };
    const risky =
      acc.worstOverdue > settings.thresholds.highRiskDaysOverdue ||
      history.client(clientKey).noticeOn !== null;
    profiles.set(clientKey, {
      clientKey,
      segment: risky ? 'high_risk' : segmentFromStats(stats, settings.thresholds),
      keyAccount:
        totalBilled > 0 && acc.billed / totalBilled >= settings.thresholds.keyAccountMinShare,
      stats,
    });
  }
  return profiles;
}

function accumulateLateness(
  acc: Accumulator,
  invoice: Invoice,
  thresholds: SegmentThresholds,
  today: CalendarDate,
  yearAgo: CalendarDate,
): void {
  // Invoices the user set aside (dispute, hold) or that need no chasing say nothing about risk.
  if (invoice.status !== 'open' && invoice.status !== 'paid') return;
  if (invoice.paidDate !== null) {
    const late = daysBetween(invoice.dueDate, invoice.paidDate);
    acc.paid += 1;
    acc.daysLate += Math.max(0, late);
    if (late > thresholds.lateGraceDays) acc.late += 1;
    if (invoice.paidDate > yearAgo) acc.worstOverdue = Math.max(acc.worstOverdue, late);
    return;
  }
  if (!isPaid(invoice)) {
    acc.worstOverdue = Math.max(acc.worstOverdue, daysBetween(invoice.dueDate, today));
  }
}

export function segmentFromStats(stats: ClientStats, thresholds: SegmentThresholds): Segment {
  if (stats.paidCount === 0) return 'new';
  if (
    stats.lateShare >= thresholds.chronicMinLateShare ||
    stats.averageDaysLate >= thresholds.chronicMinAverageDaysLate
  )
    return 'chronic';
  if (
    stats.lateShare <= thresholds.punctualMaxLateShare &&
    stats.averageDaysLate <= thresholds.punctualMaxAverageDaysLate
  )
    return 'punctual';
  return 'occasional';
}

const NEW_CLIENT: ClientProfile = {
  clientKey: '',
  segment: 'new',
  keyAccount: false,
  stats: { paidCount: 0, lateShare: 0, averageDaysLate: 0, billed12mCents: 0 },
};

/** The segment that picks an invoice's offsets and templates: the row's override wins. */
export function invoiceSegment(
  invoice: Invoice,
  profiles: ReadonlyMap<string, ClientProfile>,
): Segment {
  return invoice.segmentOverride ?? (profiles.get(invoice.clientKey) ?? NEW_CLIENT).segment;
}

export function profileOf(
  clientKey: string,
  profiles: ReadonlyMap<string, ClientProfile>,
): ClientProfile {
  return profiles.get(clientKey) ?? { ...NEW_CLIENT, clientKey };
}

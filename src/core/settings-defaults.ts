import { STANDARD_PLAN_TIMING } from './payment-plans/plan-timing.ts';
import { STANDARD_QUOTE_TIMING } from './quotes/quote-timing.ts';
import type { Segment } from './segment.ts';
import { SEGMENTS } from './segment.ts';
import type { SegmentThresholds, Settings, StageOffsets } from './settings.ts';

/** The standard schedule (README, "Stages and offsets": −3, +3, +10, formal +24, call +30, notice +45). */
export const STANDARD_OFFSETS: StageOffsets = {
  pre_due: -3,
  r1: 3,
  r2: 10,
  r3: 24,
  call: 30,
  notice: 45,
};

/**
 * Punctual clients pay without being chased: no nudge before the due date, a first reminder at +5
 * (the late end of the guides' 1–5 day window, leaving room for a bank transfer in transit), then
 * the guides' "do not exceed" spacing (at most 7 days after the friendly one, formal by +24).
 */
export const PUNCTUAL_OFFSETS: StageOffsets = {
  pre_due: null,
  r1: 5,
  r2: 12,
  r3: 24,
  call: 30,
  notice: 45,
};

/**
 * Chronically late clients: the early end of each guide window (second reminder 7–10 days, third
 * 15–24, call 25–30), r1 at +2 so that it keeps the 5-day gap after the −3 nudge, and the formal
 * notice 10 days after the call instead of 15.
 */
export const CHRONIC_OFFSETS: StageOffsets = {
  pre_due: -3,
  r1: 2,
  r2: 8,
  r3: 18,
  call: 25,
  notice: 35,
};

/**
 * High-risk clients (something more than 60 days overdue, or a past formal notice): the earliest
 * dates the guides allow, every e-mail at least 5 days apart, formal notice 5 days after the call.
 */
export const HIGH_RISK_OFFSETS: StageOffsets = {
  pre_due: -3,
  r1: 2,
  r2: 7,
  r3: 15,
  call: 25,
  notice: 30,
};

export const DEFAULT_THRESHOLDS: SegmentThresholds = {
  lateGraceDays: 2,
  punctualMaxLateShare: 0.1,
  punctualMaxAverageDaysLate: 3,
  chronicMinLateShare: 0.5,
  chronicMinAverageDaysLate: 15,
  highRiskDaysOverdue: 60,
  keyAccountMinShare: 0.2,
};

function perSegment<T>(value: T): Readonly<Record<Segment, T>> {
  return Object.fromEntries(SEGMENTS.map((segment) => [segment, value])) as Record<Segment, T>;
}

/** What a new document starts with: test mode on, automation off, French calendar and language. */
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  language: 'fr',
  invoicesSheet: null,
  columnOverrides: {},
  quotesSheet: null,
  quoteColumnOverrides: {},
  senderName: '',
  senderContact: '',
  senderCompany: '',
  replyTo: '',
  cc: [],
  bcc: [],
  sendHour: 9,
  businessDays: [1, 2, 3, 4, 5],
  country: 'FR',
  establishment: 'FR',
  defaultCustomerKind: 'unknown',
  senderAddress: '',
  senderRegistration: '',
  alsaceMoselle: false,
  minGapDays: 5,
  maxRemindersPerInvoice: 4,
  pauseDaysAfterReply: 7,
  recentManualEmailDays: 3,
  oldDebtDays: 90,
  offsets: {
    new: STANDARD_OFFSETS,
    punctual: PUNCTUAL_OFFSETS,
    occasional: STANDARD_OFFSETS,
    chronic: CHRONIC_OFFSETS,
    high_risk: HIGH_RISK_OFFSETS,
  },
  quoteTiming: perSegment(STANDARD_QUOTE_TIMING),
  planTiming: perSegment(STANDARD_PLAN_TIMING),
  thresholds: DEFAULT_THRESHOLDS,
  lateFees: { contractRatePercent: null, rates: [] },
  attachmentPolicy: 'send_without',
  testMode: true,
  automation: false,
  failureDigest: true,
};

export const SETTINGS_VERSION = 1;

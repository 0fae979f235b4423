import type { RatePoint, SegmentThresholds, Settings, StageOffsets } from './settings.ts';

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

/**
 * Reference rates known when this version was written, each with its source. Half-years not
 * covered here are unknown: the late-fee calculation says so instead of guessing. A central-bank
 * rate stays in force until the bank changes it, but this data cannot know about a later decision,
 * so the last point of each such series carries `until`, the last day its source covers
 * (DOMAIN.md: the ECB rate is verified through H1 2026; the Bank of England's 3.75% is the rate of
 * 31 December 2025, the UK reference day for H1 2026). The user adds the next point in the settings.
 */
export const DEFAULT_RATES: readonly RatePoint[] = [
  {
    series: 'ecb_mro',
    from: '2025-06-11',
    percent: 2.15,
    source:
      'ECB main refinancing operations rate from 11 June 2025 (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html)',
    until: '2026-06-30',
  },
  {
    series: 'fr_legal_pro',
    from: '2025-07-01',
    percent: 2.76,
    source:
      'Taux de l’intérêt légal, autres cas, 2e semestre 2025: arrêté du 19 juin 2025 (JORF du 24 juin 2025)',
  },
  {
    series: 'fr_legal_pro',
    from: '2026-01-01',
    percent: 2.62,
    source:
      'Taux de l’intérêt légal, autres cas, 1er semestre 2026: arrêté du 15 décembre 2025 (JORF n°0302 du 26 décembre 2025)',
  },
  {
    series: 'fr_legal_consumer',
    from: '2025-07-01',
    percent: 6.65,
    source:
      'Taux de l’intérêt légal, créances des personnes physiques n’agissant pas pour des besoins professionnels, 2e semestre 2025: arrêté du 19 juin 2025 (JORF du 24 juin 2025)',
  },
  {
    series: 'fr_legal_consumer',
    from: '2026-01-01',
    percent: 6.67,
    source:
      'Taux de l’intérêt légal, créances des personnes physiques n’agissant pas pour des besoins professionnels, 1er semestre 2026: arrêté du 15 décembre 2025 (JORF n°0302 du 26 décembre 2025)',
  },
  {
    series: 'boe_base',
    from: '2025-05-08',
    percent: 4.25,
    source:
      'Bank of England Bank Rate cut to 4.25% on 8 May 2025 (https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate)',
  },
  {
    series: 'boe_base',
    from: '2025-08-07',
    percent: 4,
    source:
      'Bank of England Bank Rate cut to 4% on 7 August 2025 (https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate)',
  },
  {
    series: 'boe_base',
    from: '2025-12-18',
    percent: 3.75,
    source:
      'Bank of England Bank Rate cut to 3.75% on 18 December 2025 (https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate)',
    until: '2025-12-31',
  },
];

/** What a new document starts with: test mode on, automation off, French calendar and language. */
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  language: 'fr',
  invoicesSheet: null,
  columnOverrides: {},
  senderName: '',
  senderContact: '',
  senderCompany: '',
  replyTo: '',
  cc: [],
  bcc: [],
  sendHour: 9,
  businessDays: [1, 2, 3, 4, 5],
  country: 'FR',
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
  thresholds: DEFAULT_THRESHOLDS,
  lateFees: { contractRatePercent: null, rates: DEFAULT_RATES },
  attachmentPolicy: 'send_without',
  testMode: true,
  automation: false,
  failureDigest: true,
};

export const SETTINGS_VERSION = 1;

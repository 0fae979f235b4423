import { parseCalendarDate } from './calendar-date.ts';
import { isRecord } from './is-record.ts';
import type { LocalizedText } from './localized-text.ts';
import { SEGMENTS } from './segment.ts';
import type { Settings } from './settings.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './settings-defaults.ts';
import { STAGES } from './stage.ts';
import { localized, type ServerTextKey, type TextValuesArgument } from './texts/server-texts.ts';

/** One problem in a settings object, at a field path such as `offsets.chronic.r2` or `cc[1]`. */
export interface SettingsIssue {
  readonly path: string;
  readonly message: LocalizedText;
}

export type SettingsValidation =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly errors: readonly SettingsIssue[] };

type Check = (value: unknown, path: string) => SettingsIssue[];

const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;
const COUNTRY = /^[A-Z]{2}$/;
const SERIES = /^[a-z][a-z0-9_]{0,39}$/;
const LINE_BREAK = /[\r\n]/;

function issue<Key extends ServerTextKey>(
  path: string,
  key: Key,
  ...values: TextValuesArgument<Key>
): SettingsIssue[] {
  return [{ path, message: localized(key, ...values) }];
}

function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const bool: Check = (value, path) =>
  typeof value === 'boolean' ? [] : issue(path, 'settingBoolean');

function integer(min: number, max: number): Check {
  return (value, path) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? []
      : issue(path, 'settingInteger', { min, max, value: quoted(value) });
}

function decimal(min: number, max: number): Check {
  return (value, path) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
      ? []
      : issue(path, 'settingDecimal', { min, max, value: quoted(value) });
}

function text(maxLength: number, options: { allowEmpty: boolean; singleLine: boolean }): Check {
  return (value, path) => {
    if (typeof value !== 'string') return issue(path, 'settingText');
    if (!options.allowEmpty && value.trim() === '') return issue(path, 'settingEmpty');
    if (value.length > maxLength) return issue(path, 'settingTooLong', { maxLength });
    if (options.singleLine && LINE_BREAK.test(value)) return issue(path, 'settingOneLine');
    return [];
  };
}

function oneOf(values: readonly string[]): Check {
  return (value, path) =>
    typeof value === 'string' && values.includes(value)
      ? []
      : issue(path, 'settingOneOf', { value: quoted(value), values: values.join(', ') });
}

const email: Check = (value, path) =>
  typeof value === 'string' && EMAIL.test(value) && value.length <= 254
    ? []
    : issue(path, 'settingEmail', { value: quoted(value) });

const optionalEmail: Check = (value, path) => (value === '' ? [] : email(value, path));

function list(item: Check, maxItems: number): Check {
  return (value, path) => {
    if (!Array.isArray(value)) return issue(path, 'settingList');
    if (value.length > maxItems) return issue(path, 'settingTooMany', { maxItems });
    return value.flatMap((v, i) => item(v, `${path}[${i}]`));
  };
}

const nullableSheetName: Check = (value, path) =>
  value === null ? [] : text(100, { allowEmpty: false, singleLine: true })(value, path);

const columnOverrides: Check = (value, path) => {
  if (!isRecord(value)) return issue(path, 'settingColumns');
  return Object.entries(value).flatMap(([field, header]) =>
    text(200, { allowEmpty: false, singleLine: true })(header, `${path}.${field}`),
  );
};

const businessDays: Check = (value, path) => {
  const items = list(integer(1, 7), 7)(value, path);
  if (items.length > 0) return items;
  const days = value as number[];
  if (days.length === 0) return issue(path, 'settingNoBusinessDay');
  if (new Set(days).size !== days.length) return issue(path, 'settingDayTwice');
  return [];
};

const country: Check = (value, path) =>
  typeof value === 'string' && COUNTRY.test(value)
    ? []
    : issue(path, 'settingCountry', { value: quoted(value) });

const preDueOffset: Check = (value, path) => (value === null ? [] : integer(-30, -1)(value, path));
const afterDueOffset: Check = (value, path) => (value === null ? [] : integer(0, 365)(value, path));

/** One segment's offsets: each stage in range, and enabled stages strictly in escalation order. */
const segmentOffsets: Check = (value, path) => {
  if (!isRecord(value)) return issue(path, 'settingOffsets');
  const perStage = STAGES.flatMap((stage) =>
    (stage === 'pre_due' ? preDueOffset : afterDueOffset)(value[stage], `${path}.${stage}`),
  );
  const unknown = Object.keys(value)
    .filter((key) => !(STAGES as readonly string[]).includes(key))
    .flatMap((key) => unknownKey(`${path}.${key}`));
  if (perStage.length > 0 || unknown.length > 0) return [...perStage, ...unknown];
  let previous: { stage: string; offset: number } | null = null;
  for (const stage of STAGES) {
    const offset = value[stage] as number | null;
    if (offset === null) continue;
    if (previous !== null && offset <= previous.offset)
      return issue(`${path}.${stage}`, 'settingStageOrder', {
        stage,
        offset,
        previous: previous.stage,
        previousOffset: previous.offset,
      });
    previous = { stage, offset };
  }
  return [];
};

const nullable =
  (check: Check): Check =>
  (value, path) =>
    value === null ? [] : check(value, path);

/** One check per segment, as for the invoices' offsets. */
const perSegment =
  (check: Check): Check =>
  (value, path) =>
    objectOf(Object.fromEntries(SEGMENTS.map((segment) => [segment, check])), value, path);

const offsets = perSegment(segmentOffsets);

const segmentQuoteTiming: Check = (value, path) =>
  objectOf(
    {
      followDaysBefore: nullable(integer(1, 60)),
      expiredBusinessDaysAfter: nullable(integer(1, 30)),
      minDaysSinceSent: integer(0, 60),
    },
    value,
    path,
  );

/** One segment's plan timing: the reminder after a missed date comes before the plan breaks. */
const segmentPlanTiming: Check = (value, path) => {
  const fields = objectOf(
    {
      noteDaysBefore: nullable(integer(1, 30)),
      reminderDaysAfter: nullable(integer(0, 60)),
      breakAfterDays: integer(1, 90),
    },
    value,
    path,
  );
  if (fields.length > 0) return fields;
  const { reminderDaysAfter: after, breakAfterDays: limit } =
    value as Settings['planTiming']['new'];
  return after !== null && after >= limit
    ? issue(`${path}.reminderDaysAfter`, 'settingPlanReminderAfterBreak', { after, limit })
    : [];
};

const THRESHOLD_CHECKS: Record<string, Check> = {
  lateGraceDays: integer(0, 60),
  punctualMaxLateShare: decimal(0, 1),
  punctualMaxAverageDaysLate: decimal(0, 365),
  chronicMinLateShare: decimal(0, 1),
  chronicMinAverageDaysLate: decimal(0, 365),
  highRiskDaysOverdue: integer(1, 730),
  keyAccountMinShare: decimal(0.01, 1),
};

const thresholds: Check = (value, path) => {
  const fields = objectOf(THRESHOLD_CHECKS, value, path);
  if (fields.length > 0) return fields;
  const t = value as Settings['thresholds'];
  if (t.punctualMaxLateShare >= t.chronicMinLateShare)
    return issue(`${path}.punctualMaxLateShare`, 'settingLateShares');
  if (t.punctualMaxAverageDaysLate >= t.chronicMinAverageDaysLate)
    return issue(`${path}.punctualMaxAverageDaysLate`, 'settingLateDays');
  return [];
};

const isoDate: Check = (v, p) =>
  typeof v === 'string' && parseCalendarDate(v) !== null
    ? []
    : issue(p, 'settingDate', { value: quoted(v) });

const RATE_POINT_CHECKS: Record<string, Check> = {
  series: (v, p) =>
    typeof v === 'string' && SERIES.test(v) ? [] : issue(p, 'settingSeries', { value: quoted(v) }),
  from: isoDate,
  percent: decimal(-5, 100),
  source: text(400, { allowEmpty: true, singleLine: true }),
};

/** `until` is optional (see RatePoint); when present it is a date not before `from`. */
const ratePoint: Check = (value, path) => {
  if (!isRecord(value) || !('until' in value)) return objectOf(RATE_POINT_CHECKS, value, path);
  const problems = objectOf({ ...RATE_POINT_CHECKS, until: isoDate }, value, path);
  if (problems.length > 0 || (value.until as string) >= (value.from as string)) return problems;
  return issue(`${path}.until`, 'settingRateUntil');
};

const rates: Check = (value, path) => {
  const items = list(ratePoint, 500)(value, path);
  if (items.length > 0) return items;
  const seen = new Set<string>();
  for (const [i, point] of (value as { series: string; from: string }[]).entries()) {
    const key = `${point.series} ${point.from}`;
    if (seen.has(key)) return issue(`${path}[${i}]`, 'settingRateTwice', point);
    seen.add(key);
  }
  return [];
};

const lateFees: Check = (value, path) =>
  objectOf(
    {
      contractRatePercent: (v, p) => (v === null ? [] : decimal(0, 100)(v, p)),
      rates,
    },
    value,
    path,
  );

/** The rule for every top-level field. Adding a field to Settings means adding its rule here. */
const FIELD_CHECKS: { readonly [K in keyof Settings]: Check } = {
  version: (value, path) =>
    value === SETTINGS_VERSION
      ? []
      : issue(path, 'settingVersion', { value: quoted(value), version: SETTINGS_VERSION }),
  language: oneOf(['fr', 'en']),
  invoicesSheet: nullableSheetName,
  columnOverrides,
  quotesSheet: nullableSheetName,
  quoteColumnOverrides: columnOverrides,
  senderName: text(100, { allowEmpty: true, singleLine: true }),
  senderContact: text(200, { allowEmpty: true, singleLine: true }),
  senderCompany: text(100, { allowEmpty: true, singleLine: true }),
  replyTo: optionalEmail,
  cc: list(email, 20),
  bcc: list(email, 20),
  sendHour: integer(0, 23),
  businessDays,
  country,
  establishment: country,
  defaultCustomerKind: oneOf(['b2b', 'b2c', 'unknown']),
  senderAddress: text(300, { allowEmpty: true, singleLine: false }),
  senderRegistration: text(40, { allowEmpty: true, singleLine: true }),
  alsaceMoselle: bool,
  minGapDays: integer(1, 60),
  maxRemindersPerInvoice: integer(1, 4),
  pauseDaysAfterReply: integer(0, 90),
  recentManualEmailDays: integer(0, 30),
  oldDebtDays: integer(0, 3650),
  offsets,
  quoteTiming: perSegment(segmentQuoteTiming),
  planTiming: perSegment(segmentPlanTiming),
  thresholds,
  lateFees,
  attachmentPolicy: oneOf(['send_without', 'hold']),
  testMode: bool,
  automation: bool,
  failureDigest: bool,
};

function unknownKey(path: string): SettingsIssue[] {
  return issue(path, 'settingUnknown');
}

function objectOf(checks: Record<string, Check>, value: unknown, path: string): SettingsIssue[] {
  if (!isRecord(value)) return issue(path || '(root)', 'settingObject');
  const prefix = path === '' ? '' : `${path}.`;
  const known = Object.entries(checks).flatMap(([key, check]) =>
    key in value
      ? check(value[key], `${prefix}${key}`)
      : issue(`${prefix}${key}`, 'settingMissing'),
  );
  const unknown = Object.keys(value)
    .filter((key) => !(key in checks))
    .flatMap((key) => unknownKey(`${prefix}${key}`));
  return [...known, ...unknown];
}

/**
 * Accepts a complete settings object or lists every problem, each at its field path with a
 * message in both languages. Nothing is accepted half-valid: one error rejects the whole object.
 */
export function validateSettings(input: unknown): SettingsValidation {
  const errors = objectOf(FIELD_CHECKS, input, '');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: normalise(input as Settings) };
}

/** Copies the value so later mutation of the input cannot change validated settings. */
function normalise(settings: Settings): Settings {
  const copy = JSON.parse(JSON.stringify(settings)) as Settings;
  return { ...copy, businessDays: [...copy.businessDays].sort((a, b) => a - b) };
}

/**
 * Schema upgrades, keyed by the version they upgrade from. Version 1 is the first stored schema;
 * a value without a version predates versioning and is read as version 1.
 */
const UPGRADES: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * Reads the JSON stored in document properties (a string or an already parsed value) and always
 * returns valid settings: upgraded to the current version, every stored field that is still valid
 * kept, every missing or invalid field replaced by its default. A stored value is never fatal,
 * since the daily run must be able to start and report; the sidebar shows what was reset by
 * validating what it saves.
 */
export function migrateSettings(raw: unknown): Settings {
  const parsed = typeof raw === 'string' ? parseJson(raw) : raw;
  if (!isRecord(parsed)) return DEFAULT_SETTINGS;
  let current: Record<string, unknown> = { ...parsed };
  let version = typeof current.version === 'number' ? current.version : 1;
  while (version < SETTINGS_VERSION) {
    const upgrade = UPGRADES[version];
    if (upgrade) current = upgrade(current);
    version += 1;
  }
  const merged = mergeOntoDefaults(current);
  const result = validateSettings(merged);
  return result.ok ? result.settings : DEFAULT_SETTINGS;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function mergeOntoDefaults(stored: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(FIELD_CHECKS) as (keyof Settings)[]) {
    const fallback = DEFAULT_SETTINGS[key];
    merged[key] = key === 'version' ? SETTINGS_VERSION : keepIfValid(key, stored[key], fallback);
  }
  merged.offsets = mergePerSegment(stored.offsets, 'offsets', segmentOffsets);
  merged.quoteTiming = mergePerSegment(stored.quoteTiming, 'quoteTiming', segmentQuoteTiming);
  merged.planTiming = mergePerSegment(stored.planTiming, 'planTiming', segmentPlanTiming);
  merged.lateFees = mergeLateFees(stored.lateFees);
  return merged;
}

function keepIfValid(key: keyof Settings, value: unknown, fallback: unknown): unknown {
  if (value === undefined) return fallback;
  return FIELD_CHECKS[key](value, key).length === 0 ? value : fallback;
}

/** Per segment, so one broken segment does not reset the user's other schedules. */
function mergePerSegment<K extends 'offsets' | 'quoteTiming' | 'planTiming'>(
  stored: unknown,
  key: K,
  check: Check,
): Settings[K] {
  const source = isRecord(stored) ? stored : {};
  return Object.fromEntries(
    SEGMENTS.map((segment) => {
      const fallback = DEFAULT_SETTINGS[key][segment];
      const candidate = isRecord(source[segment]) ? { ...fallback, ...source[segment] } : fallback;
      return [segment, check(candidate, segment).length === 0 ? candidate : fallback];
    }),
  ) as Settings[K];
}

/**
 * Points that earlier versions wrote into the settings as defaults. The built-in history
 * (core/rates/rate-history.ts) carries them now; kept as user points, their `until` would hide the
 * fetched rates of later half-years, so reading old settings drops them.
 */
const FORMER_DEFAULT_POINTS: ReadonlySet<string> = new Set([
  'ecb_mro 2025-06-11 2.15',
  'fr_legal_pro 2025-07-01 2.76',
  'fr_legal_pro 2026-01-01 2.62',
  'fr_legal_consumer 2025-07-01 6.65',
  'fr_legal_consumer 2026-01-01 6.67',
  'boe_base 2025-05-08 4.25',
  'boe_base 2025-08-07 4',
  'boe_base 2025-12-18 3.75',
]);

/** Per rate point, so one mistyped rate does not erase the others the user entered. */
function mergeLateFees(stored: unknown): Settings['lateFees'] {
  const fallback = DEFAULT_SETTINGS.lateFees;
  if (!isRecord(stored)) return fallback;
  const contract = stored.contractRatePercent;
  const contractRatePercent =
    contract === null || decimal(0, 100)(contract, '').length === 0
      ? (contract as number | null)
      : fallback.contractRatePercent;
  if (!Array.isArray(stored.rates)) return { contractRatePercent, rates: fallback.rates };
  const seen = new Set<string>();
  const kept = stored.rates.filter((point) => {
    if (ratePoint(point, '').length > 0) return false;
    const { series, from, percent } = point as { series: string; from: string; percent: number };
    const key = `${series} ${from}`;
    if (FORMER_DEFAULT_POINTS.has(`${key} ${percent}`)) return false;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { contractRatePercent, rates: kept as Settings['lateFees']['rates'] };
}

import { SEGMENTS, type Segment, STAGES, type Stage } from '../../../../src/api/vocabulary.ts';
import type { Messages } from '../../i18n/messages-fr.ts';

const isSegment = (key: string): key is Segment => (SEGMENTS as readonly string[]).includes(key);
const isStage = (key: string): key is Stage => (STAGES as readonly string[]).includes(key);

/**
 * The name of the field an error path points at, as its label reads in the form, so the error
 * summary says which field to fix ("Jours minimum entre deux relances : …").
 */
export function fieldLabel(path: string, t: Messages): string {
  const [, group, segment, key = ''] =
    /^(offsets|quoteTiming|planTiming)\.(\w+)\.(\w+)$/.exec(path) ?? [];
  if (group && segment && isSegment(segment)) {
    const name = isStage(key) ? t.stage[key] : t.timing[key as keyof Messages['timing']];
    if (name) return `${t.sectionOffsets} · ${t.segment[segment]} · ${name}`;
  }
  const rate = /^lateFees\.rates\[(\d+)\]\.(series|from|percent)$/.exec(path);
  if (rate?.[1] && rate[2]) {
    const part = { series: t.rateSeries, from: t.rateFrom, percent: t.ratePercent }[rate[2]];
    return `${t.rates} ${Number(rate[1]) + 1} · ${part}`;
  }
  const threshold = /^thresholds\.(\w+)$/.exec(path)?.[1];
  if (threshold && threshold in t.threshold)
    return t.threshold[threshold as keyof Messages['threshold']];
  const list = /^(cc|bcc)(\[\d+\])?$/.exec(path)?.[1];
  if (list === 'cc' || list === 'bcc') return t[list];
  const plain: Record<string, string> = {
    senderName: t.senderName,
    senderContact: t.senderContact,
    senderAddress: t.senderAddress,
    senderRegistration: t.senderRegistration,
    establishment: t.establishment,
    defaultCustomerKind: t.defaultCustomerKind,
    replyTo: t.replyTo,
    language: t.defaultLanguage,
    sendHour: t.sendHour,
    businessDays: t.businessDays,
    country: t.country,
    minGapDays: t.minGapDays,
    maxRemindersPerInvoice: t.maxReminders,
    pauseDaysAfterReply: t.pauseDays,
    recentManualEmailDays: t.recentManualDays,
    attachmentPolicy: t.attachmentPolicy,
    'lateFees.contractRatePercent': t.contractRate,
    testMode: t.testMode,
    failureDigest: t.failureDigest,
  };
  return plain[path] ?? path;
}

import { describe, expect, it } from 'vitest';
import { RULES_FIELDS } from '../../sidebar/src/views/settings/rules-section.tsx';
import { SENDER_FIELDS } from '../../sidebar/src/views/settings/sender-section.tsx';
import { getIn, isWithin, setIn } from '../../sidebar/src/views/settings/settings-path.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';

describe('settings field paths', () => {
  it('read and replace a value by the path the server names, list items included', () => {
    const ecb = { series: 'ecb_mro', from: '2025-06-11', percent: 2.15, source: 'ECB' };
    const legal = { series: 'fr_legal_pro', from: '2026-01-01', percent: 2.62, source: 'JORF' };
    const settings = setIn(DEFAULT_SETTINGS, 'lateFees.rates', [ecb, legal]);
    const edited = setIn(settings, 'lateFees.rates[0].percent', 2.4);
    expect(getIn(edited, 'lateFees.rates[0].percent')).toBe(2.4);
    expect(getIn(edited, 'lateFees.rates[1]')).toEqual(legal);
    expect(ecb.percent).toBe(2.15);
    expect(getIn(setIn(DEFAULT_SETTINGS, 'offsets.chronic.r2', null), 'offsets.chronic.r2')).toBe(
      null,
    );
  });

  it('tie an error to its own field only, never to a field whose name merely starts the same', () => {
    expect(isWithin('maxRemindersPerInvoice', 'maxRemindersPerInvoice')).toBe(true);
    expect(isWithin('cc[1]', 'cc')).toBe(true);
    expect(isWithin('lateFees.rates[2].from', 'lateFees')).toBe(true);
    expect(isWithin('senderName', 'sender' as 'senderName')).toBe(false);
    expect(isWithin('pauseDaysAfterReply', 'pauseDays' as 'pauseDaysAfterReply')).toBe(false);
  });

  it('give each section the fields it shows', () => {
    expect(RULES_FIELDS.some((path) => isWithin('maxRemindersPerInvoice', path))).toBe(true);
    expect(SENDER_FIELDS.some((path) => isWithin('maxRemindersPerInvoice', path))).toBe(false);
    expect(SENDER_FIELDS.some((path) => isWithin('bcc[0]', path))).toBe(true);
  });
});

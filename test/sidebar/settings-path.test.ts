import { describe, expect, it } from 'vitest';
import { RULES_FIELDS } from '../../sidebar/src/views/settings/rules-section.tsx';
import { SENDER_FIELDS } from '../../sidebar/src/views/settings/sender-section.tsx';
import { getIn, isWithin, setIn } from '../../sidebar/src/views/settings/settings-path.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';

describe('settings field paths', () => {
  it('read and replace a value by the path the server names, list items included', () => {
    const edited = setIn(DEFAULT_SETTINGS, 'lateFees.rates[0].percent', 2.4);
    expect(getIn(edited, 'lateFees.rates[0].percent')).toBe(2.4);
    expect(getIn(edited, 'lateFees.rates[1]')).toEqual(DEFAULT_SETTINGS.lateFees.rates[1]);
    expect(DEFAULT_SETTINGS.lateFees.rates[0]?.percent).not.toBe(2.4);
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

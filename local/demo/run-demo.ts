/**
 * Runs the daily job over simulated days on the demo workbook, in the offline runtime, from the
 * compiled bundle in dist/. Returns every e-mail and draft with the day it was made, for the demo
 * script (and its test) to write and print.
 */
import { addDays, type CalendarDate } from '../../src/core/calendar-date.ts';
import type { OfflineAddon } from '../offline-addon.ts';
import type { MessageRecord } from '../services/gmail/mailbox.ts';
import { openDemoAddon } from './demo-addon.ts';
import { type DemoFact, eventsOn } from './scenario.ts';
import { DEMO_SHEET } from './workbook.ts';

export const DEMO_SPREADSHEET_ID = 'demo-factures-2026';

export interface DemoOptions {
  readonly distDir: string;
  /** First simulated day (a Monday works best). */
  readonly day0?: CalendarDate;
  readonly days?: number;
}

export interface DemoDay {
  readonly date: CalendarDate;
  /** What happened that day besides the run (an event that could not happen is left out). */
  readonly events: readonly DemoFact[];
  readonly outcome: 'returned' | 'threw' | 'no run';
  readonly error?: string;
}

export interface DemoResult {
  readonly addon: OfflineAddon;
  readonly days: readonly DemoDay[];
  readonly messages: readonly MessageRecord[];
  readonly drafts: readonly MessageRecord[];
  readonly logRows: readonly (readonly unknown[])[];
  readonly statusRows: readonly (readonly unknown[])[];
}

export function runDemo(options: DemoOptions): DemoResult {
  const day0 = options.day0 ?? ('2026-03-02' as CalendarDate);
  const days = options.days ?? 60;
  const { addon, spreadsheetId: id } = openDemoAddon({
    distDir: options.distDir,
    spreadsheetId: DEMO_SPREADSHEET_ID,
    day0,
    startTime: '06:30',
  });
  const { runtime } = addon;
  const inDoc = { activeSpreadsheetId: id };
  runtime.runWith(inDoc, 'setUpRelance');
  const stored = JSON.parse(runtime.properties.document(id).get('relance.settings') ?? '{}');
  runtime.runAsSidebarCall(
    'saveSettings',
    [
      {
        ...stored,
        senderName: 'Camille Martin',
        senderContact: '06 12 34 56 78 · camille.martin@gmail.com',
        replyTo: '',
        attachmentPolicy: 'send_without',
      },
    ],
    inDoc,
  );
  runtime.runAsSidebarCall('goLive', [], inDoc);

  const log: DemoDay[] = [];
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(day0, offset);
    const events = eventsOn(offset).filter((event) => event.apply(addon, id, date));
    const fired = addon.fireTriggersUntil(new Date(`${date}T21:00:00Z`));
    const last = fired[fired.length - 1];
    log.push({
      date,
      events: events.map((e) => e.fact),
      outcome: last ? last.outcome : 'no run',
      ...(last?.error ? { error: last.error } : {}),
    });
  }
  const logTab = runtime.spreadsheets
    .get(id)
    .sheets.find((s) => s.name.includes('journal') || s.name.includes('log'));
  return {
    addon,
    days: log,
    messages: addon.mailbox.sentByAddon(),
    drafts: addon.mailbox.drafts(),
    logRows: logTab ? runtime.spreadsheets.sheetValues(id, logTab.name) : [],
    statusRows: runtime.spreadsheets.sheetValues(id, DEMO_SHEET),
  };
}

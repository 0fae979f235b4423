/**
 * Time-driven triggers fired through the real offline runtime with a fixture bundle: the daily
 * run gets the time-driven event object and runs without an active spreadsheet, so it must find
 * its sheet from a stored id (https://developers.google.com/workspace/add-ons/concepts/editor-triggers,
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven-events).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../../local/runtime.ts';
import { LockModule, LockStore } from '../../local/services/lock.ts';
import { ScriptAppModule, TriggerStore } from '../../local/services/script-app.ts';

const BUNDLE = `
function installDailyRun() {
  PropertiesService.getUserProperties().setProperty('spreadsheetId', SpreadsheetApp.getActiveSpreadsheet().getId());
  return ScriptApp.newTrigger('runReminders').timeBased().atHour(9).everyDays(1).inTimezone('Europe/Paris').create().getUniqueId();
}
function runReminders(e) {
  var active = SpreadsheetApp.getActiveSpreadsheet();
  var lock = LockService.getDocumentLock();
  var id = PropertiesService.getUserProperties().getProperty('spreadsheetId');
  return {
    active: active === null ? null : active.getId(),
    lock: lock === null ? null : 'document lock',
    stored: SpreadsheetApp.openById(id).getName(),
    uid: e.triggerUid,
    authMode: String(e.authMode),
    isFull: e.authMode === ScriptApp.AuthMode.FULL,
    hour: e.hour,
    timezone: e.timezone,
  };
}
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-triggers-'));
  writeFileSync(join(dir, 'Code.js'), BUNDLE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('fires the daily run with the event object, no active spreadsheet and no document lock', () => {
  const runtime = new AppsScriptRuntime({
    distDir: dir,
    scriptTimeZone: 'Europe/Paris',
    start: new Date('2026-03-02T07:00:00Z'),
  });
  runtime.spreadsheets.create({
    id: 'sheet-factures',
    name: 'Factures 2026',
    sheets: { Factures: [['N° facture']] },
  });
  const triggers = new TriggerStore({ seed: 7 });
  runtime.use('lock', new LockModule(new LockStore(() => runtime.clock.now())));
  runtime.use('scriptApp', new ScriptAppModule(triggers));

  const uid = runtime.runWith(
    { activeSpreadsheetId: 'sheet-factures' },
    'installDailyRun',
  ) as string;
  const results: unknown[] = [];
  const fired = triggers.fireDueTriggers(
    runtime.clock,
    (t) =>
      results.push(
        runtime.runAsTrigger(t.functionName, t.event, {
          activeSpreadsheetId: t.activeSpreadsheetId,
        }),
      ),
    new Date('2026-03-04T07:00:00Z'),
  );

  expect(fired.map((f) => f.outcome)).toEqual(['returned', 'returned']);
  expect(results).toHaveLength(2);
  expect(results[0]).toEqual({
    active: null,
    lock: null,
    stored: 'Factures 2026',
    uid,
    authMode: 'FULL',
    isFull: true,
    hour: fired[0]?.at.getUTCHours(),
    timezone: 'UTC',
  });
  const parisHour = fired[0]?.at
    .toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris' })
    .slice(0, 2);
  expect(parisHour).toBe('09');
});

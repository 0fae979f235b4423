/**
 * The loader: how the offline runtime evaluates the compiled bundle and runs its functions, as
 * Apps Script does (https://developers.google.com/apps-script/guides/v8-runtime).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { appsScriptEnum } from '../../local/service-module.ts';
import { cleanUpBundles, runtimeFor } from './bundle-fixture.ts';

afterEach(cleanUpBundles);

const COUNTER_BUNDLE = {
  'Code.js': `
    var runs = 0;
    function countRuns() { runs += 1; return runs; }
    function nodeGlobals() {
      return [typeof require, typeof process, typeof module, typeof global, typeof setTimeout,
        typeof setInterval, typeof Buffer].join(',');
    }
    function serviceGlobals() {
      return [typeof SpreadsheetApp, typeof PropertiesService, typeof CacheService, typeof Utilities,
        typeof Session, typeof Logger, typeof HtmlService, typeof console].join(',');
    }
    const arrowEntry = function () { return 'declared with const'; };
    function fail() { throw new Error('Facture F-2026-014 introuvable'); }
    function internal_() { return 'private'; }
    function builtins() {
      return [Math === globalThis.Math, JSON === globalThis.JSON, Date === globalThis.Date,
        Object.keys(globalThis).includes('Math'), Math.floor(2.5), Number('12') + 1];
    }
    function catchServiceError() {
      try {
        SpreadsheetApp.openById('1NoSuchSpreadsheetIdAtAllxxxxxxxxxxxxxxxxx');
      } catch (e) {
        return [e instanceof Error, e.name, String(e)];
      }
    }
  `,
};

describe('one execution, one fresh global scope', () => {
  it('re-evaluates every file at the start of each execution, so globals do not survive', () => {
    // guides/v8-runtime: Apps Script runs the project's global code at each execution.
    const runtime = runtimeFor(COUNTER_BUNDLE);
    expect(runtime.run('countRuns')).toBe(1);
    expect(runtime.run('countRuns')).toBe(1);
  });

  it('gives the bundle no Node globals, only the Apps Script services', () => {
    const runtime = runtimeFor(COUNTER_BUNDLE);
    expect(runtime.run('nodeGlobals')).toBe(
      'undefined,undefined,undefined,undefined,undefined,undefined,undefined',
    );
    expect(runtime.run('serviceGlobals')).toBe(
      'object,object,object,object,object,object,object,object',
    );
  });

  it("gives the bundle the global object's own built-ins", () => {
    // The runtime binds them in the script scope so that a lookup does not pay node:vm's
    // interceptor: the values must stay those of the global object (the clock's Date included).
    const runtime = runtimeFor(COUNTER_BUNDLE);
    expect(runtime.run('builtins')).toEqual([true, true, true, false, 2, 13]);
  });

  it('evaluates the files in alphabetical order in one shared scope', () => {
    const runtime = runtimeFor({
      'b-settings.js': 'var DEFAULT_LANGUAGE = LANGUAGES[0];',
      'a-constants.js': "var LANGUAGES = ['fr', 'en'];",
      'c-main.js': 'function language() { return DEFAULT_LANGUAGE; }',
    });
    expect(runtime.files).toEqual(['a-constants.js', 'b-settings.js', 'c-main.js']);
    expect(runtime.run('language')).toBe('fr');
  });

  it('finds top-level functions declared with const too', () => {
    const runtime = runtimeFor(COUNTER_BUNDLE);
    expect(runtime.run('arrowEntry')).toBe('declared with const');
  });

  it('refuses a name that is not a top-level function like Apps Script does', () => {
    const runtime = runtimeFor(COUNTER_BUNDLE);
    expect(() => runtime.run('runRemindres')).toThrow('Script function not found: runRemindres');
    expect(() => runtime.run('runs')).toThrow('Script function not found: runs');
  });

  it('throws service errors as Exceptions of the bundle realm', () => {
    // As in the execution log: "Exception: <message>".
    const runtime = runtimeFor(COUNTER_BUNDLE);
    expect(runtime.run('catchServiceError')).toEqual([
      true,
      'Exception',
      'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    ]);
  });

  it('rethrows what the function throws and ends the execution', () => {
    const runtime = runtimeFor(COUNTER_BUNDLE);
    expect(() => runtime.run('fail')).toThrow('Facture F-2026-014 introuvable');
    expect(runtime.kernel.execution).toBeNull();
    expect(runtime.run('countRuns')).toBe(1);
  });
});

describe('the bundle Date follows the runtime clock', () => {
  const DATE_BUNDLE = {
    'Code.js': `
      function now() { return [new Date().toISOString(), new Date(Date.now()).toISOString()]; }
      function explicit() { return new Date(2026, 2, 12, 9, 30).toISOString(); }
      function parsed() { return new Date('2026-03-12T10:00:00Z').getTime(); }
      function called() { return typeof Date(); }
      function localParts() {
        const d = new Date();
        return [d.getHours(), d.getTimezoneOffset(), String(d).includes('GMT-05')];
      }
      function dateChecks() {
        const cell = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B2').getValue();
        const rows = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getDataRange().getValues();
        if (!(rows instanceof Array) || !(rows[0] instanceof Array)) throw new Error('foreign array');
        class Deadline extends Date {}
        return [cell instanceof Date, new Date() instanceof Date, new Deadline(0) instanceof Date,
          cell.constructor === Date, Object.prototype.toString.call(cell)];
      }
    `,
  };

  it('answers new Date() and Date.now() with the clock', () => {
    const runtime = runtimeFor(DATE_BUNDLE);
    runtime.clock.set(new Date('2026-03-12T07:45:00Z'));
    const [fromConstructor, fromNow] = runtime.run('now') as [string, string];
    // The execution start costs its latency before the function runs.
    const start = Date.parse('2026-03-12T07:45:00Z');
    expect(Date.parse(fromConstructor)).toBeGreaterThanOrEqual(start);
    expect(Date.parse(fromConstructor)).toBeLessThan(start + 1000);
    expect(fromNow).toBe(fromConstructor);
  });

  it('keeps every other form of Date as in JavaScript', () => {
    const runtime = runtimeFor(DATE_BUNDLE);
    expect(runtime.run('parsed')).toBe(Date.parse('2026-03-12T10:00:00Z'));
    expect(runtime.run('called')).toBe('string');
  });

  it("uses the script's time zone as the Dates' local zone", () => {
    // Session.getScriptTimeZone: the project's zone; JavaScript local time in Apps Script follows it.
    const runtime = runtimeFor(DATE_BUNDLE, { timeZone: 'America/New_York' });
    runtime.clock.set(new Date('2026-03-02T14:00:00Z'));
    expect(runtime.run('explicit')).toBe('2026-03-12T13:30:00.000Z');
    expect(runtime.run('localParts')).toEqual([9, 300, true]);
    // The process zone (the unit project runs in Los Angeles) is back once the execution ends.
    expect(process.env.TZ).toBe('America/Los_Angeles');
  });

  it('hands the bundle Dates and arrays of its own realm, so instanceof holds', () => {
    const runtime = runtimeFor(DATE_BUNDLE);
    const id = runtime.spreadsheets.create({
      name: 'Factures 2026',
      sheets: {
        Factures: [
          ['Numéro', 'Échéance'],
          ['F-2026-014', { date: '2026-03-12' }],
        ],
      },
    });
    runtime.defaults.activeSpreadsheetId = id;
    expect(runtime.run('dateChecks')).toEqual([true, true, true, true, '[object Date]']);
  });
});

describe('triggers and sidebar calls', () => {
  const EVENT_BUNDLE = {
    'Code.js': `
      function onOpen(e) {
        return [e.authMode === ScriptApp.AuthMode.LIMITED, String(e.authMode), e.source.getName()];
      }
      function runReminders(e) {
        return [e.triggerUid, SpreadsheetApp.getActiveSpreadsheet() === null];
      }
      function getInvoices(filter) {
        return { filter: filter, dueDates: ['2026-03-12'], amounts: [1250.5, undefined] };
      }
      function echo(value) { return value; }
      function dueDateAsDate() { return { due: new Date(2026, 2, 12) }; }
      function internal_() { return 'private'; }
    `,
    // A stand-in for ScriptApp.AuthMode, which ScriptApp's own module provides in the real set-up.
    'ScriptAppStub.js':
      'var ScriptApp = globalThis.ScriptApp || { AuthMode: AUTH_MODE_FOR_TESTS };',
  };

  function eventRuntime() {
    const runtime = runtimeFor(EVENT_BUNDLE);
    runtime.use('authModeForTests', {
      globals: () => ({
        AUTH_MODE_FOR_TESTS: {
          NONE: appsScriptEnum('AuthMode', 'NONE'),
          LIMITED: appsScriptEnum('AuthMode', 'LIMITED'),
          FULL: appsScriptEnum('AuthMode', 'FULL'),
        },
      }),
    });
    return runtime;
  }

  it('gives a simple trigger the AuthMode enum value (compared by identity) and the document', () => {
    // script/auth-mode: scripts test `e.authMode === ScriptApp.AuthMode.NONE`.
    const runtime = eventRuntime();
    const id = runtime.spreadsheets.create({
      name: 'Factures Atelier Lumen',
      sheets: { Factures: [] },
    });
    const result = runtime.runAsTrigger(
      'onOpen',
      { authMode: 'LIMITED' },
      { activeSpreadsheetId: id },
    );
    expect(result).toEqual([true, 'LIMITED', 'Factures Atelier Lumen']);
  });

  it('runs a time-driven trigger without an active document', () => {
    const runtime = eventRuntime();
    expect(runtime.runAsTrigger('runReminders', { triggerUid: '4417620' })).toEqual([
      '4417620',
      true,
    ]);
  });

  it('round-trips sidebar arguments and results through JSON like google.script.run', () => {
    // guides/html/reference/run: objects are copied; undefined fields within arrays become null.
    const runtime = eventRuntime();
    const filter = { client: 'Boulangerie Martin', overdueOnly: true };
    const result = runtime.runAsSidebarCall('getInvoices', [filter]);
    expect(result).toEqual({
      filter,
      dueDates: ['2026-03-12'],
      amounts: [1250.5, null],
    });
    expect((result as { filter: unknown }).filter).not.toBe(filter);
  });

  it('refuses Dates in either direction, as the google.script.run reference says requests fail', () => {
    const runtime = eventRuntime();
    expect(() => runtime.runAsSidebarCall('echo', [{ since: new Date('2026-03-01') }])).toThrow(
      /A Date cannot cross google.script.run \(argument 0.since\)/,
    );
    expect(() => runtime.runAsSidebarCall('dueDateAsDate')).toThrow(
      /A Date cannot cross google.script.run \(return value.due\)/,
    );
  });

  it('does not let the sidebar call private functions (name ending in _)', () => {
    // guides/html/communication#private_functions
    const runtime = eventRuntime();
    expect(() => runtime.runAsSidebarCall('internal_')).toThrow(
      'Script function not found: internal_',
    );
    expect(runtime.run('internal_')).toBe('private');
  });
});

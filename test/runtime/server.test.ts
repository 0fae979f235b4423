/**
 * The sidebar preview server, driven with fetch against a fixture bundle in a temporary dist/:
 * google.script.run's client contract (https://developers.google.com/apps-script/guides/html/reference/run,
 * https://developers.google.com/apps-script/guides/html/communication) and top-level function
 * discovery (private functions ending in `_` are not callable).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../../local/runtime.ts';
import { bridgeScript } from '../../local/server/bridge-script.ts';
import { previewState } from '../../local/server/preview-state.ts';
import { functionDeclarations } from '../../local/server/top-level-functions.ts';
import { type PreviewServer, startPreviewServer } from '../../local/server.ts';
import { GmailModule } from '../../local/services/gmail/gmail-app.ts';
import { Mailbox } from '../../local/services/gmail/mailbox.ts';

const BUNDLE = `
var __relance = (function () {
  function summary() {
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Factures');
    return { invoices: sheet.getLastRow() - 1, spreadsheet: SpreadsheetApp.getActiveSpreadsheet().getName() };
  }
  function sendTest(to) {
    GmailApp.sendEmail(to, '[TEST] Relance F-2026-014', 'Aperçu du rappel');
    return { sent: true };
  }
  return { summary: summary, sendTest: sendTest };
})();
function getSummary() { return __relance.summary.apply(this, arguments); }
function sendTestEmail(to) { return __relance.sendTest.apply(this, arguments); }
function failWithError() { throw new Error('Réglages incomplets'); }
function returnsDate() { return { at: new Date() }; }
function helper_() { return 'private'; }
var notAFunctionDeclaration = function () {};
`;

const HTML = `<!doctype html><html><head><meta charset="utf-8"><script type="module">window.appStarted = typeof google.script.run.getSummary;</script></head><body><div id="app"></div></body></html>`;

let dir: string;
let runtime: AppsScriptRuntime;
let mailbox: Mailbox;
let server: PreviewServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-preview-'));
  writeFileSync(join(dir, 'Code.js'), BUNDLE);
  writeFileSync(join(dir, 'Sidebar.html'), HTML);
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({ timeZone: 'Europe/Paris', runtimeVersion: 'V8' }),
  );
  runtime = new AppsScriptRuntime({ distDir: dir });
  runtime.spreadsheets.create({
    id: 'sheet-1',
    name: 'Factures 2026',
    sheets: {
      Factures: [
        ['N° facture', 'Client'],
        ['F-2026-014', 'Atelier Dupont'],
        ['F-2026-021', 'Boulangerie Lefèvre'],
      ],
    },
  });
  mailbox = new Mailbox(runtime.kernel, {
    userEmail: runtime.userEmail,
    userName: 'Camille Martin',
  });
  runtime.use('gmail', new GmailModule(mailbox));
  server = await startPreviewServer({
    runtime,
    spreadsheetId: 'sheet-1',
    state: previewState({ mailbox }),
  });
});

afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const rpc = async (fn: string, args: unknown[] = []) =>
  (await (
    await fetch(new URL('/rpc', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fn, args }),
    })
  ).json()) as { ok: boolean; value?: unknown; error?: { message: string } };

describe('top-level function discovery', () => {
  it('finds function declarations only, as a script parse does', () => {
    expect(functionDeclarations(BUNDLE)).toEqual([
      'getSummary',
      'sendTestEmail',
      'failWithError',
      'returnsDate',
      'helper_',
    ]);
  });
});

describe('startPreviewServer', () => {
  it('serves the sidebar with google.script.run defined before the app runs', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html.indexOf('window.google.script')).toBeGreaterThan(-1);
    expect(html.indexOf('window.google.script')).toBeLessThan(html.indexOf('window.appStarted'));
    expect(html).toContain('"getSummary","sendTestEmail","failWithError","returnsDate"]');
    expect(html).not.toContain('helper_');
  });

  it('runs a sidebar call against the active spreadsheet and replies JSON', async () => {
    expect(await rpc('getSummary')).toEqual({
      ok: true,
      value: { invoices: 2, spreadsheet: 'Factures 2026' },
    });
  });

  it('reports a script error as google.script.run hands it to the failure handler', async () => {
    expect(await rpc('failWithError')).toEqual({
      ok: false,
      error: { message: 'Error: Réglages incomplets' },
    });
    expect(await rpc('sendTestEmail', ['camille.martin@'])).toEqual({
      ok: false,
      error: { message: 'Exception: Invalid email: camille.martin@' },
    });
  });

  it('refuses private functions and values that cannot cross google.script.run', async () => {
    expect((await rpc('helper_')).ok).toBe(false);
    const dated = await rpc('returnsDate');
    expect(dated.ok).toBe(false);
    expect(dated.error?.message).toMatch(/Date/);
  });

  it('shows in /state what the sidebar did', async () => {
    await rpc('sendTestEmail', ['camille.martin@gmail.com']);
    const state = (await (await fetch(new URL('/state', server.url))).json()) as {
      sent: { subject: string; to: string[] }[];
      remainingQuota: number;
      hostCalls: unknown[];
    };
    expect(state.sent).toMatchObject([
      { subject: '[TEST] Relance F-2026-014', to: ['camille.martin@gmail.com'] },
    ]);
    expect(state.remainingQuota).toBe(99);
    expect(state.hostCalls).toEqual([]);
  });
});

/** The client side of google.script.run, as the fixture's functions make it. */
interface ScriptRun {
  withSuccessHandler(fn: (value: unknown, user: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error, user: unknown) => void): ScriptRun;
  withUserObject(object: unknown): ScriptRun;
  getSummary(): void;
  failWithError(): void;
}

describe('the bridge script in a page', () => {
  /** Runs the injected script in a browser-like vm context whose fetch goes to the server. */
  function page() {
    const context = vm.createContext({
      window: { location: { origin: server.url.slice(0, -1) } },
      fetch: (path: string, init: RequestInit) => fetch(new URL(path, server.url), init),
      console,
      Error,
      JSON,
      Promise,
      Array,
      Object,
    });
    vm.runInContext('var window = this.window; Object.assign(window, this);', context);
    const script = bridgeScript(['getSummary', 'failWithError']).replace(
      /^<script>|<\/script>$/g,
      '',
    );
    vm.runInContext(script, context);
    return vm.runInContext('window.google', context) as {
      script: { run: ScriptRun; host: { close(): void; editor: { focus(): void } } };
    };
  }

  it('is a plain object listing the server functions, with chained handlers and user object', async () => {
    const google = page();
    expect(Object.keys(google.script.run)).toEqual(['getSummary', 'failWithError']);
    const result = await new Promise((resolve) => {
      google.script.run
        .withSuccessHandler((value: unknown, user: unknown) => resolve({ value, user }))
        .withUserObject('row-14')
        .getSummary();
    });
    expect(result).toEqual({
      value: { invoices: 2, spreadsheet: 'Factures 2026' },
      user: 'row-14',
    });
    const failure = await new Promise<Error>((resolve) => {
      google.script.run.withFailureHandler((e: Error) => resolve(e)).failWithError();
    });
    expect(failure.message).toBe('Error: Réglages incomplets');
  });

  it('records google.script.host.close() and editor.focus()', async () => {
    const google = page();
    google.script.host.close();
    google.script.host.editor.focus();
    await expect.poll(() => server.hostCalls.map((c) => c.call)).toEqual(['close', 'editor.focus']);
  });
});

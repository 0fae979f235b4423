/**
 * `npm run dev`: the whole add-on without Google. Loads the compiled bundle (dist/, built by
 * `npm run build`) into the offline Apps Script runtime with the demo workbook (local/demo/),
 * sets it up as the "Set up…" menu item would (tabs created, test mode on), and serves the built
 * sidebar at http://127.0.0.1:<port>/ with google.script.run wired to the runtime.
 *
 * The port comes from PORT (default 5173); when it is taken, a free port is used instead.
 * `GET /state` dumps what the sidebar did to the offline world (sheets, mail, triggers).
 *
 * The browser tests open the sidebar through `startDevPreview` too, so what a developer sees
 * here is what the tests check.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDemoAddon } from '../local/demo/demo-addon.ts';
import type { OfflineAddon } from '../local/offline-addon.ts';
import { previewState } from '../local/server/preview-state.ts';
import { type PreviewServer, startPreviewServer } from '../local/server.ts';
import type { CalendarDate } from '../src/core/calendar-date.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const DEV_SPREADSHEET_ID = 'dev-factures-2026';
export const DEFAULT_DEV_PORT = 5173;

export interface DevPreviewOptions {
  /** Default: the repository's dist/. */
  readonly distDir?: string;
  /** 0 picks a free port (the default, for tests). */
  readonly port?: number;
  /** Run "Set up…" first (tabs, test mode on). False leaves a workbook Relance never saw. */
  readonly setUp?: boolean;
  /** The workbook's first day: the demo invoices' dates are relative to it (a Monday). */
  readonly day0?: CalendarDate;
  /** The user's Google locale, which picks the interface language until they choose one. */
  readonly userLocale?: string;
}

export interface DevPreview {
  readonly addon: OfflineAddon;
  readonly spreadsheetId: string;
  readonly server: PreviewServer;
  readonly url: string;
  close(): Promise<void>;
}

/** Every tab of the spreadsheet as rows of values, for /state. */
function sheetsDump(addon: OfflineAddon, id: string): () => Record<string, unknown[][]> {
  const store = addon.runtime.spreadsheets;
  return () =>
    Object.fromEntries(store.get(id).sheets.map((s) => [s.name, store.sheetValues(id, s.name)]));
}

/** The demo workbook in the offline runtime, optionally set up, served to a browser. */
export async function startDevPreview(options: DevPreviewOptions = {}): Promise<DevPreview> {
  const day0 = options.day0 ?? ('2026-03-02' as CalendarDate);
  const { addon, spreadsheetId } = openDemoAddon({
    distDir: options.distDir ?? join(root, 'dist'),
    spreadsheetId: DEV_SPREADSHEET_ID,
    day0,
    startTime: '08:30',
    ...(options.userLocale === undefined ? {} : { userLocale: options.userLocale }),
  });
  const { runtime } = addon;
  if (options.setUp !== false) {
    runtime.runWith({ activeSpreadsheetId: spreadsheetId }, 'setUpRelance');
  }
  const server = await startPreviewServer({
    runtime,
    spreadsheetId,
    ...(options.port === undefined ? {} : { port: options.port }),
    state: previewState({
      mailbox: addon.mailbox,
      triggers: addon.triggers,
      locks: addon.locks,
      sheets: sheetsDump(addon, spreadsheetId),
    }),
  });
  return { addon, spreadsheetId, server, url: server.url, close: () => server.close() };
}

/** The port asked for, or any free one when it is taken. */
async function startOnPreferredPort(port: number): Promise<DevPreview> {
  try {
    return await startDevPreview({ port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${port} is taken; using a free port instead.`);
    return startDevPreview({ port: 0 });
  }
}

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_DEV_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  }
  const dev = await startOnPreferredPort(port);
  // This prints the address rather than opening a browser: the machine may have none.
  console.log('\nRelance sidebar, offline — demo workbook, test mode.\n');
  console.log(`  Open in your browser:  ${dev.url}`);
  console.log(`  What the add-on did:   ${dev.url}state  (sheets, mail, triggers)\n`);
  console.log(
    'The real sidebar is 300 px wide: narrow the window (or use the browser’s responsive mode).',
  );
  console.log('Press Ctrl-C to stop.\n');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the preview server.`);
    dev.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

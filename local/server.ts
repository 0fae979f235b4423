/**
 * The sidebar's local preview: a small HTTP server on 127.0.0.1 that serves the built sidebar
 * (`dist/Sidebar.html`) with a google.script.run stand-in wired to the offline runtime.
 *
 * - `GET /` (or `/Sidebar.html`): the sidebar, with the bridge script injected before the app.
 * - `POST /rpc` `{ fn, args }`: runs `runtime.runAsSidebarCall(fn, args)` with the spreadsheet as
 *   the active document; replies `{ ok: true, value }` or `{ ok: false, error: { message } }`.
 * - `POST /host` `{ call }`: records google.script.host.close() / editor.focus() and the like.
 * - `GET /state`: a JSON dump for debugging and browser tests (sheets, sent mail, drafts,
 *   triggers, locks, host calls), from the `state` option.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { bridgeScript, injectBeforeApp } from './server/bridge-script.ts';
import { publicFunctions } from './server/top-level-functions.ts';

/** What the server needs from the runtime (AppsScriptRuntime fits). */
export interface SidebarRuntime {
  readonly distDir: string;
  runAsSidebarCall(
    functionName: string,
    args?: readonly unknown[],
    options?: { activeSpreadsheetId?: string | null },
  ): unknown;
}

export interface PreviewServerOptions {
  readonly runtime: SidebarRuntime;
  readonly spreadsheetId: string | null;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Default `<runtime.distDir>/Sidebar.html`. */
  readonly htmlPath?: string;
  /** Builds the /state dump (see previewState); host calls are added to it. */
  readonly state?: () => Record<string, unknown>;
}

export interface HostCall {
  readonly call: string;
  readonly at: string;
}

export interface PreviewServer {
  readonly url: string;
  /** google.script.host calls the page made (close, editor.focus, ...). */
  readonly hostCalls: readonly HostCall[];
  close(): Promise<void>;
}

/**
 * What the failure handler's Error says. For an exception thrown by the script the message
 * reads like the execution log, `Exception: Invalid email: x` or `Error: boom` (what scripts
 * report seeing; Google's page only says the handler receives the error).
 */
export function clientErrorMessage(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'message' in error) {
    const e = error as { name?: unknown; message?: unknown };
    const name = typeof e.name === 'string' ? e.name : 'Error';
    if (name === 'SidebarTransferError') return String(e.message);
    return `${name}: ${String(e.message)}`;
  }
  return String(error);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const { runtime, spreadsheetId } = options;
  const htmlPath = options.htmlPath ?? join(runtime.distDir, 'Sidebar.html');
  const hostCalls: HostCall[] = [];

  const page = (): string => {
    const names = publicFunctions(runtime.distDir);
    return injectBeforeApp(readFileSync(htmlPath, 'utf8'), bridgeScript(names));
  };

  const rpc = async (req: IncomingMessage, res: ServerResponse) => {
    let request: { fn?: unknown; args?: unknown };
    try {
      request = JSON.parse(await readBody(req)) as { fn?: unknown; args?: unknown };
    } catch {
      return json(res, 400, { ok: false, error: { message: 'Request body is not JSON' } });
    }
    if (
      typeof request.fn !== 'string' ||
      (request.args !== undefined && !Array.isArray(request.args))
    ) {
      return json(res, 400, { ok: false, error: { message: 'Expected { fn: string, args: [] }' } });
    }
    try {
      const value = runtime.runAsSidebarCall(request.fn, request.args ?? [], {
        activeSpreadsheetId: spreadsheetId,
      });
      return json(res, 200, { ok: true, value: value === undefined ? null : value });
    } catch (error) {
      return json(res, 200, { ok: false, error: { message: clientErrorMessage(error) } });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'GET' && (path === '/' || path === '/Sidebar.html')) {
      return send(res, 200, 'text/html; charset=utf-8', page());
    }
    if (req.method === 'POST' && path === '/rpc') return rpc(req, res);
    if (req.method === 'POST' && path === '/host') {
      const body = JSON.parse((await readBody(req)) || '{}') as { call?: unknown };
      hostCalls.push({ call: String(body.call), at: new Date().toISOString() });
      return json(res, 200, { ok: true });
    }
    if (req.method === 'GET' && path === '/state') {
      return json(res, 200, { ...(options.state?.() ?? {}), hostCalls });
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    hostCalls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

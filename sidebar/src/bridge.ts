import type { SidebarApi } from '../../src/api/sidebar-api.ts';

/**
 * The typed promise bridge: the only way the sidebar talks to the server. Each server function
 * of `SidebarApi` becomes a method returning a promise of its (JSON) result.
 */
export type Bridge = {
  readonly [K in keyof SidebarApi]: (
    ...args: Parameters<SidebarApi[K]>
  ) => Promise<ReturnType<SidebarApi[K]>>;
};

/**
 * The part of `google.script.run` the bridge uses. Handlers are set per call; the runner returned
 * by `withFailureHandler` has one method per server function
 * (https://developers.google.com/apps-script/guides/html/reference/run).
 */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

/** A server failure, with the message Apps Script gave. */
export class ServerError extends Error {}
// On the prototype, not as a class field: an es2020 build turns a field into defineProperty
// helpers that cost the sidebar a third of a kilobyte.
ServerError.prototype.name = 'ServerError';

function toServerError(error: unknown): ServerError {
  if (error instanceof Error) return new ServerError(error.message);
  return new ServerError(typeof error === 'string' ? error : JSON.stringify(error));
}

export function createBridge(run: ScriptRunner): Bridge {
  const call =
    (name: string) =>
    (...args: unknown[]): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const runner = run
          .withSuccessHandler(resolve)
          .withFailureHandler((error) => reject(toServerError(error)));
        const fn = runner[name];
        if (typeof fn !== 'function') {
          reject(new ServerError(`Unknown server function: ${name}`));
          return;
        }
        fn.apply(runner, args);
      });
  // A Proxy is fine on this side: it wraps the runner, it is never enumerated.
  return new Proxy({} as Bridge, { get: (_target, name) => call(String(name)) });
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRunner } };
  }
}

/** The bridge over the page's `google.script.run`, or null outside Apps Script and the preview. */
export function pageBridge(): Bridge | null {
  const run = window.google?.script.run;
  return run ? createBridge(run) : null;
}

import type { ScriptRunner } from '../../sidebar/src/bridge.ts';
import type { SidebarApi } from '../../src/api/sidebar-api.ts';

export interface RecordedCall {
  readonly name: string;
  readonly args: unknown[];
}

type Handlers = {
  [K in keyof SidebarApi]?: (...args: Parameters<SidebarApi[K]>) => ReturnType<SidebarApi[K]>;
};

/**
 * A stand-in for `google.script.run`: a plain object with one key per server function, as the
 * real one is (https://developers.google.com/apps-script/guides/html/reference/run). Arguments
 * and results go through JSON like in Apps Script, and answers arrive asynchronously. A handler
 * that throws makes the call fail with that error, as a server exception does.
 */
export function fakeScriptRun(handlers: Handlers) {
  const calls: RecordedCall[] = [];
  const runner = (
    onSuccess: (v: unknown) => void,
    onFailure: (e: unknown) => void,
  ): ScriptRunner => {
    const functions: Record<string, unknown> = {};
    for (const [name, handler] of Object.entries(handlers)) {
      functions[name] = (...args: unknown[]) => {
        const sent = JSON.parse(JSON.stringify(args)) as unknown[];
        calls.push({ name, args: sent });
        setTimeout(() => {
          try {
            const result = (handler as (...a: unknown[]) => unknown)(...sent);
            onSuccess(result === undefined ? undefined : JSON.parse(JSON.stringify(result)));
          } catch (error) {
            onFailure(error);
          }
        }, 0);
      };
    }
    return {
      ...functions,
      withSuccessHandler: (handler: (v: unknown) => void) => runner(handler, onFailure),
      withFailureHandler: (handler: (e: unknown) => void) => runner(onSuccess, handler),
    };
  };
  const run = runner(
    () => undefined,
    () => undefined,
  );
  const names = () => calls.map((call) => call.name);
  return { run, calls, names };
}

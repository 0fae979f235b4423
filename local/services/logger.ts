/**
 * Logger (https://developers.google.com/apps-script/reference/base/logger) and the V8 `console`
 * (https://developers.google.com/apps-script/guides/logging): both write to the runtime's log,
 * which tests read; nothing goes to the process output unless the runtime is told to echo.
 *
 * Logger.getLog() returns this execution's Logger lines joined by newlines (the real log also
 * carries a timestamp prefix on each line; its format is not documented).
 */
import type { ExecutionContext, ServiceModule } from '../service-module.ts';

export interface LogEntry {
  readonly executionId: number;
  readonly functionName: string;
  readonly source: 'Logger' | 'console';
  readonly level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  readonly message: string;
  /** Clock time (ms). */
  readonly at: number;
}

function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]') {
    const e = value as Error;
    return `${e.name}: ${e.message}`;
  }
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.toString.call(value) !== '[object Date]'
  ) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** Logger.log(format, ...values) replaces %s placeholders in order. */
function formatLoggerMessage(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === 'string' && rest.length > 0 && first.includes('%s')) {
    let i = 0;
    return first.replace(/%s/g, () => render(rest[i++]));
  }
  return args.map(render).join(' ');
}

export class LogRecorder {
  readonly entries: LogEntry[] = [];
  echo = false;

  /** Messages only, optionally of one execution. */
  messages(executionId?: number): string[] {
    return this.entries
      .filter((e) => executionId === undefined || e.executionId === executionId)
      .map((e) => e.message);
  }

  record(
    ctx: ExecutionContext,
    source: LogEntry['source'],
    level: LogEntry['level'],
    message: string,
  ): void {
    const execution = ctx.kernel.execution;
    this.entries.push({
      executionId: execution?.id ?? 0,
      functionName: ctx.functionName,
      source,
      level,
      message,
      at: ctx.kernel.clock.now(),
    });
    if (this.echo) process.stderr.write(`[${ctx.functionName}] ${level}: ${message}\n`);
  }
}

export class LoggerModule implements ServiceModule {
  constructor(private readonly log: LogRecorder) {}

  globals(ctx: ExecutionContext): Record<string, unknown> {
    const { log } = this;
    const lines: string[] = [];
    const Logger = {
      log(...args: unknown[]) {
        ctx.kernel.call('Logger.log');
        const message = formatLoggerMessage(args);
        lines.push(message);
        log.record(ctx, 'Logger', 'info', message);
        return Logger;
      },
      getLog() {
        ctx.kernel.call('Logger.getLog');
        return lines.join('\n');
      },
      clear() {
        ctx.kernel.call('Logger.clear');
        lines.length = 0;
      },
      toString() {
        return 'Logger';
      },
    };
    const timers = new Map<string, number>();
    const emit =
      (level: LogEntry['level']) =>
      (...args: unknown[]) => {
        log.record(ctx, 'console', level, args.map(render).join(' '));
      };
    // console does not call a service: no kernel.call, no latency.
    const console = {
      log: emit('log'),
      info: emit('info'),
      warn: emit('warn'),
      error: emit('error'),
      debug: emit('debug'),
      time(label = 'default') {
        timers.set(String(label), ctx.kernel.clock.now());
      },
      timeEnd(label = 'default') {
        const start = timers.get(String(label));
        if (start === undefined) return;
        timers.delete(String(label));
        log.record(ctx, 'console', 'info', `${label}: ${ctx.kernel.clock.now() - start}ms`);
      },
    };
    return { Logger, console };
  }
}

/**
 * The heart of the offline runtime shared by every fake service: a controllable clock, per-method
 * call counters, the 6-minute execution cut and hooks for fault injection.
 *
 * Every fake service method starts with `kernel.call('Service.method')`: that counts the call,
 * advances the clock by the method's latency, enforces the execution time limit and runs the
 * hooks a test installed (e.g. "the user sorts the sheet before the 5th call").
 */

/** Apps Script stops a script after 6 minutes (https://developers.google.com/apps-script/guides/services/quotas#current_limitations). */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** Message of the error Apps Script raises at the execution time limit. */
export const EXECUTION_LIMIT_MESSAGE = 'Exceeded maximum execution time';

/**
 * Raised when an execution is cut (time limit or an injected cut). Once raised, every later
 * service call of the same execution raises it again, so a script that catches it cannot go on:
 * on Google's servers the execution is simply terminated.
 */
export class ExecutionCut extends Error {
  constructor(message = EXECUTION_LIMIT_MESSAGE) {
    super(message);
    this.name = 'Exception';
  }
}

export class Clock {
  #now: number;
  constructor(start: Date) {
    this.#now = start.getTime();
  }
  now(): number {
    return this.#now;
  }
  date(): Date {
    return new Date(this.#now);
  }
  set(date: Date): void {
    this.#now = date.getTime();
  }
  advance(ms: number): void {
    this.#now += ms;
  }
}

/** Typical latencies in ms of service calls, measured from experience, not documented by Google. */
export type LatencyTable = Readonly<Record<string, number>>;

export const DEFAULT_LATENCY_MS = 20;

export type CallHook = (method: string, callIndex: number) => void;

export interface ExecutionInfo {
  readonly id: number;
  readonly functionName: string;
  readonly startedAt: number;
  /** Number of service calls made so far in this execution. */
  calls: number;
  cut: boolean;
}

export class Kernel {
  readonly clock: Clock;
  readonly counters = new Map<string, number>();
  /** Value reads (getValues, getDisplayValues, ...) per tab name, to see which tabs a call read. */
  readonly tabReads = new Map<string, number>();
  /** Calls writing a tab's values (setValues), by tab. */
  readonly tabWrites = new Map<string, number>();
  /** Cells read or written by calls of many cells (Range.getValues, Range.setValues, ...). */
  readonly cells = new Map<string, number>();
  readonly latency: Map<string, number>;
  #hooks: CallHook[] = [];
  #execution: ExecutionInfo | null = null;
  #executionCount = 0;
  /** Cut the current execution when its call count reaches this number (fault injection). */
  cutAtCall: number | null = null;

  constructor(start: Date, latency: LatencyTable = {}) {
    this.clock = new Clock(start);
    this.latency = new Map(Object.entries(latency));
  }

  /** Called at the start of each fake service method. */
  call(method: string): void {
    const execution = this.#execution;
    if (execution?.cut) throw new ExecutionCut();
    this.counters.set(method, (this.counters.get(method) ?? 0) + 1);
    this.clock.advance(this.latency.get(method) ?? DEFAULT_LATENCY_MS);
    if (!execution) return;
    execution.calls += 1;
    for (const hook of this.#hooks) hook(method, execution.calls);
    if (this.cutAtCall !== null && execution.calls >= this.cutAtCall) {
      this.cutAtCall = null;
      execution.cut = true;
      throw new ExecutionCut('Execution cut (injected fault)');
    }
    if (this.clock.now() - execution.startedAt > EXECUTION_LIMIT_MS) {
      execution.cut = true;
      throw new ExecutionCut();
    }
  }

  /** Runs a hook on every service call of every execution until the returned function is called. */
  onCall(hook: CallHook): () => void {
    this.#hooks.push(hook);
    return () => {
      this.#hooks = this.#hooks.filter((h) => h !== hook);
    };
  }

  beginExecution(functionName: string): ExecutionInfo {
    this.#executionCount += 1;
    this.#execution = {
      id: this.#executionCount,
      functionName,
      startedAt: this.clock.now(),
      calls: 0,
      cut: false,
    };
    return this.#execution;
  }

  endExecution(): void {
    this.#execution = null;
  }

  get execution(): ExecutionInfo | null {
    return this.#execution;
  }

  count(method: string): number {
    return this.counters.get(method) ?? 0;
  }

  /** Sum of counters whose method name starts with `prefix` (e.g. `Range.getValues`, `SpreadsheetApp.`). */
  countPrefix(prefix: string): number {
    let total = 0;
    for (const [method, n] of this.counters) if (method.startsWith(prefix)) total += n;
    return total;
  }

  /** Records a read of a tab's values (counted by `call` already; this says which tab). */
  noteTabRead(tab: string): void {
    this.tabReads.set(tab, (this.tabReads.get(tab) ?? 0) + 1);
  }

  /** Records a write of a tab's values (counted by `call` already; this says which tab). */
  noteTabWrite(tab: string): void {
    this.tabWrites.set(tab, (this.tabWrites.get(tab) ?? 0) + 1);
  }

  /** Records the cells a call of `method` read or wrote, in `tab` if said (counted by `call` already). */
  noteCells(method: string, cells: number, tab?: string): void {
    for (const key of tab === undefined ? [method] : [method, `${method} ${tab}`])
      this.cells.set(key, (this.cells.get(key) ?? 0) + cells);
  }

  /** Cells read or written by `method` (in `tab` only, if said) since the counters were reset. */
  countCells(method: string, tab?: string): number {
    return this.cells.get(tab === undefined ? method : `${method} ${tab}`) ?? 0;
  }

  resetCounters(): void {
    this.counters.clear();
    this.tabReads.clear();
    this.tabWrites.clear();
    this.cells.clear();
  }
}

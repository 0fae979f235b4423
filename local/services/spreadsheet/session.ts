/**
 * What the SpreadsheetApp facades of one execution share: the execution context, the store, the
 * UI record, and the call accounting.
 */
import type { ExecutionContext } from '../../service-module.ts';
import type { UiRecorder } from '../html.ts';
import type { SpreadsheetStore } from './store.ts';

export class SheetsSession {
  constructor(
    readonly ctx: ExecutionContext,
    readonly store: SpreadsheetStore,
    readonly ui: UiRecorder,
  ) {}

  /**
   * Counts one call of `method` (advancing the clock by its latency) and, for reads and writes
   * of many cells, the extra per-cell latency `<method>/cell` of the latency table (and the
   * cells, by tab when `tab` is said, for the benchmark and the cost tests).
   */
  call(method: string, cells = 0, tab?: string): void {
    this.ctx.kernel.call(method);
    if (cells > 0) {
      this.ctx.kernel.noteCells(method, cells, tab);
      const perCell = this.ctx.kernel.latency.get(`${method}/cell`) ?? 0;
      if (perCell > 0) this.ctx.kernel.clock.advance(perCell * cells);
    }
  }

  error(message: string): Error {
    return this.ctx.newError(message);
  }
}

/**
 * What "Run now" previews must match what the run does first: a client someone answered for in
 * a reminder's thread, or to whom the user wrote by hand, since the last run is paused, and the
 * invoices of a reminder that bounced are held, before the run plans. The preview makes the same
 * Gmail search (exchange-pauses.ts, one click before a live send) and plans with the `paused` and
 * `held` rows the run would record; they are not written.
 */

import { PREVIEW_RUN_ID } from '../../core/log-entry.ts';
import type { DateConverter } from '../../gas/zoned-date.ts';
import { exchangePauseRows } from '../run/exchange-pauses.ts';
import { quoteDocuments } from '../run/run-notes.ts';
import type { SidebarSnapshot } from './sidebar-snapshot.ts';

/**
 * `snapshot` with the rows of recent exchanges added to its log; unchanged when there are none
 * or Gmail cannot be asked (the run asks again before it sends anything).
 */
export function withRecentExchanges(
  snapshot: SidebarSnapshot,
  toDay: DateConverter,
): SidebarSnapshot {
  let pauses: ReturnType<typeof exchangePauseRows>;
  try {
    pauses = exchangePauseRows({
      invoices: [...snapshot.invoices, ...(snapshot.notes ? quoteDocuments(snapshot.notes) : [])],
      entries: snapshot.log,
      settings: snapshot.settings,
      toDay,
      today: snapshot.today,
      runId: PREVIEW_RUN_ID,
      at: () => new Date().toISOString(),
    });
  } catch {
    return snapshot;
  }
  if (pauses.length === 0) return snapshot;
  // A new object over the snapshot, not a copy: a spread would call its lazy getters (the
  // trigger, the user's address), each a service call this preview does not need.
  return Object.create(snapshot, {
    log: { value: [...snapshot.log, ...pauses], enumerable: true },
  }) as SidebarSnapshot;
}

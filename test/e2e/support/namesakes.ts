/** Two clients typed with one name, Jean Martin, at two addresses: two people for Relance. */
import { book, d, type Scenario, scenario } from './world.ts';

export const ORANGE = 'jean.martin@orange.fr';
export const FREE = 'jmartin@free.fr';

/** Both reminded on Monday 2 March; the thread of the orange.fr one's reminder. */
export function jeanMartinsReminded(): { s: Scenario; thread: string } {
  const s = scenario({
    rows: book([
      ['F-2026-041', 'Jean Martin', ORANGE, 480, d('2026-02-26')],
      ['F-2026-042', 'Jean Martin', FREE, 960, d('2026-02-26')],
    ]),
  });
  s.at('2026-03-02');
  s.trigger();
  const thread =
    s.logRows().find((r) => r.outcome === 'sent' && r.invoices === 'F-2026-041')?.thread ?? '';
  return { s, thread };
}

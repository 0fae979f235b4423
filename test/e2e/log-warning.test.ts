/**
 * The log is the evidence of what was sent: a row deleted by hand is a reminder the next run
 * believes never went. Sheets warns anyone who edits it by hand (a warning-only protection, put
 * once per document), and never stands in the way of Relance's own writes.
 */
import { describe, expect, it } from 'vitest';
import { book, d, logged, type Scenario, scenario, tabData } from './support/world.ts';

const ROWS = book([
  ['F-2026-014', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1200, d('2026-02-26')],
]);

const tab = tabData;

/** A book set up by a version that did not protect its log. */
function olderBook(s: Scenario): void {
  delete tab(s, 'Relance · journal').protection;
  const books = s.runtime.spreadsheets;
  const setup = JSON.parse(books.metadataValue(s.spreadsheetId, 'relance.setup') ?? '{}');
  delete setup.logWarningSheetId;
  books.setMetadataValue(s.spreadsheetId, 'relance.setup', JSON.stringify(setup));
}

describe('the warning before a hand edit of the log', () => {
  it('is put on the log set-up creates, in the user’s language, and on no other tab', () => {
    const s = scenario({ rows: ROWS });
    expect(tab(s, 'Relance · journal').protection).toEqual({
      warningOnly: true,
      description:
        'Journal de Relance : la trace de ce qui a été envoyé. Modifier ou supprimer une ligne peut faire repartir une relance.',
    });
    expect(tab(s, 'Factures').protection).toBeUndefined();
    expect(tab(s, 'Relance · modèles').protection).toBeUndefined();
  });

  it('is put on an older book’s log by its first run, which still sends, and never asked again', () => {
    const s = scenario({ rows: ROWS });
    olderBook(s);
    s.at('2026-03-02');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    expect(tab(s, 'Relance · journal').protection?.warningOnly).toBe(true);
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    s.at('2026-03-03');
    s.trigger();
    expect(kernel.count('Sheet.getProtections') + kernel.count('Sheet.protect')).toBe(0);
  });

  it('leaves a log the user protected themselves as they protected it', () => {
    const s = scenario({ rows: ROWS });
    olderBook(s);
    tab(s, 'Relance · journal').protection = { description: 'Moi seule', warningOnly: false };
    s.at('2026-03-02');
    s.trigger();
    expect(tab(s, 'Relance · journal').protection).toEqual({
      description: 'Moi seule',
      warningOnly: false,
    });
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
  });

  it('is not put back once the user removed it', () => {
    const s = scenario({ rows: ROWS });
    delete tab(s, 'Relance · journal').protection;
    s.at('2026-03-02');
    s.trigger();
    s.inDoc('setUpRelance');
    expect(tab(s, 'Relance · journal').protection).toBeUndefined();
  });

  it('is put again on a log tab set-up creates after the first was deleted', () => {
    const s = scenario({ rows: ROWS });
    s.at('2026-03-02');
    s.trigger();
    const book_ = s.runtime.spreadsheets.get(s.spreadsheetId);
    book_.sheets = book_.sheets.filter((t) => !t.name.startsWith('Relance · journal'));
    s.inDoc('setUpRelance');
    expect(tab(s, 'Relance · journal').protection?.warningOnly).toBe(true);
  });
});

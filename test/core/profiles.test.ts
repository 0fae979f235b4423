import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/core/history.ts';
import type { Invoice } from '../../src/core/invoice.ts';
import type { LogEntry } from '../../src/core/log-entry.ts';
import { buildProfiles, invoiceSegment } from '../../src/core/profiles.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { day, invoice, logRow } from './fixtures/invoices.ts';

const today = day('2026-03-16');

function profiles(invoices: readonly Invoice[], log: readonly LogEntry[] = []) {
  return buildProfiles(
    invoices,
    readHistory(log, { countTestSends: false }),
    DEFAULT_SETTINGS,
    today,
  );
}

/** Paid invoices of one client, each `late` days after its due date. */
function paidHistory(
  client: string,
  lateDays: readonly number[],
  amountCents = 100_000,
): Invoice[] {
  return lateDays.map((late, i) => {
    const due = day(`2025-${String(i + 5).padStart(2, '0')}-10`);
    const paid = new Date(
      Date.UTC(Number(due.slice(0, 4)), Number(due.slice(5, 7)) - 1, 10 + late),
    );
    return invoice({
      number: `F-2025-${client.slice(0, 3).toUpperCase()}-${i + 1}`,
      client,
      dueDate: due,
      issueDate: `2025-${String(i + 4).padStart(2, '0')}-10`,
      paidDate: paid.toISOString().slice(0, 10),
      amountCents,
    });
  });
}

describe('client segments from payment history', () => {
  it('calls a client with no paid invoice new', () => {
    const open = invoice({ number: 'F-2026-001', client: 'Atelier Brun', dueDate: '2026-03-20' });
    expect(profiles([open]).get('atelier brun')).toMatchObject({
      segment: 'new',
      stats: { paidCount: 0, lateShare: 0, averageDaysLate: 0 },
    });
  });

  it('calls a client punctual when payments arrive within the 2-day grace', () => {
    const p = profiles(paidHistory('Studio Nord', [0, -2, 2, 1])).get('studio nord');
    expect(p?.segment).toBe('punctual');
    expect(p?.stats).toMatchObject({ paidCount: 4, lateShare: 0, averageDaysLate: 0.75 });
  });

  it('calls a client occasionally late between punctual and chronic', () => {
    const p = profiles(paidHistory('Maison Dupuis', [0, 12, 0, 1, 0])).get('maison dupuis');
    expect(p?.stats.lateShare).toBeCloseTo(0.2);
    expect(p?.segment).toBe('occasional');
  });

  it('calls a client chronic when half of the invoices were late', () => {
    expect(
      profiles(paidHistory('Agence Horizon', [5, 0, 9, 1])).get('agence horizon')?.segment,
    ).toBe('chronic');
  });

  it('calls a client chronic when the average delay reaches 15 days', () => {
    const p = profiles(paidHistory('Garage Petit', [0, 0, 0, 60])).get('garage petit');
    expect(p?.stats.averageDaysLate).toBe(15);
    expect(p?.segment).toBe('chronic');
  });

  it('calls a client high risk when an invoice is more than 60 days overdue', () => {
    const old = invoice({ number: 'F-2026-002', client: 'Studio Nord', dueDate: '2026-01-14' });
    const book = [...paidHistory('Studio Nord', [0, 0, 0]), old];
    expect(profiles(book).get('studio nord')?.segment).toBe('high_risk');
    const notYet = invoice({ number: 'F-2026-002', client: 'Studio Nord', dueDate: '2026-01-15' });
    expect(
      profiles([...paidHistory('Studio Nord', [0, 0, 0]), notYet]).get('studio nord')?.segment,
    ).toBe('punctual');
  });

  it('calls a client high risk after a formal notice, even once paid', () => {
    const log = [
      logRow({
        date: '2025-09-01',
        outcome: 'drafted',
        stage: 'notice',
        clientKey: 'studio nord',
        invoiceNumbers: ['F-2025-STU-1'],
      }),
    ];
    expect(profiles(paidHistory('Studio Nord', [0, 0]), log).get('studio nord')?.segment).toBe(
      'high_risk',
    );
  });

  it('ignores disputed and cancelled invoices when judging lateness', () => {
    const disputed = invoice({
      number: 'F-2025-090',
      client: 'Studio Nord',
      dueDate: '2025-10-01',
      status: 'disputed',
    });
    expect(
      profiles([...paidHistory('Studio Nord', [0]), disputed]).get('studio nord')?.segment,
    ).toBe('punctual');
  });
});

describe('key accounts', () => {
  it('flags a client with at least 20% of the last 12 months’ billing', () => {
    const book = [
      ...paidHistory('Agence Horizon', [0, 0, 0], 300_000),
      ...paidHistory('Studio Nord', [0, 0, 0], 100_000),
      ...paidHistory('Maison Dupuis', [0, 0, 0], 100_000),
      ...paidHistory('Atelier Brun', [0, 0, 0], 100_000),
      ...paidHistory('Garage Petit', [0, 0, 0], 70_000),
    ];
    const p = profiles(book);
    expect(p.get('agence horizon')?.keyAccount).toBe(true);
    expect(p.get('agence horizon')?.stats.billed12mCents).toBe(900_000);
    expect(p.get('studio nord')?.keyAccount).toBe(false);
    expect(p.get('garage petit')?.keyAccount).toBe(false);
  });

  it('counts only invoices issued within the 12 months before today', () => {
    const old = invoice({
      number: 'F-2024-100',
      client: 'Studio Nord',
      dueDate: '2025-03-20',
      issueDate: '2025-03-16',
      amountCents: 999_999,
    });
    const recent = invoice({
      number: 'F-2026-001',
      client: 'Studio Nord',
      dueDate: '2026-04-20',
      issueDate: '2026-03-17',
      amountCents: 1,
    });
    expect(profiles([old, recent]).get('studio nord')?.stats.billed12mCents).toBe(0);
  });
});

describe('invoiceSegment', () => {
  it('lets a row override the client’s segment for that invoice only', () => {
    const book = paidHistory('Studio Nord', [0, 0, 0]);
    const special = invoice({
      number: 'F-2026-010',
      client: 'Studio Nord',
      dueDate: '2026-04-01',
      segmentOverride: 'chronic',
    });
    const regular = invoice({ number: 'F-2026-011', client: 'Studio Nord', dueDate: '2026-04-01' });
    const p = profiles([...book, special, regular]);
    expect(invoiceSegment(special, p)).toBe('chronic');
    expect(invoiceSegment(regular, p)).toBe('punctual');
  });
});

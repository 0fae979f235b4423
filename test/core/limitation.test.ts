import { describe, expect, it } from 'vitest';
import { limitationOf, timeBarred } from '../../src/core/limitation.ts';
import type { Settings } from '../../src/core/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { day, invoice } from './fixtures/invoices.ts';

const france: Settings = DEFAULT_SETTINGS;
const england: Settings = { ...DEFAULT_SETTINGS, establishment: 'GB', country: 'GB' };

describe('limitation periods of an unpaid invoice', () => {
  it('gives a French consumer claim two years from the due date when the invoice date is not given (L218-2)', () => {
    const durand = invoice({
      number: 'F-2023-140',
      client: 'Paul Durand',
      dueDate: '2023-11-30',
      customerKind: 'b2c',
    });
    expect(limitationOf(durand, france)).toEqual({
      rule: 'fr_consumer',
      years: 2,
      from: '2023-11-30',
      // The period ends with 30 November 2025 (the first day is not counted: Code civil 2228-2229).
      barredFrom: '2025-12-01',
    });
    expect(timeBarred(durand, day('2025-11-30'), france)).toBeNull();
    expect(timeBarred(durand, day('2025-12-01'), france)?.rule).toBe('fr_consumer');
  });

  it('answers for the settings it is asked with, whatever it answered the same invoice before', () => {
    const durand = invoice({
      number: 'F-2021-077',
      client: 'Paul Durand',
      dueDate: '2021-05-31',
      customerKind: 'b2c',
    });
    expect(limitationOf(durand, france)?.rule).toBe('fr_consumer');
    expect(limitationOf(durand, england)).toMatchObject({ rule: 'uk_contract', years: 6 });
    expect(limitationOf(durand, france)?.rule).toBe('fr_consumer');
  });

  it('counts from the invoice date when the row gives one: the earlier day, to be safe', () => {
    const inv = invoice({
      number: 'F-2024-031',
      client: 'Léa Fontaine',
      issueDate: '2024-03-01',
      dueDate: '2024-03-31',
      customerKind: 'b2c',
    });
    expect(limitationOf(inv, france)?.barredFrom).toBe('2026-03-02');
  });

  it('gives a claim between French businesses five years (L110-4, Code civil 2224)', () => {
    const inv = invoice({ number: 'F-2021-210', client: 'Atelier Brun', dueDate: '2021-06-30' });
    expect(limitationOf(inv, france)).toMatchObject({ rule: 'fr_business', years: 5 });
    expect(timeBarred(inv, day('2026-06-30'), france)).toBeNull();
    expect(timeBarred(inv, day('2026-07-01'), france)?.barredFrom).toBe('2026-07-01');
  });

  it('gives a claim on a French public body four years from 1 January after the year it arose (loi 68-1250)', () => {
    const inv = invoice({
      number: 'F-2021-088',
      client: 'Mairie de Villeurbanne',
      issueDate: '2021-11-15',
      dueDate: '2021-12-15',
      customerKind: 'public',
    });
    // 1 January 2022 to 31 December 2025: time-barred from 1 January 2026.
    expect(limitationOf(inv, france)).toMatchObject({ rule: 'fr_public', years: 4 });
    expect(timeBarred(inv, day('2025-12-31'), france)).toBeNull();
    expect(timeBarred(inv, day('2026-01-01'), france)?.barredFrom).toBe('2026-01-01');
  });

  it('gives a French client of unknown kind the consumer’s two years, as they may be one', () => {
    const inv = invoice({
      number: 'F-2023-150',
      client: 'Jeanne Martin',
      dueDate: '2023-12-15',
      customerKind: 'unknown',
    });
    expect(limitationOf(inv, france)).toMatchObject({ rule: 'fr_unknown_kind', years: 2 });
  });

  it('gives an English contract claim six years, whatever the client (Limitation Act 1980 s. 5)', () => {
    const inv = invoice({
      number: 'INV-2019-044',
      client: 'Oliver Hughes',
      dueDate: '2020-02-29',
      currency: 'GBP',
      customerKind: 'b2c',
    });
    // 29 February has no anniversary in 2026: the earlier day, 28 February, closes the period.
    expect(limitationOf(inv, england)).toMatchObject({
      rule: 'uk_contract',
      years: 6,
      barredFrom: '2026-03-01',
    });
  });

  it('follows a row’s chosen law, and assumes nothing for a law it does not model', () => {
    const berlin = invoice({
      number: 'F-2019-007',
      client: 'Werkstatt Berlin GmbH',
      dueDate: '2019-01-31',
      governingLaw: 'DE',
    });
    expect(limitationOf(berlin, france)).toBeNull();
    expect(timeBarred(berlin, day('2026-03-02'), france)).toBeNull();
    const london = invoice({ ...berlin, dueDate: '2019-01-31', governingLaw: 'GB' });
    expect(limitationOf(london, france)?.rule).toBe('uk_contract');
  });
});

describe('what the sheet records of an acknowledgment of the debt', () => {
  const consumerInvoice = {
    number: 'F-2024-031',
    client: 'Léa Fontaine',
    issueDate: day('2024-03-01'),
    dueDate: day('2024-03-31'),
    customerKind: 'b2c',
    amountCents: 100_000,
  } as const;

  it('restarts the period from a payment on account (Code civil 2240)', () => {
    // Léa paid €300 of €1,000 on 10 September 2025: two years from then.
    const partlyPaid = invoice({
      ...consumerInvoice,
      amountPaidCents: 30_000,
      paidDate: day('2025-09-10'),
    });
    expect(timeBarred(partlyPaid, day('2026-03-10'), DEFAULT_SETTINGS)).toBeNull();
    expect(limitationOf(partlyPaid, DEFAULT_SETTINGS)?.barredFrom).toBe('2027-09-11');
  });

  it('restarts it from a promise to pay', () => {
    const promised = invoice({ ...consumerInvoice, promiseDate: day('2025-12-15') });
    expect(timeBarred(promised, day('2026-03-10'), DEFAULT_SETTINGS)).toBeNull();
  });

  it('does not restart it without one', () => {
    expect(
      timeBarred(invoice(consumerInvoice), day('2026-03-10'), DEFAULT_SETTINGS),
    ).not.toBeNull();
  });
});

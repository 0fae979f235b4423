/**
 * The law of the freelancer's establishment governs the late-payment claim and the formal notice,
 * seen through the compiled bundle: a UK freelancer's English notice to a UK client is a letter
 * before action with the 1998 Act's interest and fixed sum and no French procedure; a French
 * freelancer's German business client gets the French rule (ECB + 10, €40).
 */
import { describe, expect, it } from 'vitest';
import { TYPED_HEADERS } from './support/typed-rows.ts';
import { d, everyDay, logged, scenario } from './support/world.ts';

describe('formal notice under the governing law', () => {
  it('a UK freelancer’s English notice to a UK client cites the 1998 Act and no French procedure', () => {
    const s = scenario({
      rows: [
        TYPED_HEADERS,
        [
          'INV-2025-031',
          'Northwind Design Ltd',
          'accounts@northwind.co.uk',
          10000,
          'GBP',
          d('2025-09-30'),
          'English',
          'UK',
          'Business',
        ],
      ],
      start: '2025-10-01T06:00:00Z',
      settings: { establishment: 'GB', country: 'GB', language: 'en' },
    });
    // One stage at a time: r1 on 3 Oct, r2 on 10 Oct, r3 on 24 Oct, the call on 30 Oct; the
    // notice at +45, 14 November.
    everyDay(s, '2025-10-01', '2025-11-13');
    s.at('2025-11-14');
    s.trigger();
    expect(logged(s, 'drafted')).toEqual(['INV-2025-031:notice']);
    const draft = s.mailbox.drafts()[0];
    const text = draft?.text ?? '';
    expect(draft?.subject).toMatch(/^Letter before action – invoice INV-2025-031/);
    expect(text).toContain('Late Payment of Commercial Debts (Interest) Act 1998');
    // 10,000 × 12.25% (Bank Rate 4.25% on 30 June 2025 + 8) × 45 days (1 Oct–14 Nov) / 365 = 151.03
    expect(text).toContain(
      'at the annual rate of 12.25% (Bank of England base rate 4.25% + 8 points): £151.03 as of 14 November 2025',
    );
    expect(text).toContain('£100.00');
    expect(text).toContain('within 14 days of receiving this letter');
    expect(text).not.toMatch(/mise en demeure|injonction|French|Code de commerce|L441/i);
  });

  it('a French freelancer’s German business client gets the French rule: ECB + 10 and €40', () => {
    const s = scenario({
      rows: [
        TYPED_HEADERS,
        [
          'F-2026-070',
          'Werkstatt Berlin GmbH',
          'buchhaltung@werkstatt.de',
          1000,
          'EUR',
          d('2026-01-31'),
          'Français',
          'DE',
          'Entreprise',
        ],
      ],
      start: '2026-02-01T06:00:00Z',
    });
    // r3 for the standard schedule is at +24: 24 February 2026, after r1 and r2 (one stage at a
    // time).
    everyDay(s, '2026-02-01', '2026-02-23');
    s.at('2026-02-24');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-070:r1', 'F-2026-070:r2', 'F-2026-070:r3']);
    const text = s.sent().at(-1)?.text ?? '';
    expect(text).toMatch(/au taux annuel de 12,15\s%\s\(taux BCE 2,15\s%\s\+ 10 points\)/);
    expect(text).toMatch(/40,00\s€/);
  });
});

describe('contract rate', () => {
  it('refuses to save a French contract rate below 3 × the legal rate, with the floor', () => {
    const s = scenario({
      rows: [
        TYPED_HEADERS,
        [
          'F-2026-071',
          'Studio Nord',
          'compta@studio-nord.fr',
          500,
          'EUR',
          d('2026-03-31'),
          'Français',
          'FR',
          'Entreprise',
        ],
      ],
      start: '2026-03-02T07:00:00Z',
    });
    const refused = s.sidebar('saveSettings', {
      ...s.settings(),
      lateFees: { contractRatePercent: 5, rates: [] },
    }) as { ok: boolean; errors: { path: string; message: { fr: string } }[] };
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]?.path).toBe('lateFees.contractRatePercent');
    expect(refused.errors[0]?.message.fr).toContain('7,86 %');
    s.saveSettings({ lateFees: { contractRatePercent: 12, rates: [] } });
    expect(s.settings().lateFees).toMatchObject({ contractRatePercent: 12 });
  });
});

/**
 * French public purchasers (docs/late-payment-law.md, "Public purchasers"), through the compiled
 * bundle: a row typed « administration » is claimed the public procurement code's interest (ECB
 * rate of the half-year in which interest started + 8 points, R2192-31) and €40 (L2192-13,
 * D2192-35), not the Code de commerce's, and its formal notice names no injonction de payer.
 */
import { describe, expect, it } from 'vitest';
import { TYPED_HEADERS, typedRow } from './support/typed-rows.ts';
import { everyDay, logged, scenario } from './support/world.ts';

describe('a French public purchaser (Type « administration »)', () => {
  it('is claimed ECB + 8 under the public procurement code, not ECB + 10, and no injonction de payer', () => {
    const s = scenario({
      rows: [
        TYPED_HEADERS,
        typedRow(
          'F-2026-090',
          'Mairie de Villeurbanne',
          'comptabilite@mairie-villeurbanne.fr',
          1200,
          '2026-01-31',
          'administration',
        ),
      ],
      start: '2026-02-01T06:00:00Z',
    });
    everyDay(s, '2026-02-01', '2026-03-20');
    expect(logged(s, 'sent')).toEqual(['F-2026-090:r1', 'F-2026-090:r2', 'F-2026-090:r3']);
    const r3 = s.sent().at(-1)?.text ?? '';
    expect(r3).not.toContain('L441-10');
    expect(r3).not.toMatch(/12,15\s%/);
    // 1,200 × 10.15% (ECB 2.15 on 1 January 2026 + 8) × 24 days (1–24 February) / 365 = 8.01
    expect(r3).toMatch(
      /Conformément à l’article L2192-13 du Code de la commande publique, des intérêts de retard sont dus au taux annuel de 10,15\s%\s\(taux BCE 2,15\s%\s\+ 8 points\)/,
    );
    expect(r3).toMatch(/8,01\s€/);
    expect(r3).toMatch(/D2192-35 du Code de la commande publique[^.]*40,00\s€/);
    expect(logged(s, 'drafted')).toEqual(['F-2026-090:notice']);
    const notice = s.mailbox.drafts()[0]?.text ?? '';
    expect(notice).toMatch(/Mise en demeure de payer/);
    expect(notice).toMatch(/40,00\s€/);
    expect(notice).not.toMatch(/injonction de payer/);
    expect(notice).toMatch(/je saisirai la juridiction compétente pour obtenir le paiement/);
  });
});

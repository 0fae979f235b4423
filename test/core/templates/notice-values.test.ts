import { describe, expect, it } from 'vitest';
import type { AppliedRate } from '../../../src/core/late-fees.ts';
import type { RenderContext } from '../../../src/core/templates/render-context.ts';
import { renderMessage } from '../../../src/core/templates/render-message.ts';
import { day, englishUK, frenchB2B, frenchConsumer, row } from './fixtures.ts';

const NBSP = '\u00a0';

function text(body: string, context: RenderContext): string {
  const result = renderMessage(
    row({ subject: 'Objet', body, language: context.language }),
    context,
  );
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('\n'));
  return result.text;
}

const ecb = (from: string, to: string, reference: number): AppliedRate => ({
  from: day(from),
  to: day(to),
  days: 1,
  percent: reference + 10,
  basis: {
    kind: 'reference',
    series: 'ecb_mro',
    referencePercent: reference,
    marginPoints: 10,
    roundedUpToHalf: false,
  },
});

/** The French agency's invoices, with the rates the fee module applied. */
function withRates(context: RenderContext, rates: readonly AppliedRate[]): RenderContext {
  return {
    ...context,
    invoices: context.invoices.map((i) =>
      i.lateFees ? { ...i, lateFees: { ...i.lateFees, ratePercents: rates } } : i,
    ),
  };
}

describe('the rate is stated wherever interest is claimed', () => {
  it('names the rate and what it is made of, to a stated date', () => {
    const context = withRates(frenchB2B, [ecb('2026-03-13', '2026-04-20', 2.15)]);
    expect(text('{{late_interest_sentence}}', context)).toBe(
      `Conformément à l’article L441-10 du Code de commerce, des intérêts de retard sont dus au taux annuel de 12,15${NBSP}% (taux BCE 2,15${NBSP}% + 10 points)${NBSP}: ils s’élèvent à 25,48${NBSP}€ au 20 avril 2026 et continuent de courir jusqu’au complet paiement.`,
    );
  });

  it('lists each rate of a delay across half-years', () => {
    const context = withRates({ ...englishUK, jurisdiction: 'fr_b2b', legalSystem: 'fr' }, [
      ecb('2024-12-02', '2024-12-31', 4.25),
      ecb('2025-01-01', '2025-01-31', 3.15),
    ]);
    expect(text('{{late_interest_sentence}}', context)).toContain(
      'at the annual rates of 14.25% (ECB rate 4.25% + 10 points) then 13.15% (ECB rate 3.15% + 10 points), by half-year: £39.00 as of 20 April 2026',
    );
  });

  it('writes the Belgian rounding and the UK base rate', () => {
    const belgian: AppliedRate = {
      ...ecb('2026-02-01', '2026-03-02', 2.15),
      percent: 10.5,
      basis: {
        kind: 'reference',
        series: 'ecb_mro',
        referencePercent: 2.15,
        marginPoints: 8,
        roundedUpToHalf: true,
      },
    };
    expect(
      text(
        '{{late_interest_sentence}}',
        withRates({ ...frenchB2B, jurisdiction: 'be_b2b' }, [belgian]),
      ),
    ).toContain(
      `au taux annuel de 10,50${NBSP}% (taux BCE 2,15${NBSP}% + 8 points, arrondi au demi-point supérieur)`,
    );
    const uk: AppliedRate = {
      ...ecb('2025-10-01', '2026-03-15', 4.25),
      percent: 12.25,
      basis: {
        kind: 'reference',
        series: 'boe_base',
        referencePercent: 4.25,
        marginPoints: 8,
        roundedUpToHalf: false,
      },
    };
    expect(text('{{late_interest_sentence}}', withRates(englishUK, [uk]))).toContain(
      'at the annual rate of 12.25% (Bank of England base rate 4.25% + 8 points)',
    );
  });
});

describe('formal notice parts by legal system', () => {
  it('France: the deadline runs from receipt and the demand adds interest and indemnity to the principal', () => {
    expect(text('{{notice_demand}}', frenchB2B)).toBe(
      `Par la présente, je vous mets en demeure de me régler, sous huit jours à compter de la réception de la présente, la somme de 3\u202f025,60${NBSP}€ en principal, augmentée des intérêts de retard et de l’indemnité forfaitaire détaillés ci-dessous, soit au total 3\u202f171,08${NBSP}€ au 20 avril 2026.`,
    );
  });

  it('France: with an unknown rate the demand claims interest "due by law" and no made-up total', () => {
    const unknown: RenderContext = {
      ...frenchB2B,
      invoices: frenchB2B.invoices.map((i) => ({
        ...i,
        lateFees: i.lateFees ? { ...i.lateFees, interestCents: null } : null,
      })),
    };
    const demand = text('{{notice_demand}}', unknown);
    expect(demand).toContain(
      'augmentée des intérêts de retard dus selon la loi et de l’indemnité forfaitaire indiquée ci-dessous.',
    );
    expect(demand).not.toContain('au total');
  });

  it('UK individual: letter before action under the Pre-Action Protocol, 30 days, Reply Form', () => {
    const individual: RenderContext = {
      ...englishUK,
      consumerDebtor: true,
      legalSystem: 'uk',
      jurisdiction: 'none',
      invoices: englishUK.invoices.map((i) => ({ ...i, lateFees: null })),
    };
    expect(text('{{notice_demand}}', individual)).toBe(
      'I am writing about the sum of £2,850.00 you owe me. Please pay it, or reply using the enclosed Reply Form, within 30 days of receiving this letter.',
    );
    expect(text('{{notice_next_step}}', individual)).toMatch(
      /^This letter is sent under the Pre-Action Protocol for Debt Claims\./,
    );
    expect(text('{{notice_sending_note}}', individual)).toContain(
      'Information Sheet, Reply Form and Financial Statement',
    );
  });

  it('UK business: 1998 Act interest and fixed sum claimed, 14 days', () => {
    expect(text('{{notice_demand}}', englishUK)).toBe(
      'I am writing about the sum of £2,850.00 you owe me, plus the late-payment interest and the fixed compensation set out below: £2,959.00 in all as of 20 April 2026. Please pay it within 14 days of receiving this letter.',
    );
  });

  it('a French-language letter for a UK freelancer stays a letter before action', () => {
    expect(text('{{notice_title}}', { ...frenchConsumer, legalSystem: 'uk' })).toBe(
      'Lettre avant action en justice (letter before action)',
    );
  });
});

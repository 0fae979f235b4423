import type { Language } from '../invoice.ts';
import type { AppliedRate, RateBasis } from '../late-fees.ts';
import { mailSentence } from './mail-sentence.ts';
import { NBSP } from './money-format.ts';

/**
 * How a claimed rate is written, with what it is made of, so the reader can check it:
 * `12,15 % (taux BCE 2,15 % + 10 points)` / `12.15% (ECB rate 2.15% + 10 points)`.
 */
export function rateWording(percent: number, basis: RateBasis | null, language: Language): string {
  const p = formatPercent(percent, language);
  if (basis === null) return p;
  switch (basis.kind) {
    case 'contract':
      return `${p} (${mailSentence(language, 'rateContract')})`;
    case 'legal':
      return `${p} (${mailSentence(language, 'rateLegal')})`;
    case 'reference': {
      const reference = `${seriesLabel(basis.series, language)} ${formatPercent(basis.referencePercent, language)}`;
      const rounding = basis.roundedUpToHalf ? mailSentence(language, 'rateRoundedUp') : '';
      return `${p} (${reference} + ${basis.marginPoints} points${rounding})`;
    }
  }
}

/**
 * The distinct rates of the stretches being claimed, in order: one rate gives
 * `au taux annuel de …`, several (a delay across half-years) `aux taux annuels de … puis …`.
 */
export function ratesPhrase(rates: readonly AppliedRate[], language: Language): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const rate of rates) {
    if (rate.percent === null) continue;
    const text = rateWording(rate.percent, rate.basis, language);
    if (seen.has(text)) continue;
    seen.add(text);
    words.push(text);
  }
  if (words.length === 0) return '';
  return words.length === 1
    ? mailSentence(language, 'rateAnnual', { rate: words[0] ?? '' })
    : mailSentence(language, 'ratesAnnual', {
        rates: words.join(mailSentence(language, 'rateThen')),
      });
}

/** `12,15 %` (no-break space, French typography) / `12.15%`. Trailing zeros of decimals kept. */
export function formatPercent(percent: number, language: Language): string {
  const text = Number.isInteger(percent) ? String(percent) : percent.toFixed(2);
  return language === 'fr' ? `${text.replace('.', ',')}${NBSP}%` : `${text}%`;
}

function seriesLabel(series: string, language: Language): string {
  return mailSentence(
    language,
    series === 'ecb_mro' || series === 'boe_base' || series === 'de_basis'
      ? `rate_${series}`
      : 'rateCentralBank',
  );
}

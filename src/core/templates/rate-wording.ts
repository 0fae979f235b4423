import type { Language } from '../invoice.ts';
import type { AppliedRate, RateBasis } from '../late-fees.ts';
import { NBSP } from './money-format.ts';

/**
 * How a claimed rate is written, with what it is made of, so the reader can check it:
 * `12,15 % (taux BCE 2,15 % + 10 points)` / `12.15% (ECB rate 2.15% + 10 points)`.
 */
export function rateWording(percent: number, basis: RateBasis | null, language: Language): string {
  const p = formatPercent(percent, language);
  if (basis === null) return p;
  const fr = language === 'fr';
  switch (basis.kind) {
    case 'contract':
      return `${p} (${fr ? 'taux contractuel' : 'contractual rate'})`;
    case 'legal':
      return `${p} (${fr ? 'taux de l’intérêt légal' : 'French statutory interest rate'})`;
    case 'reference': {
      const reference = `${seriesLabel(basis.series, language)} ${formatPercent(basis.referencePercent, language)}`;
      const rounding = basis.roundedUpToHalf
        ? fr
          ? ', arrondi au demi-point supérieur'
          : ', rounded up to the next half point'
        : '';
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
  if (language === 'fr') {
    return words.length === 1
      ? `au taux annuel de ${words[0]}`
      : `aux taux annuels de ${words.join(' puis ')}, selon le semestre`;
  }
  return words.length === 1
    ? `at the annual rate of ${words[0]}`
    : `at the annual rates of ${words.join(' then ')}, by half-year`;
}

/** `12,15 %` (no-break space, French typography) / `12.15%`. Trailing zeros of decimals kept. */
export function formatPercent(percent: number, language: Language): string {
  const text = Number.isInteger(percent) ? String(percent) : percent.toFixed(2);
  return language === 'fr' ? `${text.replace('.', ',')}${NBSP}%` : `${text}%`;
}

function seriesLabel(series: string, language: Language): string {
  const fr = language === 'fr';
  switch (series) {
    case 'ecb_mro':
      return fr ? 'taux BCE' : 'ECB rate';
    case 'boe_base':
      return fr ? 'taux de base de la Banque d’Angleterre' : 'Bank of England base rate';
    case 'de_basis':
      return fr ? 'taux de base de la Bundesbank' : 'Bundesbank base rate';
    default:
      return fr ? 'taux de la banque centrale' : 'central bank rate';
  }
}

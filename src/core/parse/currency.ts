/**
 * Active ISO 4217 codes (without funds and precious metals), so `EUR`, `chf` or `Usd` are read
 * and a typo such as `EUE` is not taken for a currency.
 */
const ISO_CODES = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP ' +
    'BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
    'GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR ' +
    'KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK ' +
    'MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR ' +
    'SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS ' +
    'UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL'
  ).split(' '),
);

/** Symbols and words, lower case, without spaces or dots. `$` alone is resolved by the caller. */
const NAMES: Readonly<Record<string, string>> = {
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  livre: 'GBP',
  livres: 'GBP',
  livresterling: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  us$: 'USD',
  usd$: 'USD',
  ca$: 'CAD',
  c$: 'CAD',
  cad$: 'CAD',
  a$: 'AUD',
  au$: 'AUD',
  nz$: 'NZD',
  hk$: 'HKD',
  s$: 'SGD',
  r$: 'BRL',
  fr: 'CHF',
  sfr: 'CHF',
  francsuisse: 'CHF',
  francssuisses: 'CHF',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₺': 'TRY',
  '₽': 'RUB',
  zł: 'PLN',
  '₪': 'ILS',
  dollar: 'USD',
  dollars: 'USD',
};

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD']);
const NOISE = /[\s.]+/g;

/**
 * A currency code, symbol or name → ISO 4217 code: `€`, `EUR`, `euros` → `EUR`; `CHF`, `Fr.` →
 * `CHF`; `£` → `GBP`; `CA$` → `CAD`. A bare `$` (or `dollars`) is `dollarCurrency` when that is a
 * dollar currency (a Canadian user's `$` means CAD), else USD. Null when not recognised.
 *
 * @example parseCurrency('euros') // → 'EUR'
 * @example parseCurrency('$', 'CAD') // → 'CAD'
 * @example parseCurrency('zloty?') // → null
 */
export function parseCurrency(text: string, dollarCurrency = 'USD'): string | null {
  const compact = text.replace(NOISE, '').toLowerCase();
  if (compact === '') return null;
  if (compact === '$' || compact === 'dollar' || compact === 'dollars') {
    const preferred = dollarCurrency.toUpperCase();
    return DOLLAR_CURRENCIES.has(preferred) ? preferred : 'USD';
  }
  const upper = compact.toUpperCase();
  if (upper.length === 3 && ISO_CODES.has(upper)) return upper;
  return NAMES[compact] ?? null;
}

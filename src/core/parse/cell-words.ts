/**
 * The words Relance recognises in the cells of the invoices and quotes tabs, in French and
 * English: statuses, per-row segments, business or consumer clients, currencies, quote statuses.
 * Code.js does not carry these tables: the build writes them, with the header synonyms, to the
 * project file BookData.html, read once when a tab is read (scripts/lazy-data.ts). The parsers
 * beside this file compile them on first use, never at load.
 */
import type { InvoiceStatus, StatedCustomerKind } from '../invoice.ts';
import type { QuoteStatus } from '../quotes/quote.ts';
import type { Segment } from '../segment.ts';

/**
 * Status words. Longer phrases win over the words they start with, so `en attente de paiement`
 * (waiting for the money: open) is not `en attente` (on hold), and `payée partiellement` is still
 * open.
 */
export const STATUS_WORDS: readonly (readonly [InvoiceStatus, readonly string[]])[] = [
  [
    'open',
    [
      'envoyée',
      'envoyé',
      'en cours',
      'impayée',
      'impayé',
      'non payée',
      'non payé',
      'non réglée',
      'à payer',
      'à régler',
      'à relancer',
      'relancée',
      'relancé',
      'relance',
      'en retard',
      'retard',
      'émise',
      'ouverte',
      'due',
      'échue',
      'en attente de paiement',
      'en attente de règlement',
      'en attente du paiement',
      'en attente du règlement',
      'payée partiellement',
      'partiellement payée',
      'partiellement réglée',
      'paiement partiel',
      'acompte reçu',
      'sent',
      'unpaid',
      'not paid',
      'open',
      'outstanding',
      'overdue',
      'late',
      'issued',
      'pending',
      'awaiting payment',
      'partially paid',
      'paid partially',
      'payée en partie',
      'réglée en partie',
      'partiellement',
      'partial',
      'non',
      'no',
      'false',
      'faux',
    ],
  ],
  [
    'paid',
    [
      'payée',
      'payé',
      'réglée',
      'réglé',
      'soldée',
      'soldé',
      'encaissée',
      'encaissé',
      'acquittée',
      'acquitté',
      'paid',
      'settled',
      'fully paid',
      'oui',
      'yes',
      'x',
      'true',
      'vrai',
    ],
  ],
  [
    'auto_pay',
    [
      'prélèvement',
      'prélèvement automatique',
      'prélèvement sepa',
      'prélevée',
      'paiement automatique',
      'carte enregistrée',
      'direct debit',
      'auto-pay',
      'autopay',
      'auto pay',
      'automatic payment',
      'card on file',
    ],
  ],
  [
    'disputed',
    [
      'litige',
      'en litige',
      'contestée',
      'contesté',
      'contestation',
      'réclamation',
      'disputed',
      'dispute',
      'in dispute',
    ],
  ],
  [
    'on_hold',
    [
      'en attente',
      'suspendue',
      'suspendu',
      'en pause',
      'pause',
      'bloquée',
      'échéancier',
      'plan de paiement',
      'brouillon',
      'on hold',
      'hold',
      'paused',
      'payment plan',
      'draft',
    ],
  ],
  [
    'cancelled',
    [
      'annulée',
      'annulé',
      'avoir',
      'abandonnée',
      'irrécouvrable',
      'cancelled',
      'canceled',
      'void',
      'voided',
      'credit note',
      'credited',
      'written off',
    ],
  ],
];

/** A per-row segment: French or English names, or the internal ones. */
export const SEGMENT_WORDS: readonly (readonly [Segment | 'auto', readonly string[]])[] = [
  ['auto', ['auto', 'automatique', 'automatic', 'défaut', 'default']],
  ['new', ['new', 'nouveau', 'nouvelle', 'nouveau client', 'new client']],
  ['punctual', ['punctual', 'ponctuel', 'ponctuelle', 'bon payeur', 'good payer', 'on time']],
  [
    'occasional',
    [
      'occasional',
      'occasionnel',
      'occasionnellement en retard',
      'occasionally late',
      'parfois en retard',
    ],
  ],
  [
    'chronic',
    [
      'chronic',
      'chronique',
      'chronically late',
      'mauvais payeur',
      'toujours en retard',
      'retardataire',
    ],
  ],
  ['high_risk', ['high_risk', 'high risk', 'risque', 'à risque', 'risque élevé', 'risky']],
];

/** Business or consumer client. */
export const CUSTOMER_KIND_WORDS: readonly (readonly [StatedCustomerKind, readonly string[]])[] = [
  [
    'b2b',
    [
      'b2b',
      'b to b',
      'pro',
      'professionnel',
      'professionnelle',
      'entreprise',
      'société',
      'association',
      'administration',
      'business',
      'company',
      'corporate',
      'professional',
    ],
  ],
  [
    'b2c',
    [
      'b2c',
      'b to c',
      'particulier',
      'particulière',
      'consommateur',
      'personne physique',
      'perso',
      'consumer',
      'individual',
      'private',
      'private individual',
    ],
  ],
];

/**
 * Active ISO 4217 codes (without funds and precious metals), so `EUR`, `chf` or `Usd` are read
 * and a typo such as `EUE` is not taken for a currency.
 */
export const CURRENCY_CODES: readonly string[] = (
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP ' +
  'BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
  'GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR ' +
  'KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK ' +
  'MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR ' +
  'SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS ' +
  'UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL'
).split(' ');

/** Currency symbols and words, lower case, without spaces or dots. `$` alone is resolved by the caller. */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
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

/** A quote's status, folded (no accents, lower case). */
export const QUOTE_STATUS_WORDS: Readonly<Record<string, QuoteStatus>> = {
  accepte: 'accepted',
  acceptee: 'accepted',
  accepted: 'accepted',
  'bon pour accord': 'accepted',
  valide: 'accepted',
  validee: 'accepted',
  gagne: 'accepted',
  won: 'accepted',
  signe: 'signed',
  signee: 'signed',
  signed: 'signed',
  refuse: 'refused',
  refusee: 'refused',
  refused: 'refused',
  declined: 'refused',
  rejected: 'refused',
  rejete: 'refused',
  perdu: 'refused',
  lost: 'refused',
  expire: 'expired',
  expiree: 'expired',
  expired: 'expired',
  caduc: 'expired',
  envoye: 'open',
  sent: 'open',
  'en attente': 'open',
  pending: 'open',
  ouvert: 'open',
  open: 'open',
  'en cours': 'open',
  brouillon: 'open',
};

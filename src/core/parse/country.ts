import { PhraseTable } from './phrase-table.ts';

/** ISO 3166-1 alpha-2 codes in use. */
const ALPHA2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
    'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
    'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
    'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
    'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
    'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
    'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
    'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** Country names in French and English (and a few local ones), plus common alpha-3 codes. */
const NAMES = new PhraseTable<string>([
  ['FR', ['France', 'FRA', 'République française']],
  ['BE', ['Belgique', 'Belgium', 'België', 'Belgien', 'BEL']],
  ['CH', ['Suisse', 'Switzerland', 'Schweiz', 'Svizzera', 'CHE']],
  ['LU', ['Luxembourg', 'Luxemburg', 'LUX']],
  ['DE', ['Allemagne', 'Germany', 'Deutschland', 'DEU']],
  ['ES', ['Espagne', 'Spain', 'España', 'ESP']],
  ['IT', ['Italie', 'Italy', 'Italia', 'ITA']],
  [
    'GB',
    [
      'Royaume-Uni',
      'United Kingdom',
      'UK',
      'Grande-Bretagne',
      'Great Britain',
      'Angleterre',
      'England',
      'Écosse',
      'Scotland',
      'Pays de Galles',
      'Wales',
      'Irlande du Nord',
      'Northern Ireland',
      'GBR',
    ],
  ],
  [
    'US',
    [
      'États-Unis',
      "États-Unis d'Amérique",
      'United States',
      'United States of America',
      'USA',
      'U.S.A.',
      'U.S.',
      'America',
    ],
  ],
  ['CA', ['Canada', 'CAN', 'Québec', 'Quebec']],
  ['NL', ['Pays-Bas', 'Netherlands', 'Nederland', 'Hollande', 'Holland', 'NLD']],
  ['PT', ['Portugal', 'PRT']],
  ['IE', ['Irlande', 'Ireland', 'IRL']],
  ['AT', ['Autriche', 'Austria', 'Österreich']],
  ['MC', ['Monaco']],
  ['AD', ['Andorre', 'Andorra']],
  ['LI', ['Liechtenstein']],
  ['MT', ['Malte', 'Malta']],
  ['CY', ['Chypre', 'Cyprus']],
  ['GR', ['Grèce', 'Greece', 'EL']],
  ['PL', ['Pologne', 'Poland', 'Polska']],
  ['CZ', ['République tchèque', 'Tchéquie', 'Czech Republic', 'Czechia']],
  ['SK', ['Slovaquie', 'Slovakia']],
  ['SI', ['Slovénie', 'Slovenia']],
  ['HR', ['Croatie', 'Croatia']],
  ['HU', ['Hongrie', 'Hungary']],
  ['RO', ['Roumanie', 'Romania']],
  ['BG', ['Bulgarie', 'Bulgaria']],
  ['SE', ['Suède', 'Sweden']],
  ['DK', ['Danemark', 'Denmark']],
  ['NO', ['Norvège', 'Norway']],
  ['FI', ['Finlande', 'Finland']],
  ['IS', ['Islande', 'Iceland']],
  ['EE', ['Estonie', 'Estonia']],
  ['LV', ['Lettonie', 'Latvia']],
  ['LT', ['Lituanie', 'Lithuania']],
  ['MA', ['Maroc', 'Morocco']],
  ['TN', ['Tunisie', 'Tunisia']],
  ['DZ', ['Algérie', 'Algeria']],
  ['SN', ['Sénégal', 'Senegal']],
  ['CI', ["Côte d'Ivoire", 'Ivory Coast']],
  ['CM', ['Cameroun', 'Cameroon']],
  ['MG', ['Madagascar']],
  ['LB', ['Liban', 'Lebanon']],
  ['IL', ['Israël', 'Israel']],
  ['AE', ['Émirats arabes unis', 'United Arab Emirates', 'UAE', 'EAU']],
  ['TR', ['Turquie', 'Turkey', 'Türkiye']],
  ['JP', ['Japon', 'Japan']],
  ['CN', ['Chine', 'China']],
  ['IN', ['Inde', 'India']],
  ['SG', ['Singapour', 'Singapore']],
  ['HK', ['Hong Kong']],
  ['AU', ['Australie', 'Australia']],
  ['NZ', ['Nouvelle-Zélande', 'New Zealand']],
  ['BR', ['Brésil', 'Brazil', 'Brasil']],
  ['MX', ['Mexique', 'Mexico', 'México']],
  ['AR', ['Argentine', 'Argentina']],
  ['ZA', ['Afrique du Sud', 'South Africa']],
  ['KR', ['Corée du Sud', 'South Korea']],
  ['UA', ['Ukraine']],
]);

/**
 * A country as an ISO 3166-1 alpha-2 code (upper case): a code (`fr`, `GB`; `UK` is GB and `EL`
 * Greece), a few alpha-3 codes, or a French or English name (`Belgique`, `Royaume-Uni`,
 * `États-Unis`, `USA`). Null when not recognised.
 *
 * @example parseCountry('Royaume-Uni') // → 'GB'
 * @example parseCountry('uk') // → 'GB'
 * @example parseCountry('Atlantis') // → null
 */
export function parseCountry(cell: unknown): string | null {
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const named = NAMES.lookup(text, false);
  if (named !== undefined) return named;
  const upper = text.toUpperCase();
  return upper.length === 2 && ALPHA2.has(upper) ? upper : null;
}

import type { RatePoint } from '../settings.ts';

/**
 * Reference rates shipped with Relance, 2020 to the latest value that could be checked, each with
 * the page that confirmed it. Only the days the law reads are stored, so the table stays small:
 * - `ecb_mro`: the ECB main refinancing rate in force on 1 January and 1 July (France, Belgium,
 *   the directive read it on those days);
 * - `boe_base`: Bank of England Bank Rate on 31 December and 30 June, the reference dates of the
 *   Late Payment of Commercial Debts (Interest) Act 1998 (SI 2002/1675);
 * - `fr_legal_pro` / `fr_legal_consumer`: the taux de l'intérêt légal of each half-year;
 * - `de_basis`: the Bundesbank's Basiszinssatz (§ 247 BGB), fixed on 1 January and 1 July.
 * Half-years missing here were not confirmed by a look-up and are left out on purpose: the
 * calculation then says "rate unknown" until the monthly refresh or the user supplies them.
 * `until` on a central-bank series marks the last day a source confirmed; docs/late-payment-law.md
 * lists what is missing.
 */
type Row = readonly [from: string, percent: number, source: number];

const ECB_SOURCES = [
  '0% until 27 Jul 2022 (Basiszinssatz unchanged 1 Jul 2016–31 Dec 2022): https://stb-bruns.com/basiszinssatz-wurde-angepasst/',
  '0% until 0.50% on 27 Jul 2022: https://www.breakinglatest.news/business/ecb-raises-rates-by-50-basis-points-the-first-hike-since-2011/',
  'Basiszinssatz +2.50 points on 1 Jan 2023 (§ 247 BGB): https://stb-bruns.com/basiszinssatz-wurde-angepasst/',
  '4.00% from 21 Jun 2023: https://eir.news/2023/06/news/ecb-titanic-goes-full-speed-ahead',
  '4.50% from 20 Sep 2023: https://www.bde.es/wbe/en/noticias-eventos/actualidad-bce/decisiones-politica-monetaria/el-bce-sube-los-tipos-25-puntos-basicos-en-septiembre.html',
  'Held at 4.25% on 18 Jul 2024: https://news.az/news/european-central-bank-keeps-interest-rates-static',
  '3.15% from 18 Dec 2024: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html',
  'Held at 2.15% on 24 Jul 2025: https://www.peocsanctuary.org/ecb-monetary-policy-part1',
  'Held at 2.15% on 5 Feb 2026: https://www.brusselstimes.com/eu-affairs/1955847/ecb-freezes-interest-rates-as-inflation-risks-linger-amid-economic-uncertainty/',
];

const ECB_ROWS: readonly Row[] = [
  ['2020-01-01', 0, 0],
  ['2020-07-01', 0, 0],
  ['2021-01-01', 0, 0],
  ['2021-07-01', 0, 0],
  ['2022-01-01', 0, 0],
  ['2022-07-01', 0, 1],
  ['2023-01-01', 2.5, 2],
  ['2023-07-01', 4, 3],
  ['2024-01-01', 4.5, 4],
  ['2024-07-01', 4.25, 5],
  ['2025-01-01', 3.15, 6],
  ['2025-07-01', 2.15, 7],
  ['2026-01-01', 2.15, 8],
];

const BOE_SOURCES = [
  'End of 2019 and 2021: https://www.focus-economics.com/country-indicator/united-kingdom/interest-rate/',
  '0.10% from Mar 2020 to Dec 2021; 1.25% from 16 Jun 2022: https://www.bbc.co.uk/news/business-61801362',
  'Bank Rate changes Dec 2022–Dec 2025: https://www.uktaxcalculators.co.uk/tax-news/2025/12/18/bank-of-england-cuts-interest-rates-for-christmas-calculator',
  'Held at 5.25% on 19 Jun 2024: https://edu.bankofengland.co.uk/monetary-policy-summary-and-minutes/2024/june-2024',
  'Held at 3.75% on 18 Jun 2026: https://research.titanfx.com/central-bank-watch/boe-monetary-policy',
];

const BOE_ROWS: readonly Row[] = [
  ['2019-12-31', 0.75, 0],
  ['2020-06-30', 0.1, 1],
  ['2020-12-31', 0.1, 1],
  ['2021-06-30', 0.1, 1],
  ['2021-12-31', 0.25, 0],
  ['2022-06-30', 1.25, 1],
  ['2022-12-31', 3.5, 2],
  ['2023-06-30', 5, 2],
  ['2023-12-31', 5.25, 2],
  ['2024-06-30', 5.25, 3],
  ['2024-12-31', 4.75, 2],
  ['2025-06-30', 4.25, 2],
  ['2025-12-31', 3.75, 2],
  ['2026-06-30', 3.75, 4],
];

const FR_LEGAL_SOURCES = [
  'Arrêté du 23 décembre 2019 (Direction générale du Trésor): https://www.tresor.economie.gouv.fr/Ressources/taux-de-linteret-legal/Rss/23022018',
  'Second semestre 2020: https://www.cabinet-cec.fr/taux-de-linteret-legal-pour-le-second-semestre-2020/',
  'Premier et second semestres 2021: https://dandrel-avocats.fr/taux-de-linteret-legal-du-2nd-semestre-2021/',
  'Arrêté du 26 décembre 2021 (JO du 28): https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-sont-fixes-pour-le-premier-semestre-2022',
  'Arrêté du 27 juin 2022: https://bejuris.fr/taux-de-linteret-legal-pour-le-second-semestre-2022-arrete-du-27-6-2022/',
  'Arrêté du 27 juin 2023 (JO du 30), with the first half-year 2023: https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes',
  'Arrêté du 21 décembre 2023: https://infonet.fr/actualite/juridique/taux-dinteret-legal/',
  'Arrêté du 26 juin 2024 (Bpifrance Création): https://bpifrance-creation.fr/entrepreneur/actualites/taux-linteret-legal-deuxieme-semestre-2024',
  'Premier semestre 2025, quoted with the arrêté du 19 juin 2025: https://ksca.fr/contenus-juridiques/actualites/lire/taux-de-linteret-legal-a-compter-du-1er-juillet-2025/615065',
  'Arrêté du 19 juin 2025 (JO du 24): https://infos.votrexpert.com/ECOSPHERE_EXPERTISE/chiffres/taux_interet_legal.html?format=print&rubrique=9',
  'Arrêté du 15 décembre 2025 (JORF n°0302 du 26 décembre 2025): https://juriblio.fr/arretes/arrete-du-15-decembre-2025/187383136',
];

/** [from, consumer creditor %, other creditors %, source]. */
const FR_LEGAL_ROWS: readonly (readonly [string, number, number, number])[] = [
  ['2020-01-01', 3.15, 0.87, 0],
  ['2020-07-01', 3.11, 0.84, 1],
  ['2021-01-01', 3.14, 0.79, 2],
  ['2021-07-01', 3.12, 0.76, 2],
  ['2022-01-01', 3.13, 0.76, 3],
  ['2022-07-01', 3.15, 0.77, 4],
  ['2023-01-01', 4.47, 2.06, 5],
  ['2023-07-01', 6.82, 4.22, 5],
  ['2024-01-01', 8.01, 5.07, 6],
  ['2024-07-01', 8.16, 4.92, 7],
  ['2025-01-01', 7.21, 3.71, 8],
  ['2025-07-01', 6.65, 2.76, 9],
  ['2026-01-01', 6.67, 2.62, 10],
];

const DE_BASIS_SOURCES = [
  'Basiszinssatz -0.88% from 1 July 2016 until 31 December 2022, 1.62% from 1 January 2023: https://stb-bruns.com/basiszinssatz-wurde-angepasst/',
  'Bundesbank, 1 January 2026: Basiszinssatz unchanged at 1.27%: https://state-of.biz/bbk/bekanntgabe-des-basiszinssatzes-zum-1-januar-2026-basiszinssatz-bleibt-unveraendert-bei-127',
];

const DE_BASIS_ROWS: readonly Row[] = [
  ['2020-01-01', -0.88, 0],
  ['2020-07-01', -0.88, 0],
  ['2021-01-01', -0.88, 0],
  ['2021-07-01', -0.88, 0],
  ['2022-01-01', -0.88, 0],
  ['2022-07-01', -0.88, 0],
  ['2023-01-01', 1.62, 0],
  ['2025-07-01', 1.27, 1],
  ['2026-01-01', 1.27, 1],
];

function expand(
  series: string,
  rows: readonly Row[],
  sources: readonly string[],
  until?: string,
): RatePoint[] {
  return rows.map(([from, percent, source], i) => ({
    series,
    from,
    percent,
    source: sources[source] ?? '',
    ...(until !== undefined && i === rows.length - 1 ? { until } : {}),
  }));
}

/**
 * Every built-in point. The last ECB and Bank of England points carry the last day a source
 * confirmed them: a later decision may have changed the rate, and the refresh or the user says so.
 */
export const BUILT_IN_RATES: readonly RatePoint[] = [
  ...expand('ecb_mro', ECB_ROWS, ECB_SOURCES, '2026-02-05'),
  ...expand('boe_base', BOE_ROWS, BOE_SOURCES, '2026-06-30'),
  ...FR_LEGAL_ROWS.map(([from, , pro, source]) => ({
    series: 'fr_legal_pro',
    from,
    percent: pro,
    source: FR_LEGAL_SOURCES[source] ?? '',
  })),
  ...FR_LEGAL_ROWS.map(([from, consumer, , source]) => ({
    series: 'fr_legal_consumer',
    from,
    percent: consumer,
    source: FR_LEGAL_SOURCES[source] ?? '',
  })),
  ...expand('de_basis', DE_BASIS_ROWS, DE_BASIS_SOURCES),
];

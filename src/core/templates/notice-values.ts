import type { LegalSystem } from '../governing-law.ts';
import type { Language } from '../invoice.ts';
import type { Jurisdiction } from '../settings.ts';
import { NOTICE_ADDITIONS, NOTICE_TEXTS, type NoticeLetter } from './notice-texts.ts';
import type { RenderContext } from './render-context.ts';

/**
 * The parts of a formal notice that depend on the legal system of the governing law. Each system
 * has its own letter and none cites another's procedure:
 * - France: mise en demeure, then a requête en injonction de payer (CPC 1405 ff.); to a public
 *   purchaser, a mise en demeure naming no injonction de payer;
 * - United Kingdom: a letter before action; when the debtor is an individual, under the Pre-Action
 *   Protocol for Debt Claims (30 days to reply, Information Sheet and Reply Form enclosed);
 * - any other law: a neutral final demand that names no procedure.
 * Deadlines run from receipt ("à compter de la réception de la présente"), so a draft the user
 * sends days later stays right.
 */
export interface NoticeParts {
  readonly title: string;
  readonly demand: string;
  readonly nextStep: string;
  readonly sendingNote: string;
}

/** What the demand claims, already formatted in the message's language. */
export interface NoticeSums {
  readonly principal: string;
  readonly total: string;
  readonly hasInterest: boolean;
  readonly hasIndemnity: boolean;
  readonly interestUnknown: boolean;
  /** The day the figures are computed to, formatted. */
  readonly asOf: string;
}

export function legalSystemOfContext(ctx: RenderContext): LegalSystem {
  return ctx.legalSystem ?? systemOfJurisdiction(ctx.jurisdiction);
}

function systemOfJurisdiction(jurisdiction: Jurisdiction): LegalSystem {
  if (jurisdiction === 'fr_b2b' || jurisdiction === 'fr_b2c' || jurisdiction === 'fr_public')
    return 'fr';
  if (jurisdiction === 'uk_b2b') return 'uk';
  return 'other';
}

export function noticeParts(ctx: RenderContext, sums: NoticeSums): NoticeParts {
  const wording = NOTICE_TEXTS[letterOf(ctx)][ctx.language];
  const values = { principal: sums.principal, extra: additions(ctx.language, sums) };
  return {
    title: wording.title,
    demand: fill(wording.demand, values),
    nextStep: wording.nextStep,
    sendingNote: wording.sendingNote,
  };
}

function letterOf(ctx: RenderContext): NoticeLetter {
  const system = legalSystemOfContext(ctx);
  if (system === 'uk') return ctx.consumerDebtor === true ? 'uk_individual' : 'uk_company';
  if (system === 'fr') return ctx.jurisdiction === 'fr_public' ? 'fr_public' : 'fr';
  return 'other';
}

/** `, augmentée des intérêts … soit au total X au <date>` / `, plus … : X in all as of <date>`. */
function additions(lang: Language, sums: NoticeSums): string {
  const words = NOTICE_ADDITIONS[lang];
  if (sums.interestUnknown) {
    return sums.hasIndemnity ? words.lawInterestAndIndemnity : words.lawInterest;
  }
  if (!sums.hasInterest && !sums.hasIndemnity) return '';
  const what =
    sums.hasInterest && sums.hasIndemnity
      ? words.withInterestAndIndemnity
      : sums.hasInterest
        ? words.withInterest
        : words.withIndemnity;
  return fill(words.claimed, { what, total: sums.total, asOf: sums.asOf });
}

/** Puts each `{name}` of a wording's value in (a function, so `$` in a value stays as it is). */
function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

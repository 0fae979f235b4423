import type { LegalSystem } from '../governing-law.ts';
import type { Language } from '../invoice.ts';
import type { Jurisdiction } from '../settings.ts';
import type { RenderContext } from './render-context.ts';

/**
 * The parts of a formal notice that depend on the legal system of the governing law. Each system
 * has its own letter and none cites another's procedure:
 * - France: mise en demeure, then a requête en injonction de payer (CPC 1405 ff.);
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
  if (jurisdiction === 'fr_b2b' || jurisdiction === 'fr_b2c') return 'fr';
  if (jurisdiction === 'uk_b2b') return 'uk';
  return 'other';
}

export function noticeParts(ctx: RenderContext, sums: NoticeSums): NoticeParts {
  const system = legalSystemOfContext(ctx);
  const lang = ctx.language;
  const extra = additions(lang, sums);
  if (system === 'fr') return french(lang, sums.principal, extra);
  if (system === 'uk') return british(lang, sums.principal, extra, ctx.consumerDebtor === true);
  return neutral(lang, sums.principal, extra);
}

function french(lang: Language, principal: string, extra: string): NoticeParts {
  if (lang === 'fr') {
    return {
      title: 'Mise en demeure de payer',
      demand: `Par la présente, je vous mets en demeure de me régler, sous huit jours à compter de la réception de la présente, la somme de ${principal} en principal${extra}.`,
      nextStep:
        'À défaut de règlement dans ce délai, je saisirai la juridiction compétente d’une requête en injonction de payer, sans autre avis de ma part.',
      sendingNote:
        '[Note pour vous, à retirer avant l’envoi : envoyez cette mise en demeure par lettre recommandée avec accusé de réception, qui prouve le jour de sa réception, point de départ du délai de huit jours. Votre adresse postale et votre SIRET se règlent dans les réglages.]',
    };
  }
  return {
    title: 'Formal notice to pay (mise en demeure)',
    demand: `I hereby give you formal notice (mise en demeure) to pay me, within eight days of receiving this letter, the sum of ${principal} in principal${extra}.`,
    nextStep:
      'If payment is not received within that time, I will apply to the competent French court for an order for payment (injonction de payer), without further notice.',
    sendingNote:
      '[Note for you, remove before sending: send this formal notice by registered letter with acknowledgement of receipt (lettre recommandée avec accusé de réception), which proves the day it was received, from which the eight days run. Your postal address and SIRET number are set in the settings.]',
  };
}

function british(
  lang: Language,
  principal: string,
  extra: string,
  individual: boolean,
): NoticeParts {
  const days = individual ? 30 : 14;
  if (lang === 'fr') {
    return {
      title: 'Lettre avant action en justice (letter before action)',
      demand: individual
        ? `Je vous écris au sujet de la somme de ${principal} que vous me devez${extra}. Merci de la régler, ou de répondre au moyen du formulaire de réponse joint (Reply Form), dans les 30 jours de la réception de la présente.`
        : `Je vous écris au sujet de la somme de ${principal} que vous me devez${extra}. Merci de la régler dans les 14 jours de la réception de la présente.`,
      nextStep: `${
        individual
          ? 'Ce courrier vous est adressé conformément au Pre-Action Protocol for Debt Claims : la fiche d’information jointe (Information Sheet) explique comment répondre ; si vous contestez la dette ou avez besoin de délais, indiquez-le sur le formulaire de réponse. Vous pouvez obtenir des conseils gratuits et indépendants, par exemple auprès de Citizens Advice ou de MoneyHelper. '
          : ''
      }Sans paiement ni réponse dans ce délai, je pourrai engager une action en justice sans autre avis, ce qui peut ajouter des frais de justice à la somme réclamée.`,
      sendingNote: ukNote('fr', individual, days),
    };
  }
  return {
    title: 'Letter before action',
    demand: individual
      ? `I am writing about the sum of ${principal} you owe me${extra}. Please pay it, or reply using the enclosed Reply Form, within 30 days of receiving this letter.`
      : `I am writing about the sum of ${principal} you owe me${extra}. Please pay it within 14 days of receiving this letter.`,
    nextStep: `${
      individual
        ? 'This letter is sent under the Pre-Action Protocol for Debt Claims. The enclosed Information Sheet explains how to respond; if you dispute the debt or need time to pay, say so on the Reply Form. You can get free, independent debt advice, for example from Citizens Advice or MoneyHelper. '
        : ''
    }If I receive neither payment nor a reply within that time, I may start court proceedings without further notice, which may add court fees and costs to the sum claimed.`,
    sendingNote: ukNote('en', individual, days),
  };
}

function ukNote(lang: Language, individual: boolean, days: number): string {
  if (lang === 'fr') {
    return individual
      ? `[Note pour vous, à retirer avant l’envoi : envoyez aussi ce courrier par la poste avec preuve d’envoi, et joignez-y l’Information Sheet, le Reply Form et le Financial Statement de l’annexe 1 du Pre-Action Protocol for Debt Claims, comme le protocole l’exige pour un particulier ; le délai est de ${days} jours.]`
      : `[Note pour vous, à retirer avant l’envoi : envoyez aussi ce courrier par la poste avec preuve d’envoi. Si le débiteur est un entrepreneur individuel (sole trader), le Pre-Action Protocol for Debt Claims s’applique : laissez 30 jours au lieu de ${days} et joignez les documents de son annexe 1.]`;
  }
  return individual
    ? `[Note for you, remove before sending: also send this letter by post with proof of posting, and enclose the Information Sheet, Reply Form and Financial Statement from Annex 1 of the Pre-Action Protocol for Debt Claims, as the protocol requires for an individual; the time to reply is ${days} days.]`
    : `[Note for you, remove before sending: also send this letter by post with proof of posting. If the debtor is a sole trader, the Pre-Action Protocol for Debt Claims applies: allow 30 days instead of ${days} and enclose the documents of its Annex 1.]`;
}

function neutral(lang: Language, principal: string, extra: string): NoticeParts {
  if (lang === 'fr') {
    return {
      title: 'Dernière demande de paiement',
      demand: `Je vous demande de me régler, sous huit jours à compter de la réception de la présente, la somme de ${principal} en principal${extra}.`,
      nextStep:
        'À défaut de règlement dans ce délai, je prendrai les mesures que la loi applicable met à ma disposition pour recouvrer cette somme, sans autre avis.',
      sendingNote:
        '[Note pour vous, à retirer avant l’envoi : envoyez ce courrier par un moyen qui prouve sa réception (lettre recommandée avec accusé de réception ou équivalent) et, avant toute action, vérifiez les formes qu’exige la loi applicable.]',
    };
  }
  return {
    title: 'Final demand for payment',
    demand: `I ask you to pay me, within eight days of receiving this letter, the sum of ${principal} in principal${extra}.`,
    nextStep:
      'If payment is not received within that time, I will take the steps open to me under the applicable law to recover this sum, without further notice.',
    sendingNote:
      '[Note for you, remove before sending: send this letter by a means that proves receipt (registered post or equivalent) and, before any action, check the formalities the governing law requires.]',
  };
}

/** `, augmentée des intérêts … soit au total X au <date>` / `, plus … : X in all as of <date>`. */
function additions(lang: Language, sums: NoticeSums): string {
  const fr = lang === 'fr';
  if (sums.interestUnknown) {
    if (fr) {
      return sums.hasIndemnity
        ? ', augmentée des intérêts de retard dus selon la loi et de l’indemnité forfaitaire indiquée ci-dessous'
        : ', augmentée des intérêts de retard dus selon la loi';
    }
    return sums.hasIndemnity
      ? ', plus the late-payment interest due by law and the fixed compensation set out below'
      : ', plus the late-payment interest due by law';
  }
  if (!sums.hasInterest && !sums.hasIndemnity) return '';
  if (fr) {
    const what =
      sums.hasInterest && sums.hasIndemnity
        ? 'des intérêts de retard et de l’indemnité forfaitaire détaillés ci-dessous'
        : sums.hasInterest
          ? 'des intérêts de retard détaillés ci-dessous'
          : 'de l’indemnité forfaitaire indiquée ci-dessous';
    return `, augmentée ${what}, soit au total ${sums.total} au ${sums.asOf}`;
  }
  const what =
    sums.hasInterest && sums.hasIndemnity
      ? 'the late-payment interest and the fixed compensation set out below'
      : sums.hasInterest
        ? 'the late-payment interest set out below'
        : 'the fixed compensation set out below';
  return `, plus ${what}: ${sums.total} in all as of ${sums.asOf}`;
}

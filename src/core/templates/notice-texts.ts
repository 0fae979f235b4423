import type { Language } from '../invoice.ts';

/**
 * The wording of the formal notice of each legal system, in both languages (see notice-values.ts
 * for what each letter is and why). Data only: the build ships it as a project file read when a
 * formal notice is first drafted (scripts/lazy-data.ts). `{principal}` is the principal claimed and
 * `{extra}` the additions (interest, indemnity, total) from NOTICE_ADDITIONS.
 */
export interface NoticeWording {
  readonly title: string;
  readonly demand: string;
  readonly nextStep: string;
  readonly sendingNote: string;
}

/**
 * By letter: French law; French law to a public purchaser (no injonction de payer, a procedure of
 * the civil courts against private debtors); UK law to a company (14 days) or to an individual, sole trader included,
 * under the Pre-Action Protocol for Debt Claims (30 days); any other law.
 */
export type NoticeLetter = 'fr' | 'fr_public' | 'uk_company' | 'uk_individual' | 'other';

export const NOTICE_TEXTS: Readonly<
  Record<NoticeLetter, Readonly<Record<Language, NoticeWording>>>
> = {
  fr: {
    fr: {
      title: 'Mise en demeure de payer',
      demand:
        'Par la présente, je vous mets en demeure de me régler, sous huit jours à compter de la réception de la présente, la somme de {principal} en principal{extra}.',
      nextStep:
        'À défaut de règlement dans ce délai, je saisirai la juridiction compétente d’une requête en injonction de payer, sans autre avis de ma part.',
      sendingNote:
        '[Note pour vous, à retirer avant l’envoi : envoyez cette mise en demeure par lettre recommandée avec accusé de réception, qui prouve le jour de sa réception, point de départ du délai de huit jours. Votre adresse postale et votre SIRET se règlent dans les réglages.]',
    },
    en: {
      title: 'Formal notice to pay (mise en demeure)',
      demand:
        'I hereby give you formal notice (mise en demeure) to pay me, within eight days of receiving this letter, the sum of {principal} in principal{extra}.',
      nextStep:
        'If payment is not received within that time, I will apply to the competent French court for an order for payment (injonction de payer), without further notice.',
      sendingNote:
        '[Note for you, remove before sending: send this formal notice by registered letter with acknowledgement of receipt (lettre recommandée avec accusé de réception), which proves the day it was received, from which the eight days run. Your postal address and SIRET number are set in the settings.]',
    },
  },
  fr_public: {
    fr: {
      title: 'Mise en demeure de payer',
      demand:
        'Par la présente, je vous mets en demeure de me régler, sous huit jours à compter de la réception de la présente, la somme de {principal} en principal{extra}.',
      nextStep:
        'À défaut de règlement dans ce délai, je saisirai la juridiction compétente pour obtenir le paiement de ces sommes, sans autre avis de ma part.',
      sendingNote:
        '[Note pour vous, à retirer avant l’envoi : envoyez cette mise en demeure par lettre recommandée avec accusé de réception au service qui a passé la commande. Avant d’agir contre un acheteur public, faites-vous conseiller sur la voie de recours à suivre. Votre adresse postale et votre SIRET se règlent dans les réglages.]',
    },
    en: {
      title: 'Formal notice to pay (mise en demeure)',
      demand:
        'I hereby give you formal notice (mise en demeure) to pay me, within eight days of receiving this letter, the sum of {principal} in principal{extra}.',
      nextStep:
        'If payment is not received within that time, I will refer the matter to the competent court to obtain payment of these sums, without further notice.',
      sendingNote:
        '[Note for you, remove before sending: send this formal notice by registered letter with acknowledgement of receipt to the department that placed the order. Before taking action against a public purchaser, get advice on the remedy to follow. Your postal address and SIRET number are set in the settings.]',
    },
  },
  uk_company: {
    fr: {
      title: 'Lettre avant action en justice (letter before action)',
      demand:
        'Je vous écris au sujet de la somme de {principal} que vous me devez{extra}. Merci de la régler dans les 14 jours de la réception de la présente.',
      nextStep:
        'Sans paiement ni réponse dans ce délai, je pourrai engager une action en justice sans autre avis, ce qui peut ajouter des frais de justice à la somme réclamée.',
      sendingNote:
        '[Note pour vous, à retirer avant l’envoi : envoyez aussi ce courrier par la poste avec preuve d’envoi. Si le débiteur est un entrepreneur individuel (sole trader), le Pre-Action Protocol for Debt Claims s’applique : laissez 30 jours au lieu de 14 et joignez les documents de son annexe 1.]',
    },
    en: {
      title: 'Letter before action',
      demand:
        'I am writing about the sum of {principal} you owe me{extra}. Please pay it within 14 days of receiving this letter.',
      nextStep:
        'If I receive neither payment nor a reply within that time, I may start court proceedings without further notice, which may add court fees and costs to the sum claimed.',
      sendingNote:
        '[Note for you, remove before sending: also send this letter by post with proof of posting. If the debtor is a sole trader, the Pre-Action Protocol for Debt Claims applies: allow 30 days instead of 14 and enclose the documents of its Annex 1.]',
    },
  },
  uk_individual: {
    fr: {
      title: 'Lettre avant action en justice (letter before action)',
      demand:
        'Je vous écris au sujet de la somme de {principal} que vous me devez{extra}. Merci de la régler, ou de répondre au moyen du formulaire de réponse joint (Reply Form), dans les 30 jours de la réception de la présente.',
      nextStep:
        'Ce courrier vous est adressé conformément au Pre-Action Protocol for Debt Claims : la fiche d’information jointe (Information Sheet) explique comment répondre ; si vous contestez la dette ou avez besoin de délais, indiquez-le sur le formulaire de réponse. Vous pouvez obtenir des conseils gratuits et indépendants, par exemple auprès de Citizens Advice ou de MoneyHelper. Sans paiement ni réponse dans ce délai, je pourrai engager une action en justice sans autre avis, ce qui peut ajouter des frais de justice à la somme réclamée.',
      sendingNote:
        '[Note pour vous, à retirer avant l’envoi : envoyez aussi ce courrier par la poste avec preuve d’envoi, et joignez-y l’Information Sheet, le Reply Form et le Financial Statement de l’annexe 1 du Pre-Action Protocol for Debt Claims, comme le protocole l’exige pour un particulier ; le délai est de 30 jours.]',
    },
    en: {
      title: 'Letter before action',
      demand:
        'I am writing about the sum of {principal} you owe me{extra}. Please pay it, or reply using the enclosed Reply Form, within 30 days of receiving this letter.',
      nextStep:
        'This letter is sent under the Pre-Action Protocol for Debt Claims. The enclosed Information Sheet explains how to respond; if you dispute the debt or need time to pay, say so on the Reply Form. You can get free, independent debt advice, for example from Citizens Advice or MoneyHelper. If I receive neither payment nor a reply within that time, I may start court proceedings without further notice, which may add court fees and costs to the sum claimed.',
      sendingNote:
        '[Note for you, remove before sending: also send this letter by post with proof of posting, and enclose the Information Sheet, Reply Form and Financial Statement from Annex 1 of the Pre-Action Protocol for Debt Claims, as the protocol requires for an individual; the time to reply is 30 days.]',
    },
  },
  other: {
    fr: {
      title: 'Dernière demande de paiement',
      demand:
        'Je vous demande de me régler, sous huit jours à compter de la réception de la présente, la somme de {principal} en principal{extra}.',
      nextStep:
        'À défaut de règlement dans ce délai, je prendrai les mesures que la loi applicable met à ma disposition pour recouvrer cette somme, sans autre avis.',
      sendingNote:
        '[Note pour vous, à retirer avant l’envoi : envoyez ce courrier par un moyen qui prouve sa réception (lettre recommandée avec accusé de réception ou équivalent) et, avant toute action, vérifiez les formes qu’exige la loi applicable.]',
    },
    en: {
      title: 'Final demand for payment',
      demand:
        'I ask you to pay me, within eight days of receiving this letter, the sum of {principal} in principal{extra}.',
      nextStep:
        'If payment is not received within that time, I will take the steps open to me under the applicable law to recover this sum, without further notice.',
      sendingNote:
        '[Note for you, remove before sending: send this letter by a means that proves receipt (registered post or equivalent) and, before any action, check the formalities the governing law requires.]',
    },
  },
};

/**
 * What follows the principal in the demand. `claimed` frames what is added, with `{what}` one of
 * the `with…` phrases, `{total}` the total and `{asOf}` the day it is computed to.
 */
export interface NoticeAdditions {
  readonly lawInterest: string;
  readonly lawInterestAndIndemnity: string;
  readonly claimed: string;
  readonly withInterestAndIndemnity: string;
  readonly withInterest: string;
  readonly withIndemnity: string;
}

export const NOTICE_ADDITIONS: Readonly<Record<Language, NoticeAdditions>> = {
  fr: {
    lawInterest: ', augmentée des intérêts de retard dus selon la loi',
    lawInterestAndIndemnity:
      ', augmentée des intérêts de retard dus selon la loi et de l’indemnité forfaitaire indiquée ci-dessous',
    claimed: ', augmentée {what}, soit au total {total} au {asOf}',
    withInterestAndIndemnity:
      'des intérêts de retard et de l’indemnité forfaitaire détaillés ci-dessous',
    withInterest: 'des intérêts de retard détaillés ci-dessous',
    withIndemnity: 'de l’indemnité forfaitaire indiquée ci-dessous',
  },
  en: {
    lawInterest: ', plus the late-payment interest due by law',
    lawInterestAndIndemnity:
      ', plus the late-payment interest due by law and the fixed compensation set out below',
    claimed: ', plus {what}: {total} in all as of {asOf}',
    withInterestAndIndemnity: 'the late-payment interest and the fixed compensation set out below',
    withInterest: 'the late-payment interest set out below',
    withIndemnity: 'the fixed compensation set out below',
  },
};

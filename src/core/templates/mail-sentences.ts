/**
 * The sentences code writes inside the e-mails (interest, indemnity, totals, how to pay,
 * attachments, rates), in the message's language; `%{name}` marks a value filled in
 * (src/core/texts/fill.ts). Code.js does not carry this table: it is read with the formal-notice
 * wording, from the same project file, the first time a message is rendered (scripts/lazy-data.ts).
 */
export const MAIL_SENTENCES = {
  fr: {
    mailInterest:
      "Des intérêts de retard sont dus%{at} : ils s'élèvent à %{interest} au %{today} et continuent de courir jusqu'au complet paiement.",
    mailInterestWithBasis:
      "%{basis} intérêts de retard sont dus%{at} : ils s'élèvent à %{interest} au %{today} et continuent de courir jusqu'au complet paiement.",
    mailInterestFrConsumer:
      "Les sommes dues portent intérêts au taux de l'intérêt légal à compter de la présente mise en demeure (article 1231-6 du Code civil).",
    mailInterestDeConsumer:
      'Les sommes dues portent intérêts à 5 points au-dessus du taux de base à compter de la réception de la présente (article 288, paragraphe 1, du BGB).',
    mailPerInvoice: ' (%{amount} par facture)',
    mailIndemnity: '%{subject} est également due, soit %{indemnity}%{per}.',
    mailIndemnitySubject: "L'indemnité forfaitaire pour frais de recouvrement",
    mailIncludingBoth: 'intérêts et indemnité compris',
    mailIncludingInterest: 'intérêts compris',
    mailIncludingIndemnity: 'indemnité comprise',
    mailTotalWithPenalties: "Le montant total dû à ce jour s'élève ainsi à %{total}, %{what}.",
    mailPayOnlineLink: 'Vous pouvez régler en ligne via ce lien : ',
    mailPayOnline: 'Vous pouvez régler en ligne :',
    mailPay: 'Vous pouvez régler',
    mailPayOther: "Pour l'autre facture, vous pouvez régler",
    mailPayOthers: 'Pour les autres factures, vous pouvez régler',
    mailTransferOne:
      '%{which} par virement aux coordonnées bancaires indiquées sur la facture, en précisant son numéro en référence.',
    mailTransferMany:
      '%{which} par virement aux coordonnées bancaires indiquées sur les factures, en précisant leurs numéros en référence.',
    mailAttachedOne: 'Vous trouverez la facture en pièce jointe.',
    mailAttachedAll: 'Vous trouverez les factures en pièces jointes.',
    mailAttachedSome: 'Vous trouverez en pièce jointe une copie des factures disponibles.',
    mailPreviousReminder: 'mon précédent rappel',
    mailPreviousReminders: 'mes précédents rappels',
    rateContract: 'taux contractuel',
    rateLegal: 'taux de l’intérêt légal',
    rateRoundedUp: ', arrondi au demi-point supérieur',
    rateAnnual: 'au taux annuel de %{rate}',
    ratesAnnual: 'aux taux annuels de %{rates}, selon le semestre',
    rateThen: ' puis ',
    rate_ecb_mro: 'taux BCE',
    rate_boe_base: 'taux de base de la Banque d’Angleterre',
    rate_de_basis: 'taux de base de la Bundesbank',
    rateCentralBank: 'taux de la banque centrale',
  },
  en: {
    mailInterest:
      'Late-payment interest is due%{at}: %{interest} as of %{today}, and it keeps running until payment in full.',
    mailInterestWithBasis:
      '%{basis} late-payment interest is due%{at}: %{interest} as of %{today}, and it keeps running until payment in full.',
    mailInterestFrConsumer:
      'The sums due bear interest at the French statutory rate from the date of this formal notice (article 1231-6 of the French Civil Code).',
    mailInterestDeConsumer:
      'The sums due bear interest at 5 points above the base rate from the receipt of this letter (section 288(1) of the German Civil Code).',
    mailPerInvoice: ' (%{amount} per invoice)',
    mailIndemnity: '%{subject} is also due: %{indemnity}%{per}.',
    mailIndemnitySubject: 'A fixed compensation for recovery costs',
    mailIncludingBoth: 'including interest and the recovery indemnity',
    mailIncludingInterest: 'including interest',
    mailIncludingIndemnity: 'including the recovery indemnity',
    mailTotalWithPenalties: 'The total due to date is therefore %{total}, %{what}.',
    mailPayOnlineLink: 'You can pay online using this link: ',
    mailPayOnline: 'You can pay online:',
    mailPay: 'You can pay',
    mailPayOther: 'For the other invoice, you can pay',
    mailPayOthers: 'For the other invoices, you can pay',
    mailTransferOne:
      '%{which} by bank transfer using the bank details on the invoice, quoting its number as the reference.',
    mailTransferMany:
      '%{which} by bank transfer using the bank details on the invoices, quoting their numbers as the reference.',
    mailAttachedOne: 'Please find the invoice attached.',
    mailAttachedAll: 'Please find the invoices attached.',
    mailAttachedSome: 'Copies of the available invoices are attached.',
    mailPreviousReminder: 'my previous reminder',
    mailPreviousReminders: 'my previous reminders',
    rateContract: 'contractual rate',
    rateLegal: 'French statutory interest rate',
    rateRoundedUp: ', rounded up to the next half point',
    rateAnnual: 'at the annual rate of %{rate}',
    ratesAnnual: 'at the annual rates of %{rates}, by half-year',
    rateThen: ' then ',
    rate_ecb_mro: 'ECB rate',
    rate_boe_base: 'Bank of England base rate',
    rate_de_basis: 'Bundesbank base rate',
    rateCentralBank: 'central bank rate',
  },
} as const;

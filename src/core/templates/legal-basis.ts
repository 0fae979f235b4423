import type { Language } from '../invoice.ts';
import type { Jurisdiction } from '../settings.ts';

/**
 * Legal references quoted in the fee sentences, by jurisdiction. France: Code de commerce L441-10
 * (interest) and D441-5 (€40), Code civil 1231-6 (consumers); UK: Late Payment of Commercial
 * Debts (Interest) Act 1998, s. 5A for the fixed sum
 * (https://www.legislation.gov.uk/ukpga/1998/20/section/5A). The EU default quotes no text: the
 * directive applies through each country's own law.
 */
export const LEGAL_BASIS: Readonly<
  Record<Language, Partial<Record<Jurisdiction, { interest: string; indemnity: string }>>>
> = {
  fr: {
    fr_b2b: {
      interest: "Conformément à l'article L441-10 du Code de commerce, des",
      indemnity:
        "L'indemnité forfaitaire pour frais de recouvrement prévue à l'article D441-5 du Code de commerce",
    },
    fr_b2c: { interest: "Conformément à l'article 1231-6 du Code civil, des", indemnity: '' },
    uk_b2b: {
      interest: 'En application du Late Payment of Commercial Debts (Interest) Act 1998, des',
      indemnity:
        "L'indemnité forfaitaire pour frais de recouvrement prévue à la section 5A du Late Payment of Commercial Debts (Interest) Act 1998",
    },
    be_b2b: {
      interest:
        'Conformément à la loi du 2 août 2002 concernant la lutte contre le retard de paiement dans les transactions commerciales, des',
      indemnity:
        "L'indemnité forfaitaire pour frais de recouvrement prévue à l'article 6 de la loi du 2 août 2002",
    },
    de_b2b: {
      interest: "Conformément à l'article 288 du Code civil allemand (BGB), des",
      indemnity: "Le forfait de recouvrement prévu à l'article 288, paragraphe 5, du BGB",
    },
    de_b2c: {
      interest: "Conformément à l'article 288 du Code civil allemand (BGB), des",
      indemnity: '',
    },
  },
  en: {
    fr_b2b: {
      interest: 'Under article L441-10 of the French Commercial Code,',
      indemnity: 'The fixed recovery indemnity under article D441-5 of the French Commercial Code',
    },
    fr_b2c: { interest: 'Under article 1231-6 of the French Civil Code,', indemnity: '' },
    uk_b2b: {
      interest: 'Under the Late Payment of Commercial Debts (Interest) Act 1998,',
      indemnity:
        'The fixed sum for recovery costs under section 5A of the Late Payment of Commercial Debts (Interest) Act 1998',
    },
    be_b2b: {
      interest:
        'Under the Belgian Act of 2 August 2002 on late payment in commercial transactions,',
      indemnity:
        'The fixed recovery compensation under article 6 of the Belgian Act of 2 August 2002',
    },
    de_b2b: {
      interest: 'Under section 288 of the German Civil Code (BGB),',
      indemnity: 'The fixed sum under section 288(5) of the German Civil Code (BGB)',
    },
    de_b2c: { interest: 'Under section 288 of the German Civil Code (BGB),', indemnity: '' },
  },
};

import type { Language } from '../invoice.ts';
import type { Jurisdiction } from '../settings.ts';

/**
 * Legal references quoted in the fee sentences, by jurisdiction. France: Code de commerce L441-10
 * (interest) and D441-5 (€40), Code civil 1231-6 (consumers), Code de la commande publique L2192-13
 * (interest and indemnity of a public purchaser), R2192-31 (its rate) and D2192-35 (€40,
 * https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037729653 for R2192-31); UK: Late Payment of Commercial
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
    fr_public: {
      interest: "Conformément à l'article L2192-13 du Code de la commande publique, des",
      indemnity:
        "L'indemnité forfaitaire pour frais de recouvrement prévue aux articles L2192-13 et D2192-35 du Code de la commande publique",
    },
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
    fr_public: {
      interest: 'Under article L2192-13 of the French Public Procurement Code,',
      indemnity:
        'The fixed recovery indemnity under articles L2192-13 and D2192-35 of the French Public Procurement Code',
    },
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

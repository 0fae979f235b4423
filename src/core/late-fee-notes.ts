import type { LocalizedText } from './localized-text.ts';

/**
 * The fixed notes a late-fee calculation can carry, in both languages. Data only: the build ships
 * it as a project file read when a note is first given (scripts/lazy-data.ts).
 */
/** The notes whose text never changes (the contract-rate note carries figures). */
export type FixedLateFeeNoteCode =
  | 'rate_unknown'
  | 'no_formal_notice'
  | 'no_statutory_regime'
  | 'consumer_abroad'
  | 'client_kind_unknown'
  | 'indemnity_in_other_currency';

export const LATE_FEE_NOTES: Readonly<Record<FixedLateFeeNoteCode, LocalizedText>> = {
  rate_unknown: {
    fr: 'Taux de référence inconnu pour au moins un semestre du retard : ajoutez-le dans les réglages.',
    en: 'The reference rate is unknown for at least one half-year of the delay: add it in the settings.',
  },
  no_formal_notice: {
    fr: 'Client particulier : les intérêts au taux légal ne courent qu’à partir de la mise en demeure.',
    en: 'Consumer client: statutory interest only runs from the formal notice.',
  },
  no_statutory_regime: {
    fr: 'Aucun barème légal de pénalités connu pour ce client et cette loi applicable.',
    en: 'No statutory late-payment scale is known for this client and governing law.',
  },
  consumer_abroad: {
    fr: 'Client particulier dans un autre pays que la loi applicable : il garde la protection de son pays, rien n’est réclamé automatiquement.',
    en: 'Consumer in another country than the governing law: they keep their own country’s protection, so nothing is claimed automatically.',
  },
  client_kind_unknown: {
    fr: 'Type de client non indiqué (entreprise ou particulier) : aucune pénalité légale n’est réclamée. Ajoutez une colonne « Type » ou choisissez le type par défaut dans les réglages.',
    en: 'Client type not given (business or consumer): no statutory late fee is claimed. Add a “Type” column or choose the default type in the settings.',
  },
  indemnity_in_other_currency: {
    fr: 'L’indemnité forfaitaire est due dans une autre devise que la facture : elle n’est pas ajoutée au total.',
    en: 'The fixed compensation is owed in another currency than the invoice: it is not added to the total.',
  },
};

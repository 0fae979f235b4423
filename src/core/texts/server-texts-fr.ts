/**
 * The server's sentences in French: notes of the status columns, toasts, the errors the sidebar
 * shows, the run's stop reasons, the failure digest. `%{name}` marks a value filled in by
 * `text()` (src/core/texts/server-texts.ts). The English table has the same keys and the same
 * values to fill. Code.js does not carry this table: the build writes it to the project data file
 * read the first time a sentence is needed (scripts/lazy-data.ts).
 */
export const SERVER_TEXTS_FR = {
  // Status notes written by the run.
  changedDuringRun: 'Modifiée pendant l’exécution : revue à la prochaine',
  carriedOver: 'Reportée à la prochaine exécution',
  invoiceFileMissing: 'Facture non jointe : %{missing}',
  invoiceFileHeld: 'Facture non jointe : %{missing} ; relance suspendue jusqu’à correction',
  invoiceFileNotFound: '%{number} : fichier Drive introuvable, ou vous n’y avez pas accès',
  invoiceFileIsBook:
    '%{number} : le lien mène à ce classeur lui-même, qui n’est jamais joint ; liez le PDF de la facture',
  invoiceFileGoogleDoc:
    '%{number} : « %{name} » est un document Google Docs, qui a pu changer depuis la facture ; enregistrez-le en PDF (Fichier → Télécharger → PDF, puis déposez-le dans Drive) et liez ce PDF',
  invoiceFileNotPdf:
    '%{number} : « %{name} » n’est pas un PDF (%{kind}) ; liez le PDF de la facture',
  invoiceFileNumberNotInName:
    '%{number} : le nom du PDF « %{name} » ne contient pas ce numéro de facture ; liez le PDF de cette facture, ou renommez-le (par exemple « %{number}.pdf »)',
  skippedByYou: '%{stage} · sautée par vous',
  due: 'prévue',
  dueNote: 'prévu',

  // Quotes and payment plans (status notes).
  quoteAccepted: 'Accepté',
  quoteSigned: 'Signé',
  quoteRefused: 'Refusé',
  quoteExpired: 'Expiré',
  quoteClosed: '%{status} : plus de suivi',
  quoteNoteLate:
    '« %{note} » prévu le %{date} : plus de %{days} jours de retard, non envoyé (à vous de voir)',
  planBroken: 'Échéancier rompu le %{on} (échéance %{instalment} impayée) : relances reprises',
  planCompleted: 'Échéancier soldé',
  planKept: 'Échéancier en cours : %{paid}/%{count} échéances payées',
  planStage: 'Échéancier',

  // The failure digest and the menu's toasts.
  failureDigestSubject: 'Relance : %{failures} problème(s) lors de l’exécution du %{day}',
  runCounts:
    '%{sent} e-mail(s), %{drafted} brouillon(s), %{tasks} appel(s), %{failed} échec(s), %{carriedOver} reporté(s).',
  runCountsTest:
    '%{sent} e-mail(s) de test, %{drafted} brouillon(s), %{tasks} appel(s), %{failed} échec(s), %{carriedOver} reporté(s).',
  setUpReady: 'Relance est prêt (mode test) sur « %{sheet} ». Ouvrez Relance pour continuer.',

  // Errors of the sidebar's calls.
  noInvoicesTab: 'Aucun onglet de factures n’est encore choisi : lancez le guide de démarrage.',
  noInvoiceToRender: 'Aucune facture pour rendre le message.',
  noUnpaidInvoiceForTest: 'Aucune facture impayée à utiliser pour le test.',
  runInProgress: 'Une exécution de Relance est en cours : réessayez dans une minute.',
  logTabMissing: 'L’onglet du journal est introuvable : relancez la configuration.',
  templatesTabMissing: 'L’onglet des modèles est introuvable : lancez le guide de démarrage.',
  invoiceNotFound: 'Facture %{invoice} introuvable.',
  noDecisionWaiting:
    'La facture %{invoice} n’attend pas de décision : elle est déjà relancée ou suspendue.',
  noStageToSkip: 'La facture %{invoice} n’a pas d’étape à venir à passer.',
  noCallWaiting: 'Aucun appel en attente pour ce client.',
  noLastGoodSettings:
    'Aucune version valide des réglages n’est conservée : enregistrez-les de nouveau dans Réglages.',
  noSignatureLive:
    'En mode réel, indiquez qui signe les relances : aucun e-mail ne part sans signature (en mode test, ce champ peut rester vide).',
  noSignature:
    'Indiquez d’abord qui signe les relances (votre nom, dans « Qui signe les relances » du guide de démarrage ou dans les réglages) : aucun e-mail ne part sans signature.',

  // Why a run stopped.
  stop_no_spreadsheet:
    'Aucune feuille de calcul trouvée : ouvrez Relance dans votre feuille et lancez la configuration.',
  stop_not_set_up:
    'Relance n’est pas encore configuré dans cette feuille : lancez « Configurer… ».',
  stop_settings_damaged:
    'Les réglages enregistrés dans la feuille sont endommagés : rien n’est envoyé. Ouvrez Relance → Réglages pour restaurer la dernière version valide.',
  stop_automation_off:
    'L’envoi quotidien est arrêté dans les réglages : cette exécution automatique n’a rien envoyé.',
  stop_authorization_required:
    'Relance a besoin d’une nouvelle autorisation : ouvrez le menu Relance pour l’accorder. Aucun e-mail n’est parti.',
  stop_locked:
    'Une autre exécution de Relance était en cours : celle-ci s’est arrêtée sans rien envoyer.',
  stop_no_invoices_tab:
    'L’onglet des factures est introuvable (renommé ou supprimé ?) : choisissez-le dans la configuration.',
  stop_invoices_tab_not_chosen:
    'Aucun onglet de factures reconnu : il faut les colonnes N° facture, client, e-mail, montant et échéance, une seule fois chacune. Choisissez l’onglet et ses colonnes dans la configuration.',
  stop_no_templates_tab:
    'L’onglet des modèles est introuvable : relancez la configuration pour le recréer.',
  stop_no_log_tab:
    'L’onglet du journal est introuvable : relancez la configuration pour le recréer. Rien n’est envoyé sans journal.',
  stop_mapping_incomplete:
    'Des colonnes obligatoires de l’onglet des factures sont introuvables ou ambiguës.',
  stop_log_unreadable:
    'L’en-tête du journal a été modifié : colonnes introuvables. Rien n’est envoyé tant qu’il n’est pas réparé.',
  stop_history_unverified:
    'Journal vide et Gmail injoignable pour retrouver ce qui est déjà parti : rien n’est envoyé, pour ne rien envoyer deux fois. La prochaine exécution réessaie.',
  stop_quota: 'Quota quotidien d’e-mails atteint : le reste partira à la prochaine exécution.',
  stop_time_budget: 'Temps d’exécution presque écoulé : le reste partira à la prochaine exécution.',
  stop_error: 'Erreur inattendue pendant l’exécution.',

  // Problems in a settings object (src/core/settings-validation.ts).
  settingBoolean: 'Doit valoir vrai ou faux.',
  settingInteger: 'Doit être un nombre entier de %{min} à %{max} (reçu : %{value}).',
  settingDecimal: 'Doit être un nombre de %{min} à %{max} (reçu : %{value}).',
  settingText: 'Doit être un texte.',
  settingEmpty: 'Ne peut pas être vide.',
  settingTooLong: 'Trop long : %{maxLength} caractères au plus.',
  settingOneLine: 'Doit tenir sur une ligne.',
  settingOneOf: 'Valeur inconnue %{value} : choisir parmi %{values}.',
  settingEmail: "« %{value} » n'est pas une adresse e-mail valide.",
  settingList: 'Doit être une liste.',
  settingTooMany: '%{maxItems} éléments au plus.',
  settingColumns: 'Doit associer des champs à des en-têtes.',
  settingNoBusinessDay: 'Choisir au moins un jour ouvré.',
  settingDayTwice: 'Un jour figure deux fois.',
  settingCountry:
    'Code pays à deux lettres majuscules attendu (ISO 3166-1, ex. FR), reçu %{value}.',
  settingOffsets: 'Doit donner un délai par étape.',
  settingStageOrder:
    "L'étape %{stage} (%{offset} j) doit venir après %{previous} (%{previousOffset} j).",
  settingPlanReminderAfterBreak:
    "Le rappel d'une échéance manquée (%{after} j) doit venir avant la rupture du plan (%{limit} j).",
  settingLateShares:
    'La part de retards d’un client ponctuel doit rester sous celle d’un client souvent en retard.',
  settingLateDays:
    'Le retard moyen d’un client ponctuel doit rester sous celui d’un client souvent en retard.',
  settingDate: 'Date attendue au format AAAA-MM-JJ, reçu %{value}.',
  settingSeries: 'Nom de série attendu en minuscules (ex. ecb_mro), reçu %{value}.',
  settingRateUntil: 'La fin de validité ne peut pas précéder la date de début.',
  settingRateTwice: 'La série %{series} a déjà un taux au %{from}.',
  settingVersion: 'Version de réglages %{value} inconnue (attendue : %{version}).',
  settingUnknown: 'Réglage inconnu.',
  settingObject: 'Doit être un objet.',
  settingMissing: 'Valeur manquante.',

  // Template problems (src/core/templates/validate-template.ts).
  templateSubject: "l'objet",
  templateBody: 'le corps',
  templateNamed: 'Modèle %{label} : ',
  templateNamedIn: 'Modèle %{label} (%{where}) : ',
  templateIn: 'Dans %{where} : ',
  template_unknown_placeholder:
    '%{prefix}champ inconnu « %{fragment} ». Les noms possibles sont dans la liste des champs.',
  template_unbalanced_braces:
    "%{prefix}accolades non appariées près de « %{fragment} » : un champ s'écrit {{nom}}.",
  template_empty_placeholder: '%{prefix}champ vide « %{fragment} ».',
  template_bad_plural: "%{prefix}« %{fragment} » doit s'écrire {{plural:singulier|pluriel}}.",
  template_block_in_subject:
    "%{prefix}« %{fragment} » (un tableau) ne peut pas figurer dans l'objet.",
  template_empty_subject: "%{prefix}l'objet est vide.",
  template_empty_body: '%{prefix}le corps du message est vide.',
  template_unavailable_value:
    '%{prefix}« %{fragment} » ne peut pas être calculé : un taux de référence manque dans les réglages.',
  template_unbalanced_section:
    '%{prefix}section optionnelle mal fermée près de « %{fragment} » : elle s’écrit {{#nom}}…{{/nom}}.',
  template_empty_value:
    '%{prefix}« %{fragment} » est vide pour ce message : renseignez-le, ou placez la phrase dans une section optionnelle {{#nom}}…{{/nom}}.',
  template_unsent_reminder_claim:
    '%{prefix}« %{fragment} » parle de relances déjà envoyées, alors que le journal en compte moins pour ce message (une étape a été passée) : il attend. Écrivez cette phrase dans une section {{#previous_reminders}}…{{/previous_reminders}}, avec {{previous_reminders}} (« mon précédent rappel », « mes précédents rappels »), et la variante sans relance dans {{^previous_reminders}}…{{/previous_reminders}}, comme les modèles par défaut.',
  template_unsigned:
    '%{prefix}le message n’est pas signé : ajoutez %{fragment} (votre nom, tiré des réglages) à la fin du corps. Aucun e-mail ne part sans signature.',
  template_no_invoice: '%{prefix}aucune facture à présenter.',

  // Rows of the templates tab that cannot be read (src/core/templates/template-tab.ts).
  templateCell: 'Ligne %{row}, colonne %{column} : %{what} ; attendu : %{expected}.',
  templateCellMissing: 'valeur manquante',
  templateCellUnknown: 'valeur « %{value} » non reconnue',
  templateExpected_stage: 'pre_due, r1, r2, r3, call ou notice',
  templateExpected_segment: 'all, new, punctual, occasional, chronic, high_risk ou key_account',
  templateExpected_language: 'fr ou en',
  templateExpected_variant: 'une lettre ou un chiffre (A, B…)',
  templateExpected_subject: 'un texte',
  templateExpected_body: 'un texte',
  templateExpected_active: 'oui ou non (case à cocher)',
  templateDuplicate:
    'Ligne %{row} : le modèle %{id} existe déjà ligne %{first} ; cette ligne est ignorée.',
  templateColumnsMissing: "Ligne 1 : colonnes manquantes dans l'onglet des modèles : %{columns}.",

  // Rows of the invoices tab that cannot be read (src/core/messages/row-errors.ts).
  and: 'et',
  rowAt: 'Ligne %{row} : ',
  rowColumn: '(colonne « %{header} »)',
  rowCreditNote: ' ; un avoir ne se relance pas',
  row_missing: '%{at}la colonne « %{header} » est vide ; elle est obligatoire.',
  row_invalid: "%{at}%{subject} « %{value} » %{column} n'est pas valide ; attendu : %{wanted}.",
  row_formula_error:
    "%{at}la colonne « %{header} » affiche l'erreur de formule « %{value} » ; corrigez la formule dans la feuille.",
  row_negative: '%{at}%{subject} « %{value} » %{column} est négatif%{creditNote}.',
  row_duplicate:
    '%{at}le numéro de facture « %{value} » figure sur les lignes %{rows} ; cette facture n’est pas relancée tant que le doublon n’est pas corrigé.',
  row_due_before_issue:
    "%{at}l'échéance « %{value} » %{column} précède la date d'émission « %{issueValue} » (colonne « %{issueHeader} »).",
  row_paid_exceeds_amount:
    '%{at}le montant payé « %{value} » %{column} dépasse le montant de la facture « %{amountValue} ».',
  row_currency_conflict:
    "%{at}%{subject} « %{value} » %{column} n'est pas dans la devise de la facture (%{expected}).",
  row_too_long:
    '%{at}le numéro de facture « %{value} » est trop long (plus de %{max} caractères) ; raccourcissez-le.',
  row_too_many_recipients:
    '%{at}la colonne « %{header} » contient %{count} adresses ; au plus %{max} par facture. Gardez les destinataires utiles.',
  row_unreadable: "%{at}la ligne n'a pas pu être lue.",

  // A payment plan that cannot be made (src/core/payment-plans/create-plan.ts).
  planInvoiceNotFound: 'Facture introuvable : %{number}.',
  planInvoicePaid: 'La facture %{number} est déjà payée.',
  planInvoiceNotChased:
    'La facture %{number} n’est pas à relancer (litige, attente ou prélèvement) : pas d’échéancier.',
  planInvoiceInPlan: 'La facture %{number} est déjà dans un échéancier en cours.',
  planNoInvoice: 'Aucune facture choisie.',
  planOneClient: 'Un échéancier ne couvre que les factures d’un seul client.',
  planOneCurrency: 'Les factures d’un échéancier doivent être dans la même devise.',
  planInstalmentCount: 'Un échéancier compte de 1 à %{max} échéances.',
  planInstalmentDates: 'Les dates des échéances doivent être à venir et croissantes.',
  planInstalmentAmount: 'Chaque échéance doit avoir un montant positif.',
  planInstalmentSum: 'Les échéances totalisent %{sum} ; le reste dû est %{total} %{currency}.',

  // Set-up's problems (src/app/setup/set-up.ts).
  logWarning:
    'Journal de Relance : la trace de ce qui a été envoyé. Modifier ou supprimer une ligne peut faire repartir une relance.',
  setUpNoInvoicesTab:
    'Aucun onglet de factures reconnu : choisissez-le, ou créez l’onglet d’exemple.',
  setUpMappingIncomplete:
    'Colonnes obligatoires introuvables ou ambiguës dans « %{sheet} » : %{missing}.',

  // Messages of the run, the sidebar's actions, rates and templates.
  testBannerCopy: ' (copie : %{cc})',
  testBanner: 'TEST — en mode réel, ce message serait envoyé à %{to}%{copy}.',
  noActiveTemplate: 'Aucun modèle actif pour l’étape %{stage} en %{language}.',
  noActiveTemplateForStage: 'Aucun modèle actif pour cette étape.',
  recipientsOverQuota:
    '%{needed} destinataires : plus que le quota restant (%{quota}) ; réessayé à la prochaine exécution',
  unknownStageOrVariant: 'Étape « %{stage} » ou variante « %{variant} » inconnue.',
  variantNotWinner:
    'La variante %{variant} n’est pas (ou plus) la gagnante de l’étape %{stage} : rien n’a été changé.',
  invoicesOrLogTabMissing:
    'Onglets des factures ou du journal introuvables : relancez la configuration.',
  logColumnsMissing: 'Colonnes manquantes : %{columns}.',
  quoted: '« %{text} »',
  columnsToCheck: 'Colonnes à vérifier : %{fields}.',
  quoteColumnsMissing:
    'Onglet des devis « %{sheet} » : colonnes introuvables ou ambiguës : %{list}. Choisissez-les dans le guide de démarrage.',
  quotesTabGone:
    'L’onglet des devis « %{sheet} » n’existe plus : choisissez-le de nouveau dans le guide de démarrage.',
  quoteStatusInvalid:
    "Ligne %{row} : le statut « %{value} » (colonne « %{header} ») n'est pas valide ; attendu : %{expected}.",
  settingsNotSaved:
    'Les réglages n’ont pas pu être enregistrés dans la feuille ; rien n’a changé. Réessayez.',
  contractRateBelowFloor:
    'Taux contractuel de %{contract} % refusé : en France il ne peut être inférieur à 3 fois le taux de l’intérêt légal, soit %{floor} % pour ce semestre (article L441-10 du Code de commerce).',
  templateHeaderBroken:
    'L’onglet des modèles n’a pas de colonne %{columns} : rétablissez son en-tête.',
  templateTaken:
    'Un autre modèle a déjà cette étape, ce profil, cette langue et cette variante (ligne %{row}).',

  // The sidebar's malformed requests (src/core/request-checks.ts, src/core/sidebar-requests.ts).
  requestMalformed: 'Demande mal formée.',
  requestTextInvalid: '%{what} manquant ou invalide (%{value}).',
  requestFlagInvalid: '%{what} : vrai ou faux attendu.',
  requestDateInvalid: "%{what} : « %{value} » n'est pas une date AAAA-MM-JJ qui existe.",
  requestOneOfInvalid: '%{what} « %{value} » inconnu ; attendu : %{values}.',
  requestProblems: '%{problems}',
  requestTextExpected: '%{what} : texte attendu.',
  requestVariantInvalid: 'Variante : A, B, C… attendue.',
  requestTemplateRowInvalid: 'Ligne du modèle invalide.',
  requestInvoiceNumberInvalid: 'Numéro de facture invalide.',
  requestTemplateMissing: 'Modèle manquant.',
  requestQuotesTabIsInvoicesTab:
    'L’onglet des devis doit être un autre onglet que celui des factures.',
  requestTabMissing: "L'onglet « %{sheet} » n'existe pas dans cette feuille.",
  requestFieldUnknown: 'Champ inconnu : %{fields}.',
  requestHeaderInvalid: 'En-tête invalide pour %{field}.',
  field_invoice_number: 'Numéro de facture',
  field_client: 'Client',
  field_customer_kind: 'Type de client par défaut',
  field_end_date: 'Date de fin',
  field_automation: 'Automatisation',
  field_stage: 'Étape',
  field_audience: 'Public',
  field_language: 'Langue',
  field_subject: 'Objet',
  field_body: 'Texte',
  field_active: 'Actif',

  // Run notes about the status columns, and the run's unexpected error.
  statusHeaderClash:
    'Colonnes d’état non écrites : %{columns} porte le nom d’une colonne de Relance, sans ses quatre colonnes une fois chacune. Renommez votre colonne ou rétablissez les en-têtes de Relance.',
  namedColumn: '« %{header} » (colonne %{letter})',
  statusKeyColumnGone: 'Colonnes d’état non écrites : colonne « %{header} » introuvable.',
  unexpectedRunError:
    'Relance : exécution arrêtée par une erreur inattendue (%{kind}), détail dans « Dernière exécution ».',
  rateNoAnswer: '%{name} : le service n’a pas répondu (%{error}).',
  rateStatus: '%{name} : le service a répondu %{status}.',
  rateFormat: '%{name} : réponse dans un format inattendu, rien n’a été changé.',

  // Why an invoice gets nothing today (skip-reason-text.ts).
  skip_paid: 'Payée.',
  skip_auto_pay: 'Prélèvement automatique : rien à relancer.',
  skip_cancelled: 'Annulée.',
  skip_disputed: 'Contestée : traitez le litige.',
  skip_on_hold: 'En attente (colonne statut).',
  skip_do_not_contact: 'Le client ne veut pas être relancé par e-mail.',
  skip_sequence_done: 'Toutes les étapes ont été faites.',
  skip_sequence_done_test:
    'Mode test : toutes les étapes vous ont été envoyées en [TEST], rien au client. En passant en réel, la vraie séquence commence.',
  skip_pending_unconfirmed:
    "Envoi précédent non confirmé : vérification avant d'envoyer à nouveau.",
  skip_promise: "Promesse de paiement jusqu'au %{until}.",
  skip_client_replied: "En pause : le client a répondu le %{on}, jusqu'au %{until}.",
  skip_client_replied_open: "En pause : le client a répondu le %{on}, jusqu'à reprise.",
  skip_client_paused: "En pause depuis le %{on}, jusqu'au %{until}.",
  skip_client_paused_open: "En pause depuis le %{on}, jusqu'à reprise.",
  skip_manual_email: "En pause : vous avez écrit récemment au client, jusqu'au %{until}.",
  skip_min_gap: 'Dernière relance le %{last} : prochaine au plus tôt le %{until}.',
  skip_max_reminders_one: 'Plafond atteint : %{count} relance.',
  skip_max_reminders: 'Plafond atteint : %{count} relances.',
  skip_held_by_user: "Suspendue par vous jusqu'au %{until}.",
  skip_held_by_user_open: 'Suspendue par vous.',
  skip_time_barred_fr_consumer:
    'Prescrite depuis le %{since} : l’action d’un professionnel contre un particulier se prescrit par deux ans (Code de la consommation, art. L218-2).',
  skip_time_barred_fr_business:
    'Prescrite depuis le %{since} : l’action en paiement entre professionnels se prescrit par cinq ans (Code de commerce, art. L110-4 ; Code civil, art. 2224).',
  skip_time_barred_fr_public:
    'Prescrite depuis le %{since} : une créance sur une personne publique s’éteint quatre ans après le 1er janvier suivant l’année où elle est née (loi n° 68-1250 du 31 décembre 1968, art. 1).',
  skip_time_barred_fr_unknown_kind:
    'Peut-être prescrite depuis le %{since} : le type de client n’est pas indiqué, et l’action contre un particulier se prescrit par deux ans (Code de la consommation, art. L218-2). Si le client est une entreprise, indiquez-le (colonne « Type » ou réglages).',
  skip_time_barred_uk_contract:
    'Prescrite depuis le %{since} : l’action fondée sur un contrat se prescrit par six ans (Limitation Act 1980, s. 5).',
  skip_time_barred_after:
    'Relance n’envoie plus rien pour elle. Si le client a reconnu la dette ou versé un acompte depuis, le délai a pu repartir : relancez-le vous-même.',
  auto_reply_note: 'Réponse automatique de %{from} le %{on} : « %{quote} »',
  skip_bounced:
    "Suspendue : la relance du %{on} n'a pas été distribuée (adresse rejetée). Corrigez l'adresse e-mail de la ligne, puis reprenez.",
  skip_old_debt:
    'Impayée depuis %{days} jours, jamais relancée : à vous de décider (relancer depuis la 1re relance, ou ignorer).',
} as const;

/** The keys of the server's sentences, each with a French and an English text. */
export type ServerTextKey = keyof typeof SERVER_TEXTS_FR;

/** A table of the server's sentences in one language. */
export type ServerTextTable = { readonly [Key in ServerTextKey]: string };

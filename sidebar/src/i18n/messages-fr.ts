import type { RunSummary } from '../../../src/api/automation.ts';
import { outcomesFr } from './statistics-messages.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** French interface text; its shape is the type every language follows. */
export const fr = {
  loading: 'Chargement…',
  working: 'En cours…',
  errorTitle: 'Échec :',
  serverFailed:
    'Relance n’a pas pu terminer cette action. Rien n’a été perdu : réessayez dans un instant ; si cela se répète, fermez et rouvrez la barre latérale.',
  details: 'Détails',
  retry: 'Réessayer',
  cancel: 'Annuler',
  refresh: 'Actualiser',
  save: 'Enregistrer',
  saved: 'Enregistré.',
  required: 'obligatoire',
  openLarger: 'Agrandir',
  tabsLabel: 'Vues de Relance',
  tabStart: 'Démarrer',
  tabToday: "Aujourd'hui",
  tabTemplates: 'Modèles',
  tabSettings: 'Réglages',
  tabStatistics: 'Stats',
  tabStatisticsTitle: 'Statistiques : encours, retards de paiement, effet des relances',
  outcomes: outcomesFr,

  stage: {
    pre_due: 'Avant échéance',
    r1: 'Relance 1',
    r2: 'Relance 2',
    r3: 'Relance 3',
    call: 'Appel',
    notice: 'Mise en demeure',
    q_follow: 'Suivi de devis',
    q_expired: 'Devis expiré',
    plan_note: 'Échéancier : rappel',
    plan_reminder: 'Échéancier : relance',
  },
  segment: {
    new: 'Nouveau client',
    punctual: 'Ponctuel',
    occasional: 'Parfois en retard',
    chronic: 'Souvent en retard',
    high_risk: 'À risque',
  },
  weekdays: ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'],

  todayTitle: (day: string) => `Prochain envoi — ${day}`,
  todayNoSheet: "Aucun onglet de factures n'est encore lu : suivez le guide de démarrage.",
  openGuide: 'Ouvrir le guide',
  testModeOn: 'Mode test : tout part vers vous, pas vers les clients.',
  runNow: 'Lancer maintenant',
  toSend: (n: number) => `À envoyer (${n})`,
  nothingToSend: "Aucune relance à envoyer aujourd'hui.",
  toRecipients: (to: string) => `À : ${to}`,
  templateMissing: 'Aucun modèle actif pour cette étape.',
  stageNoun: {
    pre_due: 'du rappel avant l’échéance',
    r1: 'de la première relance',
    r2: 'de la deuxième relance',
    r3: 'de la troisième relance',
    call: 'de l’appel',
    notice: 'de la mise en demeure',
  },
  why: (stageNoun: string, daysOverdue: number) =>
    daysOverdue > 0
      ? `Pourquoi : l’échéance est passée depuis ${plural(daysOverdue, 'jour', 'jours')}, c’est le moment ${stageNoun}.`
      : daysOverdue === 0
        ? `Pourquoi : l’échéance est aujourd’hui, c’est le moment ${stageNoun}.`
        : `Pourquoi : l’échéance arrive dans ${plural(-daysOverdue, 'jour', 'jours')}, c’est le moment ${stageNoun}.`,
  profile: 'Profil :',
  explain: (term: string) => `Qu’est-ce que « ${term} » ?`,
  segmentHelp: {
    new: 'Aucune facture de ce client n’est encore payée : calendrier standard.',
    punctual:
      'Paie à l’heure (par défaut : au plus 10 % de retards, 3 jours en moyenne) : pas de rappel avant l’échéance, première relance plus tard.',
    occasional: 'Ni ponctuel ni souvent en retard : calendrier standard.',
    chronic:
      'Au moins la moitié des factures payées en retard, ou 15 jours de retard en moyenne (par défaut) : relances plus tôt.',
    high_risk:
      'Une facture impayée depuis plus de 60 jours, ou une mise en demeure déjà préparée (par défaut) : délais les plus courts.',
  },
  testModeHelp:
    'En mode test, chaque message part vers votre adresse avec [TEST] dans l’objet ; les clients ne reçoivent rien. En passant en réel, chaque client reprend sa séquence au début.',
  runConfirmTitle: (emails: number, clients: number) =>
    `Envoyer ${plural(emails, 'e-mail', 'e-mails')} à ${plural(clients, 'client', 'clients')} maintenant ?`,
  runConfirmFollowUps: (n: number) =>
    `Et préparer ${plural(n, 'brouillon ou appel', 'brouillons ou appels')} (jamais envoyés seuls).`,
  runConfirmSend: 'Envoyer maintenant',
  runDone: 'Exécution terminée :',
  skipPending: (number: string) =>
    `${number} sera sautée (étape comptée comme faite, rien envoyé).`,
  undo: 'Annuler',
  resumeHold: 'Reprendre',
  dueOn: (day: string) => `échéance ${day}`,
  daysLate: (n: number) => `${plural(n, 'jour', 'jours')} de retard`,
  postponedFrom: (day: string) => `Reportée du ${day} (week-end ou jour férié).`,
  skipInvoice: 'Sauter',
  holdInvoice: 'Suspendre',
  holdUntil: "Suspendre jusqu'au (vide : jusqu'à reprise)",
  holdConfirm: 'Confirmer',
  followUps: (n: number) => `Brouillons et appels (${n})`,
  noFollowUps: 'Aucun brouillon ni appel en attente.',
  callTask: 'À faire : appeler le client.',
  noticeDraft: 'Une mise en demeure sera préparée en brouillon dans Gmail, jamais envoyée seule.',
  markCallDone: 'Appel fait',
  showMore: (n: number) => `Afficher plus (encore ${n})`,
  notToday: (n: number) => `Pas de relance aujourd'hui (${n})`,
  noSkips: 'Aucune facture impayée en attente.',
  nextStep: (stage: string, day: string) => `Ensuite : ${stage} le ${day}.`,
  resume: (client: string) => `Reprendre ${client}`,
  languageFallback: (stage: string, wanted: string, used: string) =>
    `Pas de modèle ${wanted === 'en' ? 'anglais' : 'français'} pour « ${stage} » : envoyé en ${used === 'fr' ? 'français' : 'anglais'}.`,
  oldDebtsTitle: (n: number) => `Anciennes factures impayées (${n})`,
  oldDebtsHelp: (days: number) =>
    `En retard de ${days} jours ou plus, jamais relancées : Relance n'envoie rien sans votre accord.`,
  chaseOldDebt: 'Relancer (1re relance)',
  ignoreOldDebt: 'Ignorer',
  forecastCount: (n: number) => plural(n, 'envoi', 'envois'),
  rowsToFix: (n: number) => `Lignes à corriger (${n})`,
  noRowProblems: 'Toutes les lignes sont lisibles.',
  forecastTitle: '7 prochains jours',
  forecastEmpty: 'Rien de prévu dans les 7 prochains jours.',
  lastRunTitle: 'Dernière exécution',
  neverRun: "Relance n'a encore jamais tourné.",
  runCounts: (s: RunSummary) =>
    `${s.testSent ? `${plural(s.testSent, 'test envoyé', 'tests envoyés')} à vous-même, ` : ''}${plural(s.sent, 'envoi', 'envois')}, ${plural(s.drafted, 'brouillon', 'brouillons')}, ${plural(s.tasks, 'appel', 'appels')}, ${plural(s.failed, 'échec', 'échecs')}${s.carriedOver ? `, ${s.carriedOver} reporté(s)` : ''}.`,

  settingsInvalid: (n: number) =>
    `${plural(n, 'réglage à corriger', 'réglages à corriger')} : rien n'a été enregistré.`,
  automationTitle: 'Automatisation',
  settingsDamaged:
    'Les réglages enregistrés dans cette feuille sont endommagés (modifiés hors de Relance) : rien n’est envoyé tant qu’ils ne sont pas restaurés ou enregistrés de nouveau.',
  restoreSettings: (day: string) => `Restaurer la dernière version valide (${day})`,
  noGoodSettings:
    'Aucune version valide n’est conservée : vérifiez les réglages ci-dessous et enregistrez-les.',
  triggerOwnedBy: (owner: string) =>
    `L’envoi quotidien est le déclencheur de ${owner}. L’arrêter ici arrête tout envoi pour tous : son déclencheur s’exécute encore mais n’envoie rien.`,
  triggerOwnerStops: (owner: string) =>
    `L’envoi est arrêté. ${owner} supprime le déclencheur quotidien depuis Relance → Réglages → Automatisation dans cette feuille (ou Extensions → Apps Script → Déclencheurs).`,
  automationOn: (hour: number, zone: string) => `Active : chaque jour vers ${hour} h (${zone}).`,
  automationOff: "Inactive : rien n'est envoyé automatiquement.",
  triggerMissing: "L'exécution quotidienne est demandée mais son déclencheur manque.",
  turnAutomationOn: "Activer l'envoi quotidien",
  turnAutomationOff: "Arrêter l'envoi quotidien",
  sectionSender: 'Expéditeur',
  senderName: "Nom de l'expéditeur",
  senderContact: 'Contact pour les questions',
  replyTo: 'Adresse de réponse',
  cc: 'Copie (cc)',
  bcc: 'Copie cachée (cci)',
  commaSeparated: 'Adresses séparées par des virgules.',
  defaultLanguage: 'Langue par défaut des e-mails',
  sectionSchedule: 'Calendrier',
  sendHour: "Heure d'envoi",
  businessDays: "Jours d'envoi",
  country: 'Pays par défaut (code ISO, ex. FR)',
  alsaceMoselle: 'Jours fériés d’Alsace-Moselle',
  sectionRules: 'Règles',
  minGapDays: 'Jours minimum entre deux relances',
  maxReminders: 'Relances e-mail maximum par facture',
  pauseDays: 'Pause après une réponse (jours)',
  pauseDaysHint: '0 : jusqu’à reprise manuelle.',
  recentManualDays: 'Pause après un e-mail écrit à la main (jours)',
  attachmentPolicy: 'Si la facture jointe manque',
  attachSendWithout: 'Envoyer sans pièce jointe',
  attachHold: 'Ne pas envoyer',
  sectionOffsets: 'Étapes par profil',
  offsetsHint: "Jours par rapport à l'échéance (−3 = trois jours avant). Vide : étape désactivée.",
  segmentLabel: 'Profil de client',
  timing: {
    followDaysBefore: 'Suivi de devis · jours avant',
    minDaysSinceSent: 'Suivi de devis · jours mini après envoi',
    expiredBusinessDaysAfter: 'Devis expiré · jours ouvrés après',
    noteDaysBefore: 'Échéancier : rappel · jours avant',
    reminderDaysAfter: 'Échéancier : relance · jours après',
    breakAfterDays: 'Échéancier : rupture · jours après',
  },
  sectionThresholds: 'Seuils des profils',
  threshold: {
    lateGraceDays: 'Tolérance avant « en retard » (jours)',
    punctualMaxLateShare: 'Ponctuel : part de retards au plus',
    punctualMaxAverageDaysLate: 'Ponctuel : retard moyen au plus (jours)',
    chronicMinLateShare: 'Souvent en retard : part de retards au moins',
    chronicMinAverageDaysLate: 'Souvent en retard : retard moyen au moins (jours)',
    highRiskDaysOverdue: 'À risque : impayé depuis plus de (jours)',
    keyAccountMinShare: 'Compte clé : part du chiffre d’affaires au moins',
  },
  establishment: 'Votre entreprise est établie en (code pays)',
  establishmentHint:
    'Sa loi régit vos factures (Rome I, art. 4), sauf si la colonne « Loi applicable » d’une ligne en désigne une autre : FR, GB, BE, DE ou un autre pays de l’UE.',
  unknownClientKind: (n: number) =>
    `${plural(n, 'facture impayée ne dit pas', 'factures impayées ne disent pas')} si le client est une entreprise ou un particulier : Relance n’y réclame ni intérêts de retard ni indemnité forfaitaire, qui dépendent de ce type. Ajoutez une colonne « Type » (entreprise / particulier) à l’onglet des factures, ou choisissez le type par défaut dans Réglages › Pénalités de retard.`,
  autoRepliesNote:
    'Réponses automatiques (absences) reçues ces deux dernières semaines. Ce ne sont pas des réponses : les relances continuent.',
  defaultCustomerKind: 'Vos clients, quand la colonne « Type » ne le dit pas',
  customerKindOption: {
    unknown: 'Non précisé : aucune pénalité légale réclamée',
    b2b: 'Des entreprises (professionnels)',
    b2c: 'Des particuliers',
    public: 'Des acheteurs publics (administrations, collectivités)',
  },
  defaultCustomerKindHint:
    'Les intérêts de retard de l’article L441-10 et l’indemnité de 40 € ne sont dus que par un client professionnel ; un particulier doit d’autres intérêts, après mise en demeure. Tant que ce n’est pas précisé, Relance ne réclame aucune pénalité légale pour ces lignes.',
  senderAddress: 'Adresse postale (pour les mises en demeure)',
  senderRegistration: 'Numéro d’entreprise, ex. SIRET 123 456 789 00012',
  seriesName: {
    ecb_mro: 'Taux BCE',
    boe_base: 'Taux de la Banque d’Angleterre',
    fr_legal_pro: 'Taux de l’intérêt légal',
    de_basis: 'Basiszinssatz (Bundesbank)',
  },
  refreshedOn: 'mis à jour le',
  neverRefreshed: 'pas encore mis à jour (l’exécution quotidienne le fait une fois par mois)',
  refreshFailed: 'La dernière mise à jour a échoué ; les taux déjà connus sont conservés :',
  rateToAsk: (series: string, from: string) =>
    `${series} du semestre commençant le ${from} : aucun service ne le fournit, ajoutez-le ci-dessous depuis la page officielle.`,
  officialPage: 'Page officielle',
  ratesHint:
    'Les taux depuis 2020 sont intégrés, avec leurs sources. Un taux ajouté ci-dessous l’emporte sur les taux intégrés et mis à jour pour le même jour.',
  sectionLateFees: 'Pénalités de retard',
  contractRate: 'Taux contractuel (% par an)',
  contractRateHint:
    'Vide : taux légal de la loi applicable (France : BCE + 10 points). En France, un taux contractuel ne peut être inférieur à 3 fois le taux de l’intérêt légal.',
  rates: 'Taux de référence',
  rateSeries: 'Série',
  rateFrom: 'Applicable dès le',
  ratePercent: 'Taux (%)',
  addRate: 'Ajouter un taux',
  removeRate: 'Retirer ce taux',
  rateSource: 'Source :',
  rateSeriesHint: 'Code de la série : ecb_mro, fr_legal_pro, boe_base… ou ncb_pl pour la Pologne.',
  rateSeriesName: (series: string) =>
    ({
      ecb_mro: 'BCE — taux de refinancement principal',
      fr_legal_pro: 'Taux de l’intérêt légal — cas général',
      fr_legal_consumer: 'Taux de l’intérêt légal — créancier particulier',
      boe_base: 'Banque d’Angleterre — taux de base',
    })[series] ??
    (series.startsWith('ncb_')
      ? `Banque centrale nationale (${series.slice(4).toUpperCase()})`
      : series),
  percentError: (received: number | null) =>
    `Doit être un pourcentage de 0 à 100 %${received === null ? '' : ` (reçu : ${received.toLocaleString('fr-FR')} %)`}.`,
  fieldError: (label: string, message: string) => `${label} : ${message}`,
  sectionTesting: 'Test et alertes',
  testMode: 'Mode test',
  failureDigest: "M'écrire quand une exécution a des échecs",

  templatesHint:
    "L'onglet Modèles de la feuille reste la référence : vos modifications y sont écrites.",
  newTemplate: 'Nouveau modèle',
  reloadFromSheet: 'Relire la feuille',
  filterStage: 'Étape',
  allStages: 'Toutes les étapes',
  allSegments: 'Tous profils',
  keyAccount: 'Comptes clés',
  noTemplates: 'Aucun modèle pour ce filtre.',
  inactive: 'inactif',
  noSubject: '(sans objet)',
  issueCount: (n: number) => plural(n, 'problème', 'problèmes'),
  editTemplate: (row: number) => `Modèle, ligne ${row}`,
  backToList: 'Retour à la liste',
  stageLabel: 'Étape',
  languageLabel: 'Langue',
  variantLabel: 'Variante',
  subjectLabel: 'Objet',
  bodyLabel: 'Message',
  placeholders: 'Champs à insérer',
  syntaxTitle: 'Comment écrire un modèle',
  syntax: [
    {
      code: '{{client}}',
      what: 'Un champ : remplacé par la valeur de la facture (liste ci-dessous ; les noms français marchent aussi).',
      example: 'Bonjour {{contact}}, → Bonjour Marie,',
    },
    {
      code: '{{plural:la facture|les factures}}',
      what: 'Le singulier ou le pluriel selon le nombre de factures du message, séparés par « | ».',
      example:
        '{{plural:la facture|les factures}} {{invoice_number}} → la facture F-12 ; avec deux factures : les factures F-12 et F-15',
    },
    {
      code: '{{invoice_list}}',
      what: 'Le tableau des factures du message (dans le corps seulement, pas dans l’objet).',
      example: 'une ligne par facture, et le total quand il y en a plusieurs',
    },
    {
      code: '{{#sender_contact}}…{{/sender_contact}}',
      what: 'Un passage facultatif : gardé seulement quand le champ nommé des deux côtés a une valeur, omis sinon (ni trou ni virgule orpheline).',
      example:
        'Une question ?{{#sender_contact}} Appelez-moi au {{sender_contact}}.{{/sender_contact}} → Une question ? Appelez-moi au 06 12 34 56 78. Sans contact : Une question ?',
    },
    {
      code: '{{^previous_reminders}}…{{/previous_reminders}}',
      what: 'L’inverse : gardé seulement quand le champ est vide (la formulation à utiliser à la place).',
      example:
        '{{#previous_reminders}}Malgré {{previous_reminders}}, la facture{{/previous_reminders}}{{^previous_reminders}}La facture{{/previous_reminders}} → La facture, si aucune relance n’a été envoyée',
    },
  ],
  activeLabel: 'Actif',
  unknownPlaceholder: (name: string) => `Champ inconnu : {{${name}}}`,
  previewTitle: 'Aperçu',
  previewOn: 'Sur la facture',
  noSampleInvoice: 'Aucune facture à utiliser pour l’aperçu.',
  previewAttached: (names: readonly string[]) =>
    `${names.length === 1 ? 'Pièce jointe' : 'Pièces jointes'} : ${names.join(', ')}`,
  saveToSheet: 'Enregistrer',
  sendTestToMe: "M'envoyer un test",
  testSent: (to: string) => `Test envoyé à ${to}.`,

  startTitle: 'Bienvenue dans Relance',
  startIntro:
    'Relance relance vos factures impayées depuis votre Gmail, une fois par jour. Quatre étapes pour commencer :',
  stepColumns: 'Vos factures',
  stepColumnsWhat:
    'Relance lit l’onglet choisi sans le modifier, sauf ses propres colonnes de suivi à droite. Vérifiez la colonne utilisée pour chaque information.',
  invoicesTab: 'Onglet des factures',
  rowsRead: (ok: number, bad: number) =>
    `${plural(ok, 'facture lue', 'factures lues')}, ${plural(bad, 'ligne à corriger', 'lignes à corriger')}.`,
  quotesTab: 'Onglet des devis (facultatif)',
  quotesAuto: '— automatique —',
  columnMapping: 'Colonnes utilisées',
  fieldColumn: 'Information',
  headerColumn: 'Colonne',
  notFound: '— introuvable —',
  ambiguousColumn: (headers: string) => `Plusieurs colonnes possibles : ${headers}. Choisissez.`,
  missingColumns: (fields: string) => `Colonnes obligatoires manquantes : ${fields}.`,
  saveMapping: 'Utiliser ces colonnes',
  stepTabs: 'Onglets Modèles et Journal',
  stepTabsWhat:
    'Crée un onglet « Modèles » (les e-mails par défaut, en français et en anglais, modifiables) et un onglet « Journal » (chaque envoi y est noté).',
  createTabs: 'Créer les onglets',
  stepTest: 'Un essai vers vous',
  stepTestWhat: (email: string) =>
    `Le mode test est actif : une relance réelle, calculée sur vos factures, part vers ${email} et non vers le client.`,
  lastTestAt: (at: string) => `Dernier test : ${at}.`,
  stepSignature: 'Qui signe les relances',
  stepSignatureWhat:
    'Votre nom termine chaque e-mail ; le contact et la société sont ajoutés quand vous les indiquez. Sans nom, rien ne part en réel.',
  senderNameLabel: 'Votre nom',
  senderContactLabel: 'Contact (téléphone ou e-mail, facultatif)',
  senderCompanyLabel: 'Société (facultatif)',
  saveSignature: 'Enregistrer la signature',
  signatureMissing:
    'Indiquez votre nom (étape « Qui signe les relances ») avant de passer en réel.',
  stepLive: 'Passer en réel',
  stepLiveWhat: (hour: number, zone: string) =>
    `Quitte le mode test et active l'envoi quotidien vers ${hour} h (${zone}) : les relances partiront vers vos clients. Vous pourrez l'arrêter dans Réglages.`,
  goLive: 'Passer en réel et activer',
  goLiveConfirm: (hour: number, zone: string) =>
    `Passer en réel ? Dès le prochain envoi quotidien, vers ${hour} h (${zone}), demain ou aujourd’hui si l’heure n’est pas passée, les relances prévues partiront vers vos clients depuis votre Gmail, chaque séquence depuis son début. Vous pourrez l’arrêter dans Réglages.`,
  goLiveYes: 'Oui, passer en réel',
  seeToday: "Voir l'envoi du jour",
  stepDone: 'fait',
  stepTodo: 'à faire',
  field: {
    number: 'N° de facture',
    client: 'Client',
    email: 'E-mail',
    amount: 'Montant',
    dueDate: 'Échéance',
    issueDate: "Date d'émission",
    currency: 'Devise',
    paidDate: 'Payée le',
    amountPaid: 'Montant payé',
    status: 'Statut',
    promiseDate: 'Promesse de paiement',
    contactName: 'Contact',
    cc: 'Copie',
    language: 'Langue',
    country: 'Pays',
    customerKind: 'Pro / particulier',
    paymentLink: 'Lien de paiement',
    file: 'Fichier de la facture',
    segment: 'Profil',
    doNotRemind: 'Ne pas relancer',
    notes: 'Notes',
  } as Partial<Record<string, string>>,

  statsPeriod: (days: number, from: string, to: string) =>
    `Période : ${days} jours, du ${from} au ${to}.`,
  showAsTable: 'Afficher en tableau',
  statsEmpty: 'Pas encore de factures à analyser.',
  outstanding: 'Encours',
  overdue: 'Dont échu',
  dso: 'DSO (délai moyen d’encaissement)',
  days: (n: number) => `${n.toLocaleString('fr-FR')} j`,
  agingTitle: 'Ancienneté des impayés',
  aging: {
    current: 'Non échu',
    d1_30: '1–30 j',
    d31_60: '31–60 j',
    d61_90: '61–90 j',
    d90_plus: '+ de 90 j',
  },
  bucketColumn: 'Retard',
  invoicesColumn: 'Factures',
  amountColumn: 'Montant',
  behaviourTitle: 'Paiements et relances',
  averageDaysLate: 'Retard moyen de paiement',
  paidAfterFirst: 'Payées après la 1re relance',
  remindersPerStage: 'Relances par étape',
  countColumn: 'Nombre',
  statsDefinitions:
    'DSO = encours × jours de la période / facturé sur la période. Retard moyen : factures payées sur la période (paiement en avance = 0). Les tests ne sont pas comptés.',
};

export type Messages = typeof fr;

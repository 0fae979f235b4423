/**
 * The server's sentences in English, with the keys and values to fill of the French table
 * (src/core/texts/server-texts-fr.ts). Code.js does not carry it: it is in the project data file
 * (scripts/lazy-data.ts).
 */
import type { ServerTextTable } from './server-texts-fr.ts';

export const SERVER_TEXTS_EN: ServerTextTable = {
  changedDuringRun: 'Changed during the run: reviewed at the next run',
  carriedOver: 'Carried over to the next run',
  invoiceFileMissing: 'Invoice not attached: %{missing}',
  invoiceFileHeld: 'Invoice not attached: %{missing}; reminder held until this is fixed',
  invoiceFileNotFound: '%{number}: Drive file not found, or you have no access to it',
  invoiceFileIsBook:
    '%{number}: the link is this spreadsheet itself, which is never attached; link the invoice’s PDF',
  invoiceFileGoogleDoc:
    '%{number}: “%{name}” is a Google Docs document, which may have changed since the invoice; save it as PDF (File → Download → PDF, then upload it to Drive) and link that PDF',
  invoiceFileNotPdf: '%{number}: “%{name}” is not a PDF (%{kind}); link the invoice’s PDF',
  invoiceFileNumberNotInName:
    '%{number}: the PDF’s name “%{name}” does not contain this invoice number; link this invoice’s PDF, or rename it (for example “%{number}.pdf”)',
  skippedByYou: '%{stage} · skipped by you',
  due: 'due',
  dueNote: 'due',

  quoteAccepted: 'Accepted',
  quoteSigned: 'Signed',
  quoteRefused: 'Refused',
  quoteExpired: 'Expired',
  quoteClosed: '%{status}: no more follow-ups',
  quoteNoteLate: '“%{note}” was due on %{date}: over %{days} days late, not sent (your call)',
  planBroken: 'Payment plan broken on %{on} (instalment %{instalment} unpaid): reminders resumed',
  planCompleted: 'Payment plan completed',
  planKept: 'Payment plan kept: %{paid}/%{count} instalments paid',
  planStage: 'Payment plan',

  failureDigestSubject: 'Relance: %{failures} problem(s) in the run of %{day}',
  runCounts:
    '%{sent} e-mail(s), %{drafted} draft(s), %{tasks} call(s), %{failed} failure(s), %{carriedOver} carried over.',
  runCountsTest:
    '%{sent} test e-mail(s), %{drafted} draft(s), %{tasks} call(s), %{failed} failure(s), %{carriedOver} carried over.',
  setUpReady: 'Relance is ready (test mode) on “%{sheet}”. Open Relance to continue.',

  noInvoicesTab: 'No invoices tab is set up yet: run the start guide.',
  noInvoiceToRender: 'No invoice to render the message on.',
  noUnpaidInvoiceForTest: 'No unpaid invoice to use for the test.',
  runInProgress: 'A Relance run is in progress: try again in a minute.',
  logTabMissing: 'The log tab cannot be found: run the set-up again.',
  templatesTabMissing: 'The templates tab cannot be found: run the start guide.',
  invoiceNotFound: 'Invoice %{invoice} not found.',
  noDecisionWaiting:
    'Invoice %{invoice} is not waiting for a decision: it is already chased or held.',
  noStageToSkip: 'Invoice %{invoice} has no coming stage to skip.',
  noCallWaiting: 'No call task is waiting for this client.',
  noLastGoodSettings: 'No good version of the settings is kept: save them again in Settings.',
  noSignatureLive:
    'In live mode, say who signs the reminders: no e-mail leaves unsigned (in test mode this may stay empty).',
  noSignature:
    'First say who signs the reminders (your name, in “Who signs the reminders” in the start guide or in the settings): no e-mail goes out unsigned.',

  stop_no_spreadsheet: 'No spreadsheet found: open Relance in your sheet and run the set-up.',
  stop_not_set_up: 'Relance is not set up in this sheet yet: run “Set up…”.',
  stop_settings_damaged:
    'The settings stored in the spreadsheet are damaged: nothing is sent. Open Relance → Settings to restore the last good version.',
  stop_automation_off:
    'The daily run is turned off in the settings: this automatic run sent nothing.',
  stop_authorization_required:
    'Relance needs to be authorized again: open the Relance menu to grant it. No e-mail was sent.',
  stop_locked: 'Another Relance run was in progress: this one stopped without sending anything.',
  stop_no_invoices_tab:
    'The invoices tab cannot be found (renamed or deleted?): pick it in the set-up.',
  stop_invoices_tab_not_chosen:
    'No invoices tab recognised: it needs invoice number, client, e-mail, amount and due date columns, once each. Pick the tab and its columns in the set-up.',
  stop_no_templates_tab: 'The templates tab cannot be found: run the set-up again to recreate it.',
  stop_no_log_tab:
    'The log tab cannot be found: run the set-up again to recreate it. Nothing is sent without a log.',
  stop_mapping_incomplete: 'Required columns of the invoices tab are missing or ambiguous.',
  stop_log_unreadable:
    'The log header was changed: columns are missing. Nothing is sent until it is repaired.',
  stop_history_unverified:
    'Empty log and Gmail unreachable to find what already went: nothing is sent, so that nothing goes twice. The next run tries again.',
  stop_quota: 'Daily e-mail quota reached: the rest will go out on the next run.',
  stop_time_budget: 'Execution time nearly used up: the rest will go out on the next run.',
  stop_error: 'Unexpected error during the run.',

  settingBoolean: 'Must be true or false.',
  settingInteger: 'Must be a whole number from %{min} to %{max} (got %{value}).',
  settingDecimal: 'Must be a number from %{min} to %{max} (got %{value}).',
  settingText: 'Must be text.',
  settingEmpty: 'Cannot be empty.',
  settingTooLong: 'Too long: at most %{maxLength} characters.',
  settingOneLine: 'Must fit on one line.',
  settingOneOf: 'Unknown value %{value}: choose one of %{values}.',
  settingEmail: "'%{value}' is not a valid e-mail address.",
  settingList: 'Must be a list.',
  settingTooMany: 'At most %{maxItems} items.',
  settingColumns: 'Must map fields to headers.',
  settingNoBusinessDay: 'Choose at least one business day.',
  settingDayTwice: 'A day is listed twice.',
  settingCountry:
    'Expected a two-letter upper-case country code (ISO 3166-1, e.g. FR), got %{value}.',
  settingOffsets: 'Must give an offset per stage.',
  settingStageOrder:
    'Stage %{stage} (%{offset} d) must come after %{previous} (%{previousOffset} d).',
  settingPlanReminderAfterBreak:
    'The reminder of a missed instalment (%{after} d) must come before the plan breaks (%{limit} d).',
  settingLateShares: 'A punctual client’s late share must stay below a chronically late client’s.',
  settingLateDays: 'A punctual client’s average delay must stay below a chronically late client’s.',
  settingDate: 'Expected a date as YYYY-MM-DD, got %{value}.',
  settingSeries: 'Expected a lower-case series name (e.g. ecb_mro), got %{value}.',
  settingRateUntil: 'The last valid day cannot come before the start date.',
  settingRateTwice: 'Series %{series} already has a rate from %{from}.',
  settingVersion: 'Unknown settings version %{value} (expected %{version}).',
  settingUnknown: 'Unknown setting.',
  settingObject: 'Must be an object.',
  settingMissing: 'Missing value.',

  templateSubject: 'subject',
  templateBody: 'body',
  templateNamed: 'Template %{label}: ',
  templateNamedIn: 'Template %{label} (%{where}): ',
  templateIn: 'In the %{where}: ',
  template_unknown_placeholder:
    '%{prefix}unknown placeholder “%{fragment}”. See the list of placeholders for valid names.',
  template_unbalanced_braces:
    '%{prefix}unbalanced braces near “%{fragment}”: a placeholder is written {{name}}.',
  template_empty_placeholder: '%{prefix}empty placeholder “%{fragment}”.',
  template_bad_plural: '%{prefix}“%{fragment}” must be written {{plural:singular|plural}}.',
  template_block_in_subject: '%{prefix}“%{fragment}” (a table) cannot be used in the subject.',
  template_empty_subject: '%{prefix}the subject is empty.',
  template_empty_body: '%{prefix}the body is empty.',
  template_unavailable_value:
    '%{prefix}“%{fragment}” cannot be computed: a reference rate is missing from the settings.',
  template_unbalanced_section:
    '%{prefix}optional section not closed properly near “%{fragment}”: it is written {{#name}}…{{/name}}.',
  template_empty_value:
    '%{prefix}“%{fragment}” is empty for this message: fill it in, or put the sentence in an optional section {{#name}}…{{/name}}.',
  template_unsent_reminder_claim:
    '%{prefix}“%{fragment}” speaks of reminders already sent, while the log counts fewer for this message (a stage was skipped): it waits. Write this sentence in a section {{#previous_reminders}}…{{/previous_reminders}}, with {{previous_reminders}} (“my previous reminder”, “my previous reminders”), and the wording without reminders in {{^previous_reminders}}…{{/previous_reminders}}, as the default templates do.',
  template_unsigned:
    '%{prefix}the message is not signed: add %{fragment} (your name, from the settings) at the end of the body. No e-mail goes out unsigned.',
  template_no_invoice: '%{prefix}no invoice to render.',

  templateCell: 'Row %{row}, column %{column}: %{what}; expected %{expected}.',
  templateCellMissing: 'missing value',
  templateCellUnknown: '“%{value}” is not recognised',
  templateExpected_stage: 'pre_due, r1, r2, r3, call or notice',
  templateExpected_segment: 'all, new, punctual, occasional, chronic, high_risk or key_account',
  templateExpected_language: 'fr or en',
  templateExpected_variant: 'a letter or digit (A, B…)',
  templateExpected_subject: 'text',
  templateExpected_body: 'text',
  templateExpected_active: 'yes or no (checkbox)',
  templateDuplicate:
    'Row %{row}: template %{id} already exists on row %{first}; this row is ignored.',
  templateColumnsMissing: 'Row 1: the templates tab lacks the columns %{columns}.',

  and: 'and',
  rowAt: 'Row %{row}: ',
  rowColumn: "(column '%{header}')",
  rowCreditNote: '; credit notes are not chased',
  row_missing: "%{at}column '%{header}' is empty; it is required.",
  row_invalid: "%{at}%{subject} '%{value}' %{column} is not valid; expected %{wanted}.",
  row_formula_error:
    "%{at}column '%{header}' shows the formula error '%{value}'; fix the formula in the sheet.",
  row_negative: "%{at}%{subject} '%{value}' %{column} is negative%{creditNote}.",
  row_duplicate:
    "%{at}invoice number '%{value}' appears on rows %{rows}; this invoice is not chased until the duplicate is fixed.",
  row_due_before_issue:
    "%{at}due date '%{value}' %{column} is before the issue date '%{issueValue}' (column '%{issueHeader}').",
  row_paid_exceeds_amount:
    "%{at}amount paid '%{value}' %{column} is more than the invoice amount '%{amountValue}'.",
  row_currency_conflict:
    "%{at}%{subject} '%{value}' %{column} is not in the invoice's currency (%{expected}).",
  row_too_long:
    "%{at}invoice number '%{value}' is too long (more than %{max} characters); shorten it.",
  row_too_many_recipients:
    "%{at}column '%{header}' holds %{count} addresses; at most %{max} per invoice. Keep the recipients who need it.",
  row_unreadable: '%{at}the row could not be read.',

  planInvoiceNotFound: 'Invoice not found: %{number}.',
  planInvoicePaid: 'Invoice %{number} is already paid.',
  planInvoiceNotChased:
    'Invoice %{number} is not being chased (disputed, on hold or paid automatically): no payment plan.',
  planInvoiceInPlan: 'Invoice %{number} is already in a payment plan.',
  planNoInvoice: 'No invoice chosen.',
  planOneClient: 'A payment plan covers the invoices of one client only.',
  planOneCurrency: 'The invoices of a payment plan must be in one currency.',
  planInstalmentCount: 'A payment plan has 1 to %{max} instalments.',
  planInstalmentDates: 'Instalment dates must be in the future and in increasing order.',
  planInstalmentAmount: 'Each instalment needs a positive amount.',
  planInstalmentSum: 'The instalments add up to %{sum}; the balance due is %{total} %{currency}.',

  logWarning:
    'Relance’s log: the record of what was sent. Editing or deleting a row can make a reminder go again.',
  setUpNoInvoicesTab: 'No invoices tab recognised: pick one, or create the sample tab.',
  setUpMappingIncomplete: 'Required columns missing or ambiguous in “%{sheet}”: %{missing}.',

  testBannerCopy: ' (cc: %{cc})',
  testBanner: 'TEST — in live mode this message would go to %{to}%{copy}.',
  noActiveTemplate: 'No active template for stage %{stage} in %{language}.',
  noActiveTemplateForStage: 'No active template for this stage.',
  recipientsOverQuota:
    '%{needed} recipients: more than the quota left (%{quota}); tried again on the next run',
  unknownStageOrVariant: 'Unknown stage "%{stage}" or variant "%{variant}".',
  variantNotWinner:
    'Variant %{variant} is not (or no longer) the winner of stage %{stage}: nothing was changed.',
  invoicesOrLogTabMissing: 'The invoices or log tab cannot be found: run the set-up again.',
  logColumnsMissing: 'Missing columns: %{columns}.',
  quoted: '“%{text}”',
  columnsToCheck: 'Columns to check: %{fields}.',
  quoteColumnsMissing:
    'Quotes tab “%{sheet}”: columns missing or ambiguous: %{list}. Pick them in the Start guide.',
  quotesTabGone: 'The quotes tab “%{sheet}” no longer exists: pick it again in the Start guide.',
  quoteStatusInvalid:
    "Row %{row}: status '%{value}' (column '%{header}') is not valid; expected %{expected}.",
  settingsNotSaved:
    'The settings could not be saved in the spreadsheet; nothing changed. Try again.',
  contractRateBelowFloor:
    'Contract rate of %{contract}% refused: in France it may not be below 3 times the legal interest rate, that is %{floor}% for this half-year (article L441-10 of the French Commercial Code).',
  templateHeaderBroken: 'The templates tab has no %{columns} column: restore its header.',
  templateTaken:
    'Another template already has this stage, segment, language and variant (row %{row}).',

  requestMalformed: 'Malformed request.',
  requestTextInvalid: 'Missing or invalid %{what} (%{value}).',
  requestFlagInvalid: '%{what}: true or false expected.',
  requestDateInvalid: "%{what}: '%{value}' is not an existing YYYY-MM-DD date.",
  requestOneOfInvalid: "Unknown %{what} '%{value}'; expected %{values}.",
  requestProblems: '%{problems}',
  requestTextExpected: '%{what}: text expected.',
  requestVariantInvalid: 'Variant: A, B, C… expected.',
  requestTemplateRowInvalid: 'Invalid template row.',
  requestInvoiceNumberInvalid: 'Invalid invoice number.',
  requestTemplateMissing: 'Missing template.',
  requestQuotesTabIsInvoicesTab: 'The quotes tab must be another tab than the invoices tab.',
  requestTabMissing: "Tab '%{sheet}' does not exist in this spreadsheet.",
  requestFieldUnknown: 'Unknown field: %{fields}.',
  requestHeaderInvalid: 'Invalid header for %{field}.',
  field_invoice_number: 'invoice number',
  field_client: 'client',
  field_customer_kind: 'default client type',
  field_end_date: 'end date',
  field_automation: 'automation',
  field_stage: 'stage',
  field_audience: 'audience',
  field_language: 'language',
  field_subject: 'subject',
  field_body: 'body',
  field_active: 'active',

  statusHeaderClash:
    'Status columns not written: %{columns} has the name of a Relance column, without its four columns once each. Rename your column or restore Relance’s headers.',
  namedColumn: '“%{header}” (column %{letter})',
  statusKeyColumnGone: 'Status columns not written: column “%{header}” not found.',
  unexpectedRunError:
    'Relance: run stopped by an unexpected error (%{kind}), details in “Last run”.',
  rateNoAnswer: '%{name}: the service did not answer (%{error}).',
  rateStatus: '%{name}: the service answered %{status}.',
  rateFormat: '%{name}: the answer is not in the expected format; nothing was changed.',

  skip_paid: 'Paid.',
  skip_auto_pay: 'Direct debit: nothing to chase.',
  skip_cancelled: 'Cancelled.',
  skip_disputed: 'Disputed: handle the dispute.',
  skip_on_hold: 'On hold (status column).',
  skip_do_not_contact: 'The client asked not to be reminded by e-mail.',
  skip_sequence_done: 'Every stage has been done.',
  skip_sequence_done_test:
    'Test mode: every stage went to you as [TEST], nothing to the client. Going live starts the real sequence.',
  skip_pending_unconfirmed: 'Previous send not confirmed: checking before sending again.',
  skip_promise: 'Promised to pay by %{until}.',
  skip_client_replied: 'Paused: the client replied on %{on}, until %{until}.',
  skip_client_replied_open: 'Paused: the client replied on %{on}, until resumed.',
  skip_client_paused: 'Paused since %{on}, until %{until}.',
  skip_client_paused_open: 'Paused since %{on}, until resumed.',
  skip_manual_email: 'Paused: you wrote to the client recently, until %{until}.',
  skip_min_gap: 'Last reminder on %{last}: next one on %{until} at the earliest.',
  skip_max_reminders_one: 'Cap reached: %{count} reminder.',
  skip_max_reminders: 'Cap reached: %{count} reminders.',
  skip_held_by_user: 'Held by you until %{until}.',
  skip_held_by_user_open: 'Held by you.',
  skip_time_barred_fr_consumer:
    'Time-barred since %{since}: a business’s claim against a consumer must be brought within two years (French Consumer Code, art. L218-2).',
  skip_time_barred_fr_business:
    'Time-barred since %{since}: a claim between businesses must be brought within five years (French Commercial Code, art. L110-4; Civil Code, art. 2224).',
  skip_time_barred_fr_public:
    'Time-barred since %{since}: a claim on a French public body lapses four years after 1 January of the year following the one it arose in (Act no. 68-1250 of 31 December 1968, art. 1).',
  skip_time_barred_fr_unknown_kind:
    'Possibly time-barred since %{since}: the client type is not given, and a claim against a consumer must be brought within two years (French Consumer Code, art. L218-2). If the client is a business, say so (a “Type” column or the settings).',
  skip_time_barred_uk_contract:
    'Time-barred since %{since}: a claim founded on a contract must be brought within six years (Limitation Act 1980, s. 5).',
  skip_time_barred_after:
    'Relance sends nothing more for it. If the client has acknowledged the debt or paid part of it since, the period may have started again: chase it yourself.',
  auto_reply_note: 'Automatic reply from %{from} on %{on}: “%{quote}”',
  skip_bounced:
    'Held: the reminder of %{on} was not delivered (address rejected). Fix the e-mail address on the row, then resume.',
  skip_old_debt:
    'Unpaid for %{days} days and never reminded: your decision (chase it from the first reminder, or ignore it).',
};

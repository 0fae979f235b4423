/**
 * The e-mail recipients left for today. MailApp.getRemainingDailyQuota() "gets the number of
 * remaining recipients in the user's daily quota", shared with GmailApp sends
 * (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota(),
 * https://developers.google.com/apps-script/guides/services/quotas). It needs the
 * script.send_mail scope.
 */
export function remainingRecipients(): number {
  return MailApp.getRemainingDailyQuota();
}

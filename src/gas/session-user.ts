/**
 * Who the script runs as, and their locale.
 *
 * The effective user is the account whose authority the script uses: the user who installed the
 * trigger for a time-driven run, the user at the keyboard for a menu or the sidebar
 * (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()). Their
 * address needs the userinfo.email scope (https://developers.google.com/apps-script/reference/base/user#getEmail()).
 */

/** This execution's answer: the effective user cannot change while the script runs. */
let effectiveEmail: string | undefined;

/** The address test messages and the failure digest go to; empty when Google withholds it. */
export function effectiveUserEmail(): string {
  effectiveEmail ??= Session.getEffectiveUser().getEmail();
  return effectiveEmail;
}

/**
 * The user's locale as a string such as `fr`, `en` or `en_GB`; needs no scope
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()).
 */
export function activeUserLocale(): string {
  return Session.getActiveUserLocale();
}

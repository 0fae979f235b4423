/**
 * Whether the script may still act for the user.
 *
 * Installable triggers of add-ons keep firing when the add-on needs new authorization (after a
 * scope change); the run must then stop and say so
 * (https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode),
 * https://developers.google.com/apps-script/reference/script/authorization-info).
 */
export interface AuthorizationState {
  readonly required: boolean;
  /** Where the user can re-authorize, when Google gives it. */
  readonly url: string | null;
}

export function authorizationState(): AuthorizationState {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const required = info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
  return { required, url: required ? info.getAuthorizationUrl() : null };
}

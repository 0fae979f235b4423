/**
 * The address of the user this execution runs as: for a sidebar or menu call the editor using
 * it, for a trigger the user who installed it
 * (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()).
 * '' when Google does not tell it.
 */
export function currentUserEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

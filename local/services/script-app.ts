/**
 * ScriptApp: triggers (with the rules Google applies to editor add-ons), authorization info and
 * the enums; plus the authorization state every service of this runtime checks.
 */
import type { ExecutionContext } from '../service-module.ts';

/** https://developers.google.com/apps-script/reference/script/authorization-status */
export type AuthorizationStatus = 'REQUIRED' | 'NOT_REQUIRED';

/**
 * Whether the user has granted the script's scopes. A test flips it to REQUIRED to play "the
 * add-on was updated with a new scope and the user has not re-authorized yet": triggers keep
 * firing (https://developers.google.com/workspace/add-ons/concepts/editor-triggers), but calls to
 * services that need a scope then fail with "Authorization is required to perform that action."
 * (the message scripts report; not on a reference page).
 */
export class Authorization {
  status: AuthorizationStatus = 'NOT_REQUIRED';

  /** Test control: the user must re-authorize. */
  requireAuthorization(): void {
    this.status = 'REQUIRED';
  }

  /** Test control: the user authorized. */
  grant(): void {
    this.status = 'NOT_REQUIRED';
  }

  /**
   * Checks a call to `method` that needs `scope`: in an execution that is not FULL (a simple
   * trigger runs in LIMITED or NONE, https://developers.google.com/apps-script/guides/triggers#restrictions)
   * Apps Script answers "You do not have permission to call <method>. Required permissions:
   * <scope>" (the wording scripts quote).
   */
  check(ctx: ExecutionContext, method: string, scope: string): void {
    if (ctx.authMode !== 'FULL') {
      throw ctx.newError(
        `You do not have permission to call ${method}. Required permissions: ${scope}`,
      );
    }
    if (this.status === 'REQUIRED') {
      throw ctx.newError('Authorization is required to perform that action.');
    }
  }
}

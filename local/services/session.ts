/**
 * Session (https://developers.google.com/apps-script/reference/base/session).
 *
 * getActiveUser().getEmail() is blank where the script runs without the user's authorization,
 * "like a simple onOpen(e) or onEdit(e) trigger" (Session reference): here, in AuthMode NONE and
 * LIMITED.
 */
import type { ExecutionContext, ServiceModule } from '../service-module.ts';

function user(ctx: ExecutionContext, email: string): GoogleAppsScript.Base.User {
  return {
    getEmail() {
      ctx.kernel.call('User.getEmail');
      return email;
    },
    toString() {
      return email;
    },
  } as unknown as GoogleAppsScript.Base.User;
}

export class SessionModule implements ServiceModule {
  globals(ctx: ExecutionContext): Record<string, unknown> {
    const call = (m: string) => ctx.kernel.call(`Session.${m}`);
    const authorized = ctx.authMode === 'FULL';
    const Session = {
      getActiveUser() {
        call('getActiveUser');
        return user(ctx, authorized ? ctx.userEmail : '');
      },
      getEffectiveUser() {
        call('getEffectiveUser');
        return user(ctx, authorized ? ctx.effectiveUserEmail : '');
      },
      getScriptTimeZone() {
        call('getScriptTimeZone');
        return ctx.scriptTimeZone;
      },
      getActiveUserLocale() {
        call('getActiveUserLocale');
        return ctx.userLocale;
      },
      getTemporaryActiveUserKey() {
        call('getTemporaryActiveUserKey');
        return Buffer.from(`temporary-key:${ctx.userEmail}`).toString('base64');
      },
      toString() {
        return 'Session';
      },
    };
    return { Session };
  }
}

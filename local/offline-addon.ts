/**
 * The compiled add-on in the offline runtime with every service it uses wired together: the
 * user's mailbox (GmailApp, MailApp), Drive, locks, triggers and authorization. Used by the
 * end-to-end tests and `npm run demo`.
 */
import { AppsScriptRuntime, type RuntimeOptions } from './runtime.ts';
import { DRIVE_LATENCY, DriveModule, DriveStore } from './services/drive.ts';
import { GMAIL_LATENCY, GmailModule } from './services/gmail/gmail-app.ts';
import { Mailbox } from './services/gmail/mailbox.ts';
import { LOCK_LATENCY, LockModule, LockStore } from './services/lock.ts';
import { MAIL_LATENCY, MailModule } from './services/mail.ts';
import {
  Authorization,
  SCRIPT_APP_LATENCY,
  ScriptAppModule,
  TriggerStore,
} from './services/script-app.ts';
import { Network, URL_FETCH_LATENCY, UrlFetchModule } from './services/url-fetch.ts';

export interface OfflineAddonOptions extends RuntimeOptions {
  readonly userName?: string;
  /** Daily recipients quota of the mailbox (consumer default: 100). */
  readonly dailyQuota?: number;
  readonly triggerSeed?: number;
}

export interface OfflineAddon {
  readonly runtime: AppsScriptRuntime;
  readonly mailbox: Mailbox;
  readonly drive: DriveStore;
  readonly locks: LockStore;
  readonly triggers: TriggerStore;
  readonly authorization: Authorization;
  /** The web UrlFetchApp reaches: recorded answers, nothing real. */
  readonly network: Network;
  /** Runs every time-driven trigger due until `until`, as Google would (no active document). */
  fireTriggersUntil(until: Date | number): ReturnType<TriggerStore['fireDueTriggers']>;
}

export function createOfflineAddon(options: OfflineAddonOptions): OfflineAddon {
  const runtime = new AppsScriptRuntime(options);
  const authorization = new Authorization();
  const mailbox = new Mailbox(runtime.kernel, {
    userEmail: runtime.userEmail,
    userName: options.userName ?? 'Camille Martin',
    ...(options.dailyQuota === undefined ? {} : { dailyQuota: options.dailyQuota }),
  });
  const drive = new DriveStore();
  const locks = new LockStore(() => runtime.kernel.clock.now());
  const triggers = new TriggerStore({ seed: options.triggerSeed ?? 20260302 });
  const network = new Network();
  // Each module with its latency estimates, so the clock (and the run's time budget) advances
  // as it would on Google's servers; `options.latency` still overrides any of them.
  runtime.use('gmail', new GmailModule(mailbox, authorization), GMAIL_LATENCY);
  runtime.use('mail', new MailModule(mailbox, authorization), MAIL_LATENCY);
  runtime.use('drive', new DriveModule(drive, authorization), DRIVE_LATENCY);
  runtime.use('lock', new LockModule(locks), LOCK_LATENCY);
  runtime.use('scriptApp', new ScriptAppModule(triggers, authorization), SCRIPT_APP_LATENCY);
  runtime.use('urlFetch', new UrlFetchModule(network, authorization), URL_FETCH_LATENCY);
  return {
    runtime,
    mailbox,
    drive,
    locks,
    triggers,
    authorization,
    network,
    fireTriggersUntil: (until) =>
      triggers.fireDueTriggers(
        runtime.kernel.clock,
        (run) =>
          runtime.runAsTrigger(run.functionName, run.event, {
            activeSpreadsheetId: null,
            user: run.userEmail,
          }),
        until,
      ),
  };
}

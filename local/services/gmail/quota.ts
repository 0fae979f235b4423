/**
 * The daily e-mail recipients quota shared by GmailApp and MailApp: 100 recipients a day for a
 * consumer account, 1,500 for Google Workspace, "per user and reset 24 hours after the first
 * request" (https://developers.google.com/apps-script/guides/services/quotas).
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
export const CONSUMER_DAILY_RECIPIENTS = 100;
export const WORKSPACE_DAILY_RECIPIENTS = 1500;

/**
 * Message of the exception Apps Script raises once the quota is spent, as scripts and error
 * catalogues quote it (e.g. the ErrorHandler library's "Service invoked too many times for one
 * day: <service>." pattern); not on a Google reference page.
 */
export const EMAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

export class DailyRecipientQuota {
  #limit: number;
  #used = 0;
  #windowStart: number | null = null;

  constructor(limit: number) {
    this.#limit = limit;
  }

  setLimit(limit: number): void {
    this.#limit = limit;
  }

  get limit(): number {
    return this.#limit;
  }

  #roll(now: number): void {
    if (this.#windowStart !== null && now - this.#windowStart >= DAY_MS) {
      this.#windowStart = null;
      this.#used = 0;
    }
  }

  remaining(now: number): number {
    this.#roll(now);
    return Math.max(0, this.#limit - this.#used);
  }

  /** When the current window ends (null before the first send of a window). */
  resetsAt(now: number): number | null {
    this.#roll(now);
    return this.#windowStart === null ? null : this.#windowStart + DAY_MS;
  }

  /**
   * Whether `recipients` more fit. Apps Script's behaviour when a message has more recipients
   * than are left is not documented; here the whole message is refused, nothing is sent.
   */
  fits(recipients: number, now: number): boolean {
    return this.remaining(now) >= recipients;
  }

  consume(recipients: number, now: number): void {
    this.#roll(now);
    if (this.#windowStart === null) this.#windowStart = now;
    this.#used += recipients;
  }
}

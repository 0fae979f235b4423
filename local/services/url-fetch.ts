/**
 * UrlFetchApp (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app) and
 * HTTPResponse (https://developers.google.com/apps-script/reference/url-fetch/http-response) over
 * an in-memory network: tests record the responses the web would give.
 *
 * What scripts rely on, as documented:
 * - `fetch(url)` / `fetch(url, params)`; params used here: `method`, `headers`, `payload`,
 *   `contentType`, `muteHttpExceptions`, `followRedirects`, `validateHttpsCertificates`.
 * - A response code of 400 or more throws unless `muteHttpExceptions` is true; with it, the
 *   response is returned and `getResponseCode()` tells.
 * - The call needs the `script.external_request` scope
 *   (https://developers.google.com/apps-script/reference/url-fetch).
 * - "URL Fetch calls" are limited per user and day: 20,000 for a consumer account
 *   (https://developers.google.com/apps-script/guides/services/quotas); past it the call throws.
 * Error wordings follow what the Apps Script execution log prints (`Request failed for … returned
 * code 404. Truncated server response: …`); the timeout and the unreachable-host messages are the
 * ones scripts commonly quote, as the reference does not list them.
 */
import type { ExecutionContext, ServiceModule } from '../service-module.ts';
import { Authorization } from './script-app.ts';

export const EXTERNAL_REQUEST_SCOPE = 'https://www.googleapis.com/auth/script.external_request';
export const URL_FETCH_QUOTA_MESSAGE = 'Service invoked too many times for one day: urlfetch.';
export const URL_FETCH_DAILY_QUOTA = 20_000;
/** How long a fetch waits for a host that does not answer (estimate, see above). */
export const FETCH_DEADLINE_MS = 60_000;

/** What the network answers for a URL. */
export type RecordedAnswer =
  | {
      readonly status: number;
      readonly body: string;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | { readonly timeout: true }
  | { readonly unreachable: true };

export interface FetchRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** The web as a test sees it: recorded answers by URL prefix, and every request made. */
export class Network {
  readonly #answers = new Map<string, RecordedAnswer>();
  readonly requests: FetchRequest[] = [];
  readonly #usedByDay = new Map<string, number>();
  dailyQuota = URL_FETCH_DAILY_QUOTA;

  /** Answers every URL starting with `prefix` (the longest matching prefix wins). */
  answer(prefix: string, answer: RecordedAnswer): this {
    this.#answers.set(prefix, answer);
    return this;
  }

  forget(prefix: string): void {
    this.#answers.delete(prefix);
  }

  lookup(url: string): RecordedAnswer {
    let best: [string, RecordedAnswer] | null = null;
    for (const entry of this.#answers) {
      if (url.startsWith(entry[0]) && (best === null || entry[0].length > best[0].length)) {
        best = entry;
      }
    }
    return best?.[1] ?? { unreachable: true };
  }

  /** Counts one call against the day's quota; false once it is spent. */
  spend(now: number): boolean {
    const day = new Date(now).toISOString().slice(0, 10);
    const used = this.#usedByDay.get(day) ?? 0;
    if (used >= this.dailyQuota) return false;
    this.#usedByDay.set(day, used + 1);
    return true;
  }
}

interface FetchParams {
  method?: string;
  headers?: Record<string, string>;
  payload?: unknown;
  contentType?: string;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
  validateHttpsCertificates?: boolean;
  escaping?: boolean;
}

/** Latency estimates in ms (see GMAIL_LATENCY). */
export const URL_FETCH_LATENCY: Readonly<Record<string, number>> = {
  'UrlFetchApp.fetch': 400,
};

export class UrlFetchModule implements ServiceModule {
  constructor(
    readonly network: Network,
    readonly authorization: Authorization = new Authorization(),
  ) {}

  globals(ctx: ExecutionContext): Record<string, unknown> {
    const network = this.network;
    const auth = this.authorization;
    const UrlFetchApp = {
      fetch(url: unknown, params: unknown = {}): unknown {
        ctx.kernel.call('UrlFetchApp.fetch');
        auth.check(ctx, 'UrlFetchApp.fetch', EXTERNAL_REQUEST_SCOPE);
        if (typeof url !== 'string' || typeof params !== 'object' || params === null) {
          throw ctx.newError(
            'The parameters (String,Object) don’t match the method signature for UrlFetchApp.fetch.',
          );
        }
        if (!/^https?:\/\//.test(url)) throw ctx.newError(`Invalid argument: ${url}`);
        const p = params as FetchParams;
        if (!network.spend(ctx.kernel.clock.now())) throw ctx.newError(URL_FETCH_QUOTA_MESSAGE);
        network.requests.push({
          url,
          method: (p.method ?? 'get').toUpperCase(),
          headers: { ...(p.headers ?? {}) },
        });
        const answer = network.lookup(url);
        if ('timeout' in answer) {
          ctx.kernel.clock.advance(FETCH_DEADLINE_MS);
          throw ctx.newError(`Timeout: ${url}`);
        }
        if ('unreachable' in answer) throw ctx.newError(`Address unavailable: ${url}`);
        if (answer.status >= 400 && p.muteHttpExceptions !== true) {
          throw ctx.newError(
            `Request failed for ${new URL(url).origin} returned code ${answer.status}. Truncated server response: ${answer.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
          );
        }
        return httpResponse(ctx, answer.status, answer.body, answer.headers ?? {});
      },
      toString: () => 'UrlFetchApp',
    };
    return { UrlFetchApp };
  }
}

function httpResponse(
  ctx: ExecutionContext,
  status: number,
  body: string,
  headers: Readonly<Record<string, string>>,
): unknown {
  return {
    getResponseCode: () => status,
    getContentText: () => body,
    getHeaders: () => ctx.toRealm({ ...headers }),
    getAllHeaders: () => ctx.toRealm({ ...headers }),
    toString: () => 'HTTPResponse',
  };
}

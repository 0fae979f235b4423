/**
 * CacheService (https://developers.google.com/apps-script/reference/cache/cache-service) with
 * expiry on the runtime's clock. Limits from https://developers.google.com/apps-script/reference/cache/cache:
 * keys up to 250 characters, values up to 100 KB, at most 1,000 items per cache (the oldest go
 * first here; Google only says items may be evicted), expiration 1 s to 21,600 s (6 hours),
 * default 600 s (10 minutes). An expiration above the maximum is capped here; whether Apps
 * Script caps or refuses it is not documented. Error texts ("Argument too large: key|value") are
 * the ones commonly reported.
 *
 * The document cache is null when there is no open document.
 */
import type { ExecutionContext, ServiceModule } from '../service-module.ts';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_MAX_ITEMS = 1000;
export const CACHE_DEFAULT_EXPIRATION_S = 600;
export const CACHE_MAX_EXPIRATION_S = 21_600;

interface Entry {
  value: string;
  expiresAt: number;
}

export class CacheStore {
  readonly script = new Map<string, Entry>();
  readonly #user = new Map<string, Map<string, Entry>>();
  readonly #document = new Map<string, Map<string, Entry>>();

  user(email: string): Map<string, Entry> {
    let cache = this.#user.get(email);
    if (!cache) {
      cache = new Map();
      this.#user.set(email, cache);
    }
    return cache;
  }

  document(spreadsheetId: string): Map<string, Entry> {
    let cache = this.#document.get(spreadsheetId);
    if (!cache) {
      cache = new Map();
      this.#document.set(spreadsheetId, cache);
    }
    return cache;
  }
}

const encoder = new TextEncoder();

function createCache(
  ctx: ExecutionContext,
  entries: Map<string, Entry>,
): GoogleAppsScript.Cache.Cache {
  const call = (m: string) => ctx.kernel.call(`Cache.${m}`);
  const now = () => ctx.kernel.clock.now();
  const read = (key: string): string | null => {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return null;
    }
    return entry.value;
  };
  const check = (key: string, value: string) => {
    if (key.length > CACHE_KEY_LIMIT) throw ctx.newError('Argument too large: key');
    if (encoder.encode(value).length > CACHE_VALUE_LIMIT_BYTES)
      throw ctx.newError('Argument too large: value');
  };
  const write = (key: string, value: string, expirationInSeconds?: number) => {
    const seconds = Math.min(
      Math.max(expirationInSeconds ?? CACHE_DEFAULT_EXPIRATION_S, 1),
      CACHE_MAX_EXPIRATION_S,
    );
    entries.delete(key);
    entries.set(key, { value, expiresAt: now() + seconds * 1000 });
    while (entries.size > CACHE_MAX_ITEMS) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
  };
  const cache = {
    get(key: string) {
      call('get');
      return read(String(key));
    },
    getAll(keys: string[]) {
      call('getAll');
      const out: Record<string, string> = {};
      for (const key of keys) {
        const value = read(String(key));
        if (value !== null) out[String(key)] = value;
      }
      return ctx.toRealm(out);
    },
    put(key: string, value: unknown, expirationInSeconds?: number) {
      call('put');
      const [k, v] = [String(key), String(value)];
      check(k, v);
      write(k, v, expirationInSeconds);
    },
    putAll(values: Record<string, unknown>, expirationInSeconds?: number) {
      call('putAll');
      const pairs = Object.entries(values).map(([k, v]): [string, string] => [k, String(v)]);
      for (const [k, v] of pairs) check(k, v);
      for (const [k, v] of pairs) write(k, v, expirationInSeconds);
    },
    remove(key: string) {
      call('remove');
      entries.delete(String(key));
    },
    removeAll(keys: string[]) {
      call('removeAll');
      for (const key of keys) entries.delete(String(key));
    },
    toString() {
      return 'Cache';
    },
  };
  return cache as unknown as GoogleAppsScript.Cache.Cache;
}

export class CacheModule implements ServiceModule {
  constructor(private readonly store: CacheStore) {}

  globals(ctx: ExecutionContext): Record<string, unknown> {
    const { store } = this;
    const CacheService = {
      getScriptCache() {
        ctx.kernel.call('CacheService.getScriptCache');
        return createCache(ctx, store.script);
      },
      getUserCache() {
        ctx.kernel.call('CacheService.getUserCache');
        return createCache(ctx, store.user(ctx.userEmail));
      },
      getDocumentCache() {
        ctx.kernel.call('CacheService.getDocumentCache');
        const id = ctx.activeSpreadsheetId;
        return id === null ? null : createCache(ctx, store.document(id));
      },
      toString() {
        return 'CacheService';
      },
    };
    return { CacheService };
  }
}

/**
 * PropertiesService (https://developers.google.com/apps-script/reference/properties/properties-service)
 * with the three stores of https://developers.google.com/apps-script/guides/properties: script
 * (shared by every user of the script), user (per user), document (per document, null without an
 * open document).
 *
 * Limits (https://developers.google.com/apps-script/guides/services/quotas): 9 KB per value and
 * 500 KB per store. Sizes are counted in UTF-8 bytes; the value limit counts the value alone and
 * the store limit counts keys and values (Google does not say exactly what is counted). The
 * messages are the ones scripts commonly report: "Argument too large: value" and "You have
 * exceeded the property storage quota. Please remove some properties and try again."
 *
 * AuthMode.NONE gives no access to properties
 * (https://developers.google.com/apps-script/reference/script/auth-mode, the onOpen example). The
 * exact error text in that mode is not documented; this runtime says "You do not have permission
 * to call PropertiesService.<method>".
 */
import type { ExecutionContext, ServiceModule } from '../service-module.ts';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
export const VALUE_TOO_LARGE_MESSAGE = 'Argument too large: value';
export const STORE_FULL_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Every property store of a runtime, kept across executions. */
export class PropertiesStore {
  readonly script = new Map<string, string>();
  readonly #user = new Map<string, Map<string, string>>();
  readonly #document = new Map<string, Map<string, string>>();

  user(email: string): Map<string, string> {
    let store = this.#user.get(email);
    if (!store) {
      store = new Map();
      this.#user.set(email, store);
    }
    return store;
  }

  document(spreadsheetId: string): Map<string, string> {
    let store = this.#document.get(spreadsheetId);
    if (!store) {
      store = new Map();
      this.#document.set(spreadsheetId, store);
    }
    return store;
  }
}

function storeSize(store: Map<string, string>): number {
  let total = 0;
  for (const [k, v] of store) total += bytes(k) + bytes(v);
  return total;
}

function createProperties(
  ctx: ExecutionContext,
  store: Map<string, string>,
): GoogleAppsScript.Properties.Properties {
  const call = (m: string) => ctx.kernel.call(`Properties.${m}`);
  const set = (entries: [string, string][]) => {
    for (const [, value] of entries) {
      if (bytes(value) > VALUE_LIMIT_BYTES) throw ctx.newError(VALUE_TOO_LARGE_MESSAGE);
    }
    let size = storeSize(store);
    for (const [key, value] of entries) {
      const previous = store.get(key);
      size += bytes(value) - (previous === undefined ? -bytes(key) : bytes(previous));
    }
    if (size > STORE_LIMIT_BYTES) throw ctx.newError(STORE_FULL_MESSAGE);
    for (const [key, value] of entries) store.set(key, value);
  };
  const properties = {
    getProperty(key: string) {
      call('getProperty');
      return store.get(String(key)) ?? null;
    },
    getProperties() {
      call('getProperties');
      return ctx.toRealm(Object.fromEntries(store));
    },
    getKeys() {
      call('getKeys');
      return ctx.toRealm([...store.keys()]);
    },
    setProperty(key: string, value: unknown) {
      call('setProperty');
      set([[String(key), String(value)]]);
      return properties;
    },
    setProperties(values: Record<string, unknown>, deleteAllOthers = false) {
      call('setProperties');
      const entries = Object.entries(values).map(([k, v]): [string, string] => [k, String(v)]);
      if (deleteAllOthers) {
        const keep = new Set(entries.map(([k]) => k));
        const removed = [...store].filter(([k]) => !keep.has(k));
        for (const [k] of removed) store.delete(k);
        try {
          set(entries);
        } catch (error) {
          for (const [k, v] of removed) store.set(k, v);
          throw error;
        }
      } else set(entries);
      return properties;
    },
    deleteProperty(key: string) {
      call('deleteProperty');
      store.delete(String(key));
      return properties;
    },
    deleteAllProperties() {
      call('deleteAllProperties');
      store.clear();
      return properties;
    },
    toString() {
      return 'Properties';
    },
  };
  return properties as unknown as GoogleAppsScript.Properties.Properties;
}

export class PropertiesModule implements ServiceModule {
  constructor(private readonly store: PropertiesStore) {}

  globals(ctx: ExecutionContext): Record<string, unknown> {
    const { store } = this;
    const allowed = (method: string) => {
      ctx.kernel.call(`PropertiesService.${method}`);
      if (ctx.authMode === 'NONE') {
        throw ctx.newError(`You do not have permission to call PropertiesService.${method}`);
      }
    };
    const PropertiesService = {
      getScriptProperties() {
        allowed('getScriptProperties');
        return createProperties(ctx, store.script);
      },
      getUserProperties() {
        allowed('getUserProperties');
        return createProperties(ctx, store.user(ctx.userEmail));
      },
      /** null when there is no open document (guides/properties: "document properties ... null"). */
      getDocumentProperties() {
        allowed('getDocumentProperties');
        const id = ctx.activeSpreadsheetId;
        return id === null ? null : createProperties(ctx, store.document(id));
      },
      toString() {
        return 'PropertiesService';
      },
    };
    return { PropertiesService };
  }
}

/**
 * Where Relance keeps its state for one spreadsheet: document properties.
 *
 * Document properties are shared by the users of the document and only exist in a document's
 * context: getDocumentProperties() returns null when the script runs without one
 * (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()).
 * A time-driven trigger of an add-on may have no active document (getActiveSpreadsheet() then
 * returns null: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()), so
 * what the daily run needs is mirrored into the user's own properties under a prefix naming the
 * spreadsheet, and read from there when the document's store is unavailable.
 */
import { readJsonProperty, writeJson } from '../core/property-json.ts';

type Properties = GoogleAppsScript.Properties.Properties;

export const SETTINGS_KEY = 'relance.settings';
export const SETUP_KEY = 'relance.setup';
export const LAST_RUN_KEY = 'relance.lastRun';
/** Central-bank rates from the monthly refresh (core/rates/rate-refresh.ts). */
export const FETCHED_RATES_KEY = 'relance.fetchedRates';

/** A snapshot of a store: read once per execution, then looked up without service calls. */
export interface StoreSnapshot {
  readonly properties: Readonly<Record<string, string>>;
  get(key: string): unknown;
}

export interface DocumentStore {
  /** True when this is the document's own store; false when it is the user-properties mirror. */
  readonly isDocument: boolean;
  read(): StoreSnapshot;
  /**
   * The user's mirror when this is the document's store (null otherwise: `read` is the mirror).
   * A run of the daily trigger without a document writes there only.
   */
  readMirror(): StoreSnapshot | null;
  write(key: string, value: unknown, snapshot?: StoreSnapshot): void;
  /** Copies `key` to the user's mirror too, so a trigger without a document can read it. */
  writeMirrored(key: string, value: unknown, snapshot?: StoreSnapshot): void;
}

function snapshotOf(properties: Readonly<Record<string, string>>): StoreSnapshot {
  return { properties, get: (key) => readJsonProperty(properties, key) };
}

/** A view of the user's properties restricted to keys prefixed with this spreadsheet's id. */
function prefixedStore(user: Properties, prefix: string): Properties {
  const view = {
    getProperties(): Record<string, string> {
      const all = user.getProperties();
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(all))
        if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
      return out;
    },
    setProperties(entries: Record<string, string>, deleteAllOthers?: boolean): Properties {
      const prefixed: Record<string, string> = {};
      for (const [k, v] of Object.entries(entries)) prefixed[prefix + k] = v;
      user.setProperties(prefixed, deleteAllOthers ?? false);
      return view as unknown as Properties;
    },
    deleteProperty(key: string): Properties {
      user.deleteProperty(prefix + key);
      return view as unknown as Properties;
    },
  };
  return view as unknown as Properties;
}

function mirrorPrefix(spreadsheetId: string): string {
  return `relance.doc.${spreadsheetId}.`;
}

export function openDocumentStore(spreadsheetId: string): DocumentStore {
  const documentProperties = PropertiesService.getDocumentProperties();
  const mirror = (): Properties =>
    prefixedStore(PropertiesService.getUserProperties(), mirrorPrefix(spreadsheetId));
  const store = documentProperties ?? mirror();
  return {
    isDocument: documentProperties !== null,
    read: () => snapshotOf(store.getProperties()),
    readMirror: () => (documentProperties === null ? null : snapshotOf(mirror().getProperties())),
    write(key, value, snapshot) {
      writeJson(store, key, value, snapshot?.properties);
    },
    writeMirrored(key, value, snapshot) {
      writeJson(store, key, value, snapshot?.properties);
      if (documentProperties !== null) writeJson(mirror(), key, value);
    },
  };
}

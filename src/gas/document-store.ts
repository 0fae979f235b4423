/**
 * What earlier versions of Relance kept in properties: the settings and the set-up state, in
 * document properties, mirrored into the user's properties for a trigger without a document
 * (getDocumentProperties() is null there:
 * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()).
 * They are only read, once, to be copied into the spreadsheet (settings-store.ts,
 * spreadsheet-metadata.ts), which is the one place Relance keeps its state now.
 */
import { readJsonProperty } from '../core/property-json.ts';
import { userProperties } from './user-properties.ts';

export const SETTINGS_KEY = 'relance.settings';
export const SETUP_KEY = 'relance.setup';

export interface LegacyState {
  /** The stored JSON of each key, undefined when absent or unreadable. */
  readonly settings: unknown;
  readonly setup: unknown;
}

function mirrorPrefix(spreadsheetId: string): string {
  return `relance.doc.${spreadsheetId}.`;
}

export function readLegacyState(spreadsheetId: string): LegacyState {
  const documentProperties = PropertiesService.getDocumentProperties();
  let properties: Record<string, string>;
  if (documentProperties !== null) properties = documentProperties.getProperties();
  else {
    const prefix = mirrorPrefix(spreadsheetId);
    properties = {};
    for (const [k, v] of Object.entries(userProperties()))
      if (k.startsWith(prefix)) properties[k.slice(prefix.length)] = v;
  }
  return {
    settings: readJsonProperty(properties, SETTINGS_KEY),
    setup: readJsonProperty(properties, SETUP_KEY),
  };
}

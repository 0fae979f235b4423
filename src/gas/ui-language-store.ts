/**
 * The interface language the user chose in the sidebar, kept in their own properties so that it
 * follows them across documents
 * (https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()).
 */
import type { Language } from '../core/invoice.ts';
import { setUserProperties, userProperties } from './user-properties.ts';

const KEY = 'relance.uiLanguage';

/** The stored choice, or null when the user never chose (or the value is not a language). */
export function readUiLanguageChoice(): Language | null {
  const chosen = userProperties()[KEY];
  return chosen === 'fr' || chosen === 'en' ? chosen : null;
}

export function writeUiLanguageChoice(language: Language): void {
  setUserProperties({ [KEY]: language });
}

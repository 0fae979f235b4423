/**
 * The user's properties, read once per execution
 * (https://developers.google.com/apps-script/reference/properties/properties#getProperties()).
 *
 * Several parts of one execution ask the same store: where a trigger's spreadsheet is, which
 * triggers belong to this document, the interface language. Each `getProperties()` is a round
 * trip, and the store is small (500 KB at most:
 * https://developers.google.com/apps-script/guides/services/quotas), so the first read keeps it
 * whole and this execution's own writes keep that copy current. Apps Script evaluates the project
 * afresh for every execution, so the copy never outlives one.
 */

let snapshot: Record<string, string> | undefined;

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

export function userProperties(): Readonly<Record<string, string>> {
  snapshot ??= { ...store().getProperties() };
  return snapshot;
}

/** Writes `entries` in one call, leaving the other keys as they are. */
export function setUserProperties(entries: Readonly<Record<string, string>>): void {
  store().setProperties({ ...entries }, false);
  if (snapshot) Object.assign(snapshot, entries);
}

export function deleteUserProperties(keys: readonly string[]): void {
  const properties = store();
  for (const key of keys) properties.deleteProperty(key);
  if (snapshot) for (const key of keys) delete snapshot[key];
}

/**
 * The bundle's entry. Every name exported here becomes a top-level `function` declaration in
 * `dist/Code.js` (see scripts/build.ts), which is what Apps Script needs to call it from a menu,
 * a trigger or `google.script.run`. These names are a public contract: installed triggers and
 * menus refer to them, so they never change.
 */
export * from './entry/editor.ts';
export * from './entry/sidebar-functions.ts';
export * from './entry/triggers.ts';

/**
 * The words of the core that the sidebar shares with the server: languages (and the one rule
 * that picks a language from a locale), stages, segments, calendar dates. Re-exported here so that the sidebar depends on src/api alone (an import
 * check in `npm run check` enforces it) while the core stays their one definition.
 */
export type { CalendarDate } from '../core/calendar-date.ts';
export { CUSTOMER_KINDS, type CustomerKind, type Language } from '../core/invoice.ts';
export { languageOf } from '../core/language-of.ts';
export { SEGMENTS, type Segment } from '../core/segment.ts';
export { MESSAGE_STAGES, type MessageStage, STAGES, type Stage } from '../core/stage.ts';

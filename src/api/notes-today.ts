/**
 * The Today view's sections for quotes and payment plans: what each quote gets next, and where
 * each payment plan stands, with the instalments it still expects.
 */
import type { CalendarDate } from '../core/calendar-date.ts';
import type { LocalizedText } from '../core/localized-text.ts';
import type { NoteStage } from '../core/stage.ts';
import type { Money } from './localized-text.ts';

export interface TodayQuote {
  readonly number: string;
  readonly client: string;
  readonly amount: Money;
  readonly validUntil: CalendarDate;
  /** `planned`: the next run sends `stage`; `waiting`: `stage` goes out on `date`. */
  readonly state: 'planned' | 'waiting' | 'skipped';
  readonly stage: NoteStage | null;
  readonly date: CalendarDate | null;
  /** Why nothing goes out (accepted, refused, the prospect replied …). */
  readonly note: LocalizedText | null;
}

export interface TodayPlan {
  readonly id: string;
  readonly client: string;
  readonly invoiceNumbers: readonly string[];
  readonly state: 'kept' | 'completed' | 'broken';
  readonly paidInstalments: number;
  readonly instalments: number;
  readonly brokenOn: CalendarDate | null;
  /** Instalments still expected (kept plans only), in date order. */
  readonly expected: readonly { readonly date: CalendarDate; readonly amount: Money }[];
}

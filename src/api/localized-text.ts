export type { LocalizedText } from '../core/localized-text.ts';

/** An amount of money as it crosses the bridge: minor units and an ISO 4217 code. */
export interface Money {
  readonly cents: number;
  readonly currency: string;
}

/**
 * One writer of the log at a time, whoever runs it. The run lock (document-lock.ts) cannot
 * guarantee it alone: the daily trigger of an add-on has no document, so it holds only its
 * owner's user lock, while a co-editor's "Run now" or sidebar action holds the document lock and
 * the co-editor's own user lock; neither excludes the other
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
 *
 * So every writer also claims a lease kept in the spreadsheet itself, as developer metadata that
 * every execution reads (spreadsheet-metadata.ts). A claim is always a new item, never an
 * overwrite, so two executions claiming at once both leave theirs; each then reads the claims
 * back and only the earliest live one goes on (ties by id), the other withdraws its own. A claim
 * left by a cut execution lapses after LEASE_MS, beyond the 6-minute execution limit
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
 */

import type { MetadataSnapshot } from './spreadsheet-metadata.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

const LEASE_KEY = 'relance.lease';
export const LEASE_MS = 7 * 60 * 1000;

interface Claim {
  readonly id: string;
  /** When it was claimed and until when it holds (ms since the epoch). */
  readonly since: number;
  readonly until: number;
}

interface ClaimItem {
  readonly item: DeveloperMetadata;
  readonly claim: Claim | null;
}

export interface RunLease {
  release(): void;
}

function parseClaim(value: string | null): Claim | null {
  try {
    const parsed = JSON.parse(value ?? '') as Partial<Claim>;
    if (
      typeof parsed.id === 'string' &&
      typeof parsed.since === 'number' &&
      typeof parsed.until === 'number'
    )
      return { id: parsed.id, since: parsed.since, until: parsed.until };
  } catch {
    // An unreadable claim holds nothing: it is removed like a lapsed one.
  }
  return null;
}

function claimsIn(items: readonly DeveloperMetadata[]): ClaimItem[] {
  return items
    .filter((item) => item.getKey() === LEASE_KEY)
    .map((item) => ({ item, claim: parseClaim(item.getValue()) }));
}

/** The claim that holds at `now`: the earliest live one, ties broken by id. */
export function holdingClaim(found: readonly (Claim | null)[], now: number): Claim | null {
  const live = found.filter((c): c is Claim => c !== null && c.until > now);
  live.sort((a, b) => a.since - b.since || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return live[0] ?? null;
}

/** A claim made: the lease when this execution holds it, and the metadata as read then. */
export interface LeaseClaim {
  readonly lease: RunLease | null;
  /** The spreadsheet's developer metadata read back after claiming (for readMetadata). */
  readonly items: readonly DeveloperMetadata[];
}

/**
 * Claims the lease: adds this execution's claim, then reads the claims back (the metadata read
 * the caller needs anyway); the lease is null when an earlier live claim holds it.
 */
export function claimRunLease(spreadsheet: Spreadsheet): LeaseClaim {
  const now = Date.now();
  const mine: Claim = { id: Utilities.getUuid(), since: now, until: now + LEASE_MS };
  spreadsheet.addDeveloperMetadata(
    LEASE_KEY,
    JSON.stringify(mine),
    SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
  );
  const items = spreadsheet.getDeveloperMetadata();
  const found = claimsIn(items);
  const own = found.filter((c) => c.claim?.id === mine.id).map((c) => c.item);
  const later = Date.now();
  if (
    holdingClaim(
      found.map((c) => c.claim),
      later,
    )?.id !== mine.id
  ) {
    for (const item of own) removeQuietly(item);
    return { lease: null, items };
  }
  // Claims left by cut executions, lapsed or unreadable, go (rare: one call each).
  const lapsed = new Set(
    found.filter(({ claim }) => claim === null || claim.until <= later).map(({ item }) => item),
  );
  for (const item of lapsed) removeQuietly(item);
  return {
    lease: {
      release: () => {
        for (const item of own) removeQuietly(item);
      },
    },
    items: items.filter((item) => !lapsed.has(item)),
  };
}

/** Claims the lease when the caller read the metadata already; null when another holds it. */
export function tryRunLease(spreadsheet: Spreadsheet, metadata: MetadataSnapshot): RunLease | null {
  if (holdingClaim(metadata.values(LEASE_KEY).map(parseClaim), Date.now()) !== null) return null;
  return claimRunLease(spreadsheet).lease;
}

/**
 * Removes a claim; one another execution removed already, or a write that fails, leaves
 * nothing worse than a claim that lapses on its own.
 */
function removeQuietly(item: DeveloperMetadata): void {
  try {
    item.remove();
  } catch {
    // Lapses after LEASE_MS.
  }
}

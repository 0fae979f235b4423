/**
 * The /state dump of the preview server: what the sidebar's actions did to the offline world
 * (sheets, sent mail, drafts, triggers, locks), as plain JSON.
 */
import type { Mailbox, MessageRecord } from '../services/gmail/mailbox.ts';
import type { LockStore } from '../services/lock.ts';
import type { TriggerStore } from '../services/script-app.ts';

export interface PreviewStateSources {
  readonly mailbox?: Mailbox;
  readonly triggers?: TriggerStore;
  readonly locks?: LockStore;
  /** The sheets' content, as the spreadsheet store dumps it. */
  readonly sheets?: () => unknown;
}

function messageJson(m: MessageRecord): Record<string, unknown> {
  return {
    ...m,
    date: m.date.toISOString(),
    attachments: m.attachments.map((a) => ({
      name: a.name,
      mimeType: a.mimeType,
      size: a.bytes.length,
    })),
  };
}

export function previewState(sources: PreviewStateSources): () => Record<string, unknown> {
  return () => ({
    sheets: sources.sheets?.() ?? null,
    sent: sources.mailbox?.sent().map(messageJson) ?? [],
    drafts: sources.mailbox?.drafts().map(messageJson) ?? [],
    remainingQuota: sources.mailbox?.remainingQuota() ?? null,
    triggers:
      sources.triggers?.list().map((t) => ({
        ...t,
        createdAt: new Date(t.createdAt).toISOString(),
        nextFireAt: t.nextFireAt === null ? null : new Date(t.nextFireAt).toISOString(),
      })) ?? [],
    locks: sources.locks?.held() ?? [],
  });
}

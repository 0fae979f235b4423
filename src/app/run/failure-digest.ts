/**
 * The optional e-mail to the user listing a run's failures. It never fails the run: a digest
 * that cannot go is only noted in the execution log.
 */

import type { RunReport } from '../../core/run/run-report.ts';
import type { Settings } from '../../core/settings.ts';
import { escapeHtml } from '../../core/templates/html-escape.ts';
import { text } from '../../core/texts/server-texts.ts';
import { sendToSelf } from '../../gas/gmail-sender.ts';
import { effectiveUserEmail } from '../../gas/session-user.ts';
import { errorKind } from './unexpected-error.ts';

export function sendFailureDigest(result: RunReport, settings: Settings): void {
  try {
    const to = effectiveUserEmail();
    if (!to) return;
    const subject = text(settings.language, 'failureDigestSubject', {
      failures: result.failures.length,
      day: String(result.today),
    });
    const lines = result.failures.map((f) => `• ${f}`);
    const plain = [subject, '', ...lines].join('\n');
    const html = `<p>${subject}</p><ul>${result.failures.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`;
    sendToSelf(to, subject, plain, html);
  } catch (error) {
    // Only the kind of error: Gmail's messages may quote addresses, and the execution log is
    // kept by Google outside the user's sheet.
    console.warn(`Relance: failure digest not sent (${errorKind(error)}).`);
  }
}

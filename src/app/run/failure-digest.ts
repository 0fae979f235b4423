/**
 * The optional e-mail to the user listing a run's failures. It never fails the run: a digest
 * that cannot go is only noted in the execution log.
 */

import type { RunReport } from '../../core/run/run-report.ts';
import type { Settings } from '../../core/settings.ts';
import { escapeHtml } from '../../core/templates/html-escape.ts';
import * as serverTexts from '../../core/texts/server-texts.ts';
import { sendToSelf } from '../../gas/gmail-sender.ts';
import { effectiveUserEmail } from '../../gas/session-user.ts';
import { errorText } from './error-text.ts';

export function sendFailureDigest(result: RunReport, settings: Settings): void {
  try {
    const to = effectiveUserEmail();
    if (!to) return;
    const subject = serverTexts.failureDigestSubject(result.failures.length, result.today)[
      settings.language
    ];
    const lines = result.failures.map((f) => `• ${f}`);
    const text = [subject, '', ...lines].join('\n');
    const html = `<p>${subject}</p><ul>${result.failures.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`;
    sendToSelf(to, subject, text, html);
  } catch (error) {
    console.warn(`Relance: failure digest not sent: ${errorText(error)}`);
  }
}

/**
 * The optional e-mail to the user listing a run's failures. It never fails the run: a digest
 * that cannot go is only noted in the execution log.
 */

import type { RunReport } from '../../core/run/run-report.ts';
import type { Settings } from '../../core/settings.ts';
import { escapeHtml } from '../../core/templates/html-escape.ts';
import { sendToSelf } from '../../gas/gmail-sender.ts';
import { effectiveUserEmail } from '../../gas/session-user.ts';
import { errorText } from './error-text.ts';

export function sendFailureDigest(result: RunReport, settings: Settings): void {
  try {
    const to = effectiveUserEmail();
    if (!to) return;
    const fr = settings.language === 'fr';
    const subject = fr
      ? `Relance : ${result.failures.length} problème(s) lors de l’exécution du ${result.today}`
      : `Relance: ${result.failures.length} problem(s) in the run of ${result.today}`;
    const lines = result.failures.map((f) => `• ${f}`);
    const text = [subject, '', ...lines].join('\n');
    const html = `<p>${subject}</p><ul>${result.failures.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`;
    sendToSelf(to, subject, text, html);
  } catch (error) {
    console.warn(`Relance: failure digest not sent: ${errorText(error)}`);
  }
}

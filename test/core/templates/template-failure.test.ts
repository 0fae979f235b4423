/**
 * A message its template cannot make says why with a reason of its own (the log's `reason=`):
 * waiting on the signature, on a claim of reminders the log belies, or on an empty value; failing
 * on a broken template.
 */
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../../src/core/history.ts';
import { renderMessage } from '../../../src/core/templates/render-message.ts';
import {
  isWaitingReason,
  templateErrorsText,
  templateFailureReason,
} from '../../../src/core/templates/template-failure.ts';
import type { TemplateRow } from '../../../src/core/templates/template-row.ts';
import { logRow } from '../fixtures/invoices.ts';
import { frenchB2B, row } from './fixtures.ts';

function errorsOf(template: TemplateRow, context = frenchB2B) {
  const result = renderMessage(template, context);
  if (result.ok) throw new Error(`${template.body} rendered`);
  return result.errors;
}

const signed = '\n{{sender_name}}';

describe('templateFailureReason', () => {
  it('names an unsigned template, before any other waiting cause', () => {
    const errors = errorsOf(
      row({
        stage: 'r3',
        subject: 'Relance',
        body: 'Malgré mes précédents rappels, réglez via {{payment_link}}.',
      }),
      {
        ...frenchB2B,
        remindersSent: 0,
        invoices: frenchB2B.invoices.map((i) => ({ ...i, paymentLink: null })),
      },
    );
    expect(templateFailureReason(errors)).toBe('template_unsigned');
  });

  it('names a claim of reminders the log does not show', () => {
    const errors = errorsOf(
      row({
        stage: 'r3',
        subject: 'Dernier rappel',
        body: `Malgré mes précédents rappels, la facture reste impayée.${signed}`,
      }),
      { ...frenchB2B, remindersSent: 1 },
    );
    expect(templateFailureReason(errors)).toBe('template_claims_unsent_reminders');
    expect(templateErrorsText(errors).fr).toContain('« Malgré mes précédents rappels »');
    expect(templateErrorsText(errors).en).toContain('“Malgré mes précédents rappels”');
  });

  it('keeps missing_value for a value empty for this message', () => {
    const errors = errorsOf(row({ subject: 'Relance', body: `Bonjour {{contact}},${signed}` }), {
      ...frenchB2B,
      contact: null,
    });
    expect(templateFailureReason(errors)).toBe('missing_value');
    expect(isWaitingReason('missing_value')).toBe(true);
  });

  it('fails a broken template whatever else waits', () => {
    const errors = errorsOf(row({ subject: 'Relance', body: 'Bonjour {{clinet}}, {{contact}}.' }), {
      ...frenchB2B,
      contact: null,
    });
    expect(templateFailureReason(errors)).toBe('template_error');
    expect(isWaitingReason('template_error')).toBe(false);
  });
});

describe('the run’s skipped rows of a waiting template, old and new', () => {
  it('change nothing of what the log says was done, whatever their reason', () => {
    const rows = ['missing_value', 'template_unsigned', 'template_claims_unsent_reminders'].map(
      (reason) =>
        logRow({
          date: '2026-03-23',
          outcome: 'skipped',
          stage: 'r3',
          clientKey: 'atelier dupont',
          invoiceNumbers: ['F-2026-014'],
          detail: `reason=${reason}; error=Modèle r3 / all / fr / A : …`,
        }),
    );
    const history = readHistory(rows, { countTestSends: false });
    expect(history.invoice('F-2026-014')).toMatchObject({ highestRank: -1, emailsSent: 0 });
  });
});

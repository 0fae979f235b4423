import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/core/stage.ts';
import { chooseTemplate } from '../../../src/core/templates/choose-template.ts';
import { DEFAULT_TEMPLATES } from '../../../src/core/templates/defaults.ts';
import { formatMoney } from '../../../src/core/templates/money-format.ts';
import type { RenderContext } from '../../../src/core/templates/render-context.ts';
import { renderMessage } from '../../../src/core/templates/render-message.ts';
import type { TemplateRow } from '../../../src/core/templates/template-row.ts';
import { validateTemplate } from '../../../src/core/templates/validate-template.ts';
import { day } from '../fixtures/invoices.ts';
import { englishUK, firstInvoice, frenchB2B, frenchConsumer } from './fixtures.ts';

const clients = { frenchB2B, englishUK, frenchConsumer } as const;

function render(template: TemplateRow, context: RenderContext) {
  const result = renderMessage(template, { ...context, stage: template.stage });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('\n'));
  return result;
}

/** The default template a client gets at a stage, through the normal choice. */
function defaultFor(
  stage: TemplateRow['stage'],
  context: RenderContext,
  segment = 'occasional' as const,
) {
  const template = chooseTemplate(DEFAULT_TEMPLATES, {
    stage,
    segment,
    keyAccount: false,
    language: context.language,
    defaultLanguage: 'fr',
    variantKey: context.client,
  });
  if (!template) throw new Error(`no default template for ${stage}`);
  return render(template, context);
}

const sum = (context: RenderContext, pick: (i: RenderContext['invoices'][number]) => number) =>
  context.invoices.reduce((total, i) => total + pick(i), 0);

describe('default templates', () => {
  it('are all valid, with unique ids', () => {
    expect(DEFAULT_TEMPLATES.flatMap(validateTemplate)).toEqual([]);
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size).toBe(DEFAULT_TEMPLATES.length);
  });

  it('cover every stage in French and English for all segments', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const stage of STAGES) {
        const id = `${stage}.all.${language}.A`;
        expect(DEFAULT_TEMPLATES.find((t) => t.id === id)?.active, id).toBe(true);
      }
    }
  });

  it('adapt the tone for new clients, key accounts and late payers', () => {
    const ids = DEFAULT_TEMPLATES.map((t) => t.id);
    for (const language of ['fr', 'en']) {
      for (const id of ['r1.new', 'r1.key_account', 'r2.chronic', 'r2.high_risk']) {
        expect(ids).toContain(`${id}.${language}.A`);
      }
    }
  });

  it('have an r1 A/B pair in each language that differs only in the subject', () => {
    for (const language of ['fr', 'en']) {
      const a = DEFAULT_TEMPLATES.find((t) => t.id === `r1.all.${language}.A`);
      const b = DEFAULT_TEMPLATES.find((t) => t.id === `r1.all.${language}.B`);
      expect(a?.body).toBe(b?.body);
      expect(a?.subject).not.toBe(b?.subject);
    }
  });

  describe.each(Object.entries(clients))('rendered for %s', (_name, context) => {
    it.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))(
      '%s renders cleanly',
      (_id, template) => {
        const { subject, text, html } = render(template, context);
        for (const output of [subject, text, html]) {
          expect(output).not.toMatch(/\{\{|\}\}|undefined|null|NaN|\[object/);
        }
        expect(subject).not.toMatch(/\n/);
        expect(text).not.toMatch(/\n{3}|^\s|[ \t]\n/);
        expect(html).not.toContain('<p style="margin:0 0 16px 0"></p>');
        for (const inv of context.invoices) expect(text).toContain(inv.number);
      },
    );
  });
});

describe('what every reminder e-mail states', () => {
  const emailTemplates = DEFAULT_TEMPLATES.filter((t) =>
    ['pre_due', 'r1', 'r2', 'r3'].includes(t.stage),
  );

  it.each(emailTemplates.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    const context = template.language === 'fr' ? frenchB2B : englishUK;
    const { text } = render(template, context);
    const total = formatMoney(
      sum(context, (i) => i.balanceCents),
      firstInvoice(context).currency,
      context.language,
    );
    expect(text).toContain(total);
    expect(text).toMatch(template.language === 'fr' ? /mars 2026/ : /March 2026/);
    expect(text).toContain(context.senderContact);
    expect(text).toMatch(
      template.language === 'fr'
        ? /ne (pas )?tenez pas compte|ne pas tenir compte/
        : /please ignore this message/,
    );
    expect(text).toMatch(template.language === 'fr' ? /Vous pouvez régler/ : /You can pay/);
  });
});

describe('key content per stage', () => {
  it('r2 reminds the agreed terms and says the invoices are attached', () => {
    const { text } = defaultFor('r2', frenchB2B);
    expect(text).toContain('conditions de paiement convenues');
    expect(text).toContain('Vous trouverez les factures en pièces jointes.');
    expect(defaultFor('r2', englishUK).text).toContain('Please find the invoice attached.');
  });

  it('r2 for a chronically late client asks for payment by a date, the next step’s', () => {
    // The context gives no next step here: the deadline falls back to today + 8 days.
    expect(defaultFor('r2', frenchB2B, 'chronic' as never).text).toContain(
      'au plus tard le 28 avril 2026',
    );
    const withNext = defaultFor(
      'r2',
      { ...frenchB2B, nextStepOn: day('2026-05-04') },
      'chronic' as never,
    );
    expect(withNext.text).toContain('au plus tard le 4 mai 2026');
  });

  it('r3 states the interest and the €40-per-invoice indemnity, and the next steps', () => {
    const { text, subject } = defaultFor('r3', frenchB2B);
    const interest = formatMoney(
      sum(frenchB2B, (i) => i.lateFees?.interestCents ?? 0),
      'EUR',
      'fr',
    );
    expect(text).toContain(`intérêts de retard sont dus\u00a0: ils s’élèvent à ${interest}`);
    expect(text).toContain(
      `soit ${formatMoney(3 * 4000, 'EUR', 'fr')} (${formatMoney(4000, 'EUR', 'fr')} par facture)`,
    );
    expect(text).toContain('je vous appellerai');
    expect(text).toContain('mise en demeure');
    expect(subject).toContain('mise en demeure');
  });

  it('r3 for a UK client states statutory interest and the £70 fixed sum', () => {
    const { text } = defaultFor('r3', englishUK);
    expect(text).toContain('£39.00');
    expect(text).toContain('£70.00');
    expect(text).toContain('formal notice');
  });

  it('r3 and the notice never claim an indemnity from a consumer', () => {
    for (const stage of STAGES) {
      const { subject, text, html } = defaultFor(stage, frenchConsumer);
      for (const output of [subject, text, html]) {
        expect(output).not.toMatch(/40,00|40\s€|indemnit/i);
      }
    }
  });

  it('the call task gives the client, the amount and a script', () => {
    const { subject, text } = defaultFor('call', frenchB2B);
    expect(subject).toContain('Atelier Lumière & Fils');
    expect(text).toContain('promesse de paiement');
    expect(text).toContain('litige');
  });

  it('the French notice has every element of a mise en demeure', () => {
    const { subject, text } = defaultFor('notice', frenchB2B);
    expect(subject).toMatch(/^Mise en demeure de payer – factures F-2026-014/);
    expect(text).toMatch(
      /^\[Note pour vous, à retirer avant l’envoi\u00a0: envoyez cette mise en demeure par lettre recommandée avec accusé de réception/,
    );
    expect(text).toContain('Camille Roux');
    expect(text).toContain('Atelier Lumière & Fils');
    expect(text).toContain(
      'je vous mets en demeure de me régler, sous huit jours à compter de la réception de la présente, la somme de',
    );
    expect(text).toContain(
      'augmentée des intérêts de retard et de l’indemnité forfaitaire détaillés ci-dessous, soit au total',
    );
    expect(text).toContain('12 mars 2026');
    expect(text).toContain('31 mars 2026');
    expect(text).toContain('continuent de courir jusqu’au complet paiement');
    expect(text).toContain('indemnité forfaitaire pour frais de recouvrement');
    expect(text).toContain('Vous pouvez régler');
    expect(text).toContain('injonction de payer');
    expect(text).toContain('Le 20 avril 2026');
    expect(text).not.toContain('au plus tard le');
    expect(text).toMatch(/Signature\u00a0:$/);
  });

  it('the notice prints the sender’s postal address and SIRET when set, and skips their lines otherwise', () => {
    const withDetails = defaultFor('notice', {
      ...frenchB2B,
      senderAddress: '12 rue des Lilas\n69003 Lyon',
      senderRegistration: 'SIRET 123 456 789 00012',
    }).text;
    expect(withDetails).toContain(
      'Camille Roux\n12 rue des Lilas\n69003 Lyon\nSIRET 123 456 789 00012\n',
    );
    expect(defaultFor('notice', frenchB2B).text).toContain('Camille Roux\ncamille@roux-studio.fr');
  });

  it('the consumer notice announces legal interest from the notice instead of fees', () => {
    const { text } = defaultFor('notice', frenchConsumer);
    expect(text).toContain(
      'intérêts au taux de l’intérêt légal à compter de la présente mise en demeure',
    );
    expect(text).not.toContain('indemnité forfaitaire');
    expect(text).toContain('Madame, Monsieur,');
  });

  it('the English notice to a UK business is a letter before action that cites no French procedure', () => {
    const { subject, text } = defaultFor('notice', englishUK);
    expect(subject).toMatch(/^Letter before action – invoice F-2026-009/);
    expect(text).toContain('Please pay it within 14 days of receiving this letter.');
    expect(text).toContain('Late Payment of Commercial Debts (Interest) Act 1998');
    expect(text).toContain(
      'If the debtor is a sole trader, the Pre-Action Protocol for Debt Claims applies',
    );
    expect(text).not.toMatch(/mise en demeure|injonction|French/i);
    expect(text).toContain('Signature:');
  });

  it('an English notice under French law is a mise en demeure citing the French order for payment', () => {
    const { text } = defaultFor('notice', {
      ...englishUK,
      legalSystem: 'fr',
      jurisdiction: 'fr_b2b',
    });
    expect(text).toContain(
      'I hereby give you formal notice (mise en demeure) to pay me, within eight days of receiving this letter',
    );
    expect(text).toContain('order for payment (injonction de payer)');
  });

  it('a notice under another law is a neutral final demand naming no procedure', () => {
    const { subject, text } = defaultFor('notice', {
      ...englishUK,
      legalSystem: 'other',
      jurisdiction: 'eu_b2b',
    });
    expect(subject).toMatch(/^Final demand for payment/);
    expect(text).toContain('within eight days of receiving this letter');
    expect(text).not.toMatch(/mise en demeure|injonction|Protocol|County Court|French/i);
  });

  it('a new client is told how to pay, a key account gets a light touch', () => {
    expect(defaultFor('r1', frenchB2B, 'new' as never).text).toContain('voici comment régler');
    const key = chooseTemplate(DEFAULT_TEMPLATES, {
      stage: 'r1',
      segment: 'punctual',
      keyAccount: true,
      language: 'en',
      defaultLanguage: 'fr',
      variantKey: 'Northwind Design Ltd',
    });
    if (!key) throw new Error('no key-account template');
    expect(key.id).toBe('r1.key_account.en.A');
    expect(render(key, englishUK).text).toContain('probably just a processing delay');
  });
});

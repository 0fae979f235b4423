import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../../src/core/settings.ts';
import { STAGES } from '../../../src/core/stage.ts';
import { chooseTemplate } from '../../../src/core/templates/choose-template.ts';
import { DEFAULT_TEMPLATES } from '../../../src/core/templates/defaults.ts';
import type { RenderContext } from '../../../src/core/templates/render-context.ts';
import { renderMessage } from '../../../src/core/templates/render-message.ts';
import { englishUK, frenchB2B } from './fixtures.ts';

/**
 * Fixed words each language's texts and values use, that the other never does: a greeting, a
 * closing, the invoice, a month of the fixtures' dates. (The English notice names the French
 * procedure in brackets, "mise en demeure", "injonction de payer": those are not listed.)
 */
const WORDS = {
  fr: [
    /\bBonjour\b/,
    /\bCordialement\b/,
    /\bfactures?\b/,
    /\bmars\b/,
    /\bavril\b/,
    /\brèglement\b/,
  ],
  en: [/\bHello\b/, /\bregards\b/i, /\binvoices?\b/i, /\bMarch\b/, /\bApril\b/, /\bpayment\b/i],
} as const;

/** Titles of laws quoted as they are named (a French letter cites the UK Act by its title). */
const PROPER_NAMES = /Late Payment of Commercial Debts \(Interest\) Act 1998/g;

const JURISDICTIONS: readonly Jurisdiction[] = [
  'fr_b2b',
  'fr_b2c',
  'fr_public',
  'eu_b2b',
  'uk_b2b',
  'none',
];

/** The templates tab as a user may leave it: only French, only English, or both. */
const TABS = {
  both: DEFAULT_TEMPLATES,
  onlyFrench: DEFAULT_TEMPLATES.filter((t) => t.language === 'fr'),
  onlyEnglish: DEFAULT_TEMPLATES.filter((t) => t.language === 'en'),
};

describe('one language per message', () => {
  for (const [tabName, templates] of Object.entries(TABS)) {
    it(`keeps every stage × client language × jurisdiction in one language (${tabName})`, () => {
      for (const stage of STAGES) {
        for (const client of [frenchB2B, englishUK]) {
          for (const jurisdiction of JURISDICTIONS) {
            const context: RenderContext = { ...client, stage, jurisdiction };
            const template = chooseTemplate(templates, {
              stage,
              segment: 'occasional',
              keyAccount: false,
              language: context.language,
              defaultLanguage: templates[0]?.language ?? 'fr',
              variantKey: context.client,
            });
            if (!template) throw new Error(`no template for ${stage}`);
            const result = renderMessage(template, context);
            if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join(' '));
            const other = template.language === 'fr' ? 'en' : 'fr';
            const label = `${stage} / ${context.language} client / ${jurisdiction} / ${template.id}`;
            for (const output of [result.subject, result.text.replace(PROPER_NAMES, '')]) {
              for (const word of WORDS[other]) expect(output, label).not.toMatch(word);
            }
            expect(result.text, label).toMatch(WORDS[template.language][2]);
          }
        }
      }
    });
  }
});

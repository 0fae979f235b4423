/**
 * Limitation periods (docs/late-payment-law.md, "Limitation periods"), through the compiled
 * bundle: past the period a court action is time-barred, so Relance drafts no formal notice
 * threatening one and claims no interest; Today and the status note say why.
 */
import { describe, expect, it } from 'vitest';
import { TYPED_HEADERS, typedRow } from './support/typed-rows.ts';
import { book, d, everyDay, logged, scenario } from './support/world.ts';

interface TodaySkips {
  readonly skips: readonly {
    readonly number: string;
    readonly reason: { readonly code: string };
    readonly reasonText: { readonly fr: string; readonly en: string };
  }[];
}

describe('a consumer debt more than two years old (Code de la consommation L218-2)', () => {
  it('gets no reminder and no formal notice, and Today says it is time-barred and why', () => {
    const s = scenario({
      rows: [
        TYPED_HEADERS,
        typedRow(
          'F-2023-140',
          'Paul Durand',
          'paul.durand@gmail.com',
          900,
          '2023-11-30',
          'particulier',
        ),
      ],
      start: '2026-02-01T06:00:00Z',
      settings: { oldDebtDays: 0 },
    });
    everyDay(s, '2026-02-01', '2026-03-31');
    expect(logged(s, 'sent')).toEqual([]);
    expect(logged(s, 'drafted')).toEqual([]);
    expect(s.mailbox.drafts()).toEqual([]);
    const today = s.sidebar('getToday') as TodaySkips;
    const skip = today.skips.find((k) => k.number === 'F-2023-140');
    expect(skip?.reason.code).toBe('time_barred');
    expect(skip?.reasonText.fr).toMatch(
      /^Prescrite depuis le 1er décembre 2025 : .*deux ans.*L218-2/,
    );
    expect(skip?.reasonText.en).toMatch(/^Time-barred since 1 December 2025: .*two years/);
    // The status columns' note says the same.
    expect(s.values().flat().join('\n')).toMatch(/Prescrite depuis le 2025-12-01/);
  });

  it('stops before the formal notice when the period runs out during the reminders', () => {
    // Due 31 January 2024: time-barred from 1 February 2026. First seen on 5 January 2026, it
    // gets r1, r2 and r3 in January; the formal notice would come after 1 February.
    const s = scenario({
      rows: [
        TYPED_HEADERS,
        typedRow(
          'F-2024-012',
          'Paul Durand',
          'paul.durand@gmail.com',
          900,
          '2024-01-31',
          'particulier',
        ),
      ],
      start: '2026-01-05T06:00:00Z',
      settings: { oldDebtDays: 0 },
    });
    everyDay(s, '2026-01-05', '2026-03-31');
    expect(logged(s, 'drafted')).toEqual([]);
    expect(s.mailbox.drafts()).toEqual([]);
    const sent = s.logRows().filter((r) => r.outcome === 'sent');
    expect(sent.map((r) => `${r.stage} ${r.date}`)).toEqual([
      'r1 2026-01-05',
      'r2 2026-01-12',
      'r3 2026-01-20',
    ]);
  });
});

describe('a business debt of the same age (Code de commerce L110-4: five years)', () => {
  it('is still chased, and its formal notice may name the injonction de payer', () => {
    const s = scenario({
      rows: [
        TYPED_HEADERS,
        typedRow(
          'F-2023-141',
          'Atelier Dupont',
          'compta@atelier-dupont.fr',
          900,
          '2023-11-30',
          'entreprise',
        ),
      ],
      start: '2026-02-01T06:00:00Z',
      settings: { oldDebtDays: 0 },
    });
    everyDay(s, '2026-02-01', '2026-03-31');
    expect(logged(s, 'drafted')).toEqual(['F-2023-141:notice']);
    expect(s.mailbox.drafts()[0]?.text).toMatch(/injonction de payer/);
  });
});

describe('reminders sent shortly before a claim is time-barred', () => {
  it('r3 does not announce a call and a formal notice the run will not make', () => {
    // Due 1 March 2024, client kind not said: two years (limitation.ts), time-barred from
    // 2 March 2026. The user chases this old debt from February 2026 (oldDebtDays 0).
    const s = scenario({
      rows: book([['F-2024-031', 'Paul Durand', 'paul.durand@example.fr', 1200, d('2024-03-01')]]),
      settings: { oldDebtDays: 0 },
    });
    everyDay(s, '2026-02-02', '2026-03-31');
    const toClient = s.sent().filter((m) => m.to.includes('paul.durand@example.fr'));
    const r3 = toClient.find((m) => /Dernier rappel/.test(m.subject));
    expect(r3, toClient.map((m) => m.subject).join(' | ')).toBeDefined();
    // The call came on 27 February; the formal notice never does: time-barred from 2 March.
    expect(logged(s, 'task')).toEqual(['F-2024-031:call']);
    expect(logged(s, 'drafted')).toEqual([]);
    expect(
      s
        .values()
        .flat()
        .some((v) => /[Pp]rescrite/.test(String(v))),
    ).toBe(true);
    // The last reminder, sent on 17 February, announces neither: it would be an untrue threat.
    expect(`${r3?.subject}\n${r3?.text}`).not.toMatch(/mise en demeure/);
  });
});

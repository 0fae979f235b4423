import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date.ts';
import { isMappingComplete } from '../../src/core/columns/column-mapping.ts';
import { detectColumns } from '../../src/core/columns/detect-columns.ts';
import { sampleInvoices } from '../../src/core/sample-invoices.ts';

describe('the sample invoices tab of a first try', () => {
  const today = '2026-03-15' as CalendarDate;

  it('has headers the column detection maps, in French and in English', () => {
    for (const language of ['fr', 'en'] as const) {
      const { headers, widths } = sampleInvoices(today, language);
      expect(isMappingComplete(detectColumns(headers, {}))).toBe(true);
      expect(widths).toHaveLength(headers.length);
    }
  });

  it('dates its invoices around today, numbered in the current year, on example.com', () => {
    const { rows } = sampleInvoices(today, 'en');
    expect(rows.map((row) => row[0])).toEqual([
      'F-2026-001',
      'F-2026-002',
      'F-2026-003',
      'F-2026-004',
      'F-2026-005',
    ]);
    expect(rows[0]?.slice(0, 5)).toEqual([
      'F-2026-001',
      'Atelier Dupont',
      'compta@dupont.example.com',
      1200,
      '2026-02-03',
    ]);
    expect(rows.every((row) => String(row[2]).endsWith('.example.com'))).toBe(true);
  });
});

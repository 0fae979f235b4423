import { describe, expect, it } from 'vitest';
import { lazyExport, readProjectData } from '../../src/gas/project-data-file.ts';

/** A project file reader that counts its reads, as HtmlService would be called. */
function reader(files: Record<string, string>): {
  read: (file: string) => string;
  reads: string[];
} {
  const reads: string[] = [];
  return {
    reads,
    read: (file) => {
      reads.push(file);
      const content = files[file];
      if (content === undefined) throw new Error(`No HTML file named ${file} was found.`);
      return content;
    },
  };
}

describe('lazyExport, a table read from a project file on first use', () => {
  it('reads nothing until the table is used, then reads the file once for all its tables', () => {
    const { read, reads } = reader({
      NoticeWords: JSON.stringify({ TITLES: { fr: 'Mise en demeure' }, DAYS: [8, 14, 30] }),
    });
    const titles = lazyExport('NoticeWords', 'TITLES', {} as Record<string, string>, read);
    const days = lazyExport('NoticeWords', 'DAYS', [] as number[], read);
    expect(reads).toEqual([]);
    expect(titles.fr).toBe('Mise en demeure');
    expect('en' in titles).toBe(false);
    expect(Object.keys(titles)).toEqual(['fr']);
    expect(Array.isArray(days)).toBe(true);
    expect(days.length).toBe(3);
    expect([...days].map((d) => d * 2)).toEqual([16, 28, 60]);
    expect(reads).toEqual(['NoticeWords']);
  });

  it('says which file or table is missing', () => {
    const { read } = reader({ Empty: '[]', Partial: JSON.stringify({ OTHER: {} }) });
    expect(() => readProjectData('Empty', read)).toThrow('Empty.html holds no table of data');
    const missing = lazyExport('Partial', 'RATES', [] as number[], read);
    expect(() => missing.length).toThrow('Partial.html has no table RATES');
  });
});

import { describe, expect, it } from 'vitest';
import type { Section } from '../../model.ts';
import { writeMonthlyReport } from '../write-monthly-report.ts';
import { ACTIVITIES_EXPECTED } from './activities.expected.ts';
import { compareSentences, formatDiff, splitSentences } from './compare-sentences.ts';
import { demoFigureRows, kontumReportInput } from './seed-001-input.ts';

function findSection(sections: readonly Section[], key: string): Section | undefined {
  for (const s of sections) {
    if (s.key === key) return s;
    const found = findSection(s.children, key);
    if (found) return found;
  }
  return undefined;
}

/** The section's generated paragraphs, each printed as the layout joins its sentences, split into sentences. */
function generatedSentences(section: Section): string[] {
  return section.blocks.flatMap((b) =>
    b.kind === 'generated' ? splitSentences(b.sentences.map((s) => s.text).join(' ')) : [],
  );
}

// The demo's rows are drawn once; the report is written inside each test, which mutation testing needs to see.
const rows = demoFigureRows('202311');
const sectionOf = (key: string) =>
  findSection(writeMonthlyReport(kontumReportInput('202311', rows)).results.sections, key);

describe('sections 1.2–6 reproduce seed 001 (Kon Tum, November 2023)', () => {
  for (const [key, expected] of Object.entries(ACTIVITIES_EXPECTED)) {
    it(`writes every figure sentence of section ${key}`, () => {
      const section = sectionOf(key);
      expect(section, `section ${key}`).toBeDefined();
      const diff = compareSentences(expected, generatedSentences(section!));
      expect(diff.missing, `\n${formatDiff(diff)}\n`).toEqual([]);
    });

    it(`writes no figure sentence of section ${key} beyond the expected ones`, () => {
      const generated = generatedSentences(sectionOf(key)!);
      const wanted = new Set(expected.map((s) => s.normalize('NFC')));
      expect(generated.filter((s) => !wanted.has(s))).toEqual([]);
      expect(generated).toHaveLength(expected.length);
    });
  }

  it('writes Vietnamese in NFC', () => {
    for (const key of Object.keys(ACTIVITIES_EXPECTED)) {
      for (const s of generatedSentences(sectionOf(key)!)) expect(s).toBe(s.normalize('NFC'));
    }
  });
});

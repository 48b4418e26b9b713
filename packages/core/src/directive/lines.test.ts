import { describe, expect, it } from 'vitest';
import { cleanLines } from './lines.ts';
import { withoutFootnotes } from './footnotes.ts';

describe('cleanLines', () => {
  it('splits any line ending, joins spaces, drops blank lines and page numbers', () => {
    expect(cleanLines('\uFEFF a\u00A0\t b \r\n\r\n2\rc\n  \n')).toEqual(['a b', 'c']);
  });

  it('writes NFC', () => {
    expect(cleanLines('Sở Y tế'.normalize('NFD'))).toEqual(['Sở Y tế'.normalize('NFC')]);
  });
});

describe('withoutFootnotes', () => {
  it('drops a referenced footnote up to the end of its sentence, and the reference', () => {
    expect(withoutFootnotes(['- Thực hiện Kế hoạch(1). Nâng cao', '(1) về triển khai', 'Chỉ thị số 25.', 'chất lượng.'])).toEqual([
      '- Thực hiện Kế hoạch. Nâng cao',
      'chất lượng.',
    ]);
  });

  it('keeps an unreferenced (1) enumeration', () => {
    const text = ['có trách nhiệm: (1) Chủ động', '(2) định kỳ báo cáo.'];
    expect(withoutFootnotes(text)).toEqual(text);
  });
});

import { describe, expect, it } from 'vitest';
import type { GeneratedBlock, ReportDocument } from '../model.ts';
import { testReport, testSection } from '../testing/report-document.ts';
import {
  applySave,
  compareDocuments,
  freeSlots,
  generatedBlocks,
  mergeRegenerated,
  UnknownSlotError,
} from './index.ts';

const generated = (id: string, ...texts: string[]): GeneratedBlock => ({
  kind: 'generated',
  id,
  sentences: texts.map((text) => ({ text, figures: [{ item: id.toUpperCase(), span: 'month', value: 1 }] })),
});

/** A small report: one parent section with a generated paragraph and a slot, one section with a slot only. */
function doc(tcm = 'Tay chân miệng: 5 ca.'): ReportDocument {
  const disease = testSection('disease', 'Tình hình dịch bệnh tháng 11 năm 2023:', [
    generated('disease.TCM', tcm, 'Không có tử vong.'),
    { kind: 'free', slot: 'disease', hint: 'gợi ý', text: '' },
  ]);
  return testReport([
    testSection('prevention', 'Công tác y tế dự phòng', [], { children: [disease] }),
    testSection('other', 'Các nhiệm vụ trọng tâm khác', [{ kind: 'free', slot: 'other', hint: 'gợi ý', text: '' }]),
  ]);
}

describe('applySave', () => {
  it('replaces the given header fields, free texts and plan, leaving the rest', () => {
    const saved = applySave(doc(), {
      header: { signerName: 'Nguyễn Văn A' },
      freeText: { other: 'Họp giao ban.' },
      plan: ['Việc 1'],
    });
    expect(saved.header.signerName).toBe('Nguyễn Văn A');
    expect(saved.header.issuingBody).toBe('SỞ Y TẾ');
    expect(freeSlots(saved).map((b) => [b.slot, b.text])).toEqual([
      ['disease', ''],
      ['other', 'Họp giao ban.'],
    ]);
    expect(saved.plan.items).toEqual(['Việc 1']);
    expect(generatedBlocks(saved)).toEqual(generatedBlocks(doc()));
  });

  it('stores typed text as NFC with plain line breaks', () => {
    const saved = applySave(doc(), { freeText: { other: 'Ho\u0323p\r\nmới' } });
    expect(freeSlots(saved)[1]!.text).toBe('Họp\nmới');
  });

  it('refuses an unknown slot, naming it, and leaves the document untouched', () => {
    const original = doc();
    const attempt = () => applySave(original, { freeText: { other: 'x', 'khong-co': 'y' } });
    expect(attempt).toThrow(UnknownSlotError);
    expect(() => attempt()).toThrow(/khong-co/);
    expect(original).toEqual(doc());
  });
});

describe('mergeRegenerated', () => {
  it('takes generated paragraphs from the fresh document and keeps header, free texts and plan', () => {
    const previous = applySave(doc(), {
      header: { documentNumber: '12' },
      freeText: { disease: 'Nhận định.' },
      plan: ['Việc'],
    });
    const merged = mergeRegenerated(doc('Tay chân miệng: 7 ca.'), previous);
    expect(generatedBlocks(merged)[0]!.sentences[0]!.text).toBe('Tay chân miệng: 7 ca.');
    expect(merged.header.documentNumber).toBe('12');
    expect(freeSlots(merged)[0]!.text).toBe('Nhận định.');
    expect(merged.plan.items).toEqual(['Việc']);
  });
});

describe('compareDocuments', () => {
  it('lists nothing for identical documents', () => {
    expect(compareDocuments(doc(), doc())).toEqual([]);
  });

  it('names each changed paragraph once, in print order, with its before and after text', () => {
    const a = doc();
    const b = applySave(mergeRegenerated(doc('Tay chân miệng: 7 ca.'), a), {
      header: { signerName: 'B' },
      freeText: { other: 'Mới' },
      plan: ['P'],
    });
    const changes = compareDocuments(a, b);
    expect(changes.map((c) => c.key)).toEqual(['header.signerName', 'disease.TCM', 'free:other', 'plan']);
    expect(changes[1]).toMatchObject({
      before: 'Tay chân miệng: 5 ca. Không có tử vong.',
      after: 'Tay chân miệng: 7 ca. Không có tử vong.',
    });
    expect(changes[1]!.label).toContain('Tình hình dịch bệnh tháng 11 năm 2023');
    expect(changes[2]).toMatchObject({ before: null, after: 'Mới' });
  });

  it('names Part II as the document titles it, next month\'s plan or next year\'s tasks', () => {
    const annual = (items: string[]) => ({ ...doc(), plan: { title: 'Phương hướng, nhiệm vụ năm 2024', items } });
    expect(compareDocuments(annual([]), annual(['Việc']))).toEqual([
      { key: 'plan', label: 'II. Phương hướng, nhiệm vụ năm 2024', before: null, after: 'Việc' },
    ]);
  });
});

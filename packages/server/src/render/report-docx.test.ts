import { writeMonthlyReport } from '@syt/core/report/index.ts';
import { kontumReportInput } from '@syt/core/report/monthly/golden/seed-001-input.ts';
import { fixtureReport } from '@syt/core/report/render/test-fixture.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportDocx } from './report-docx.ts';
import { attr, headerPart, isOn, paragraphWith, runWith, runs, sizeOf, textOf, xmlParts } from './report-docx.test-xml.ts';

const FONT = 'Times New Roman';
let parts: Record<string, string>;
let document: string;

beforeAll(async () => {
  parts = await xmlParts(await renderReportDocx(fixtureReport()));
  document = parts['word/document.xml']!;
});

describe('renderReportDocx page', () => {
  it('is A4 portrait with margins in the Decree 30 ranges', () => {
    expect(attr(document, 'w:pgSz', 'w:w')).toBe(11906);
    expect(attr(document, 'w:pgSz', 'w:h')).toBe(16838);
    const margin = (side: string) => attr(document, 'w:pgMar', `w:${side}`)!;
    expect(margin('top')).toBeGreaterThanOrEqual(1134);
    expect(margin('top')).toBeLessThanOrEqual(1418);
    expect(margin('bottom')).toBeGreaterThanOrEqual(1134);
    expect(margin('bottom')).toBeLessThanOrEqual(1418);
    expect(margin('left')).toBeGreaterThanOrEqual(1701);
    expect(margin('left')).toBeLessThanOrEqual(1985);
    expect(margin('right')).toBeGreaterThanOrEqual(850);
    expect(margin('right')).toBeLessThanOrEqual(1134);
  });

  it('numbers pages in the header from page 2 on', () => {
    expect(document).toMatch(/<w:titlePg\/>/u);
    expect(headerPart(parts, 'default')).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/u);
    expect(headerPart(parts, 'default')).toMatch(/<w:jc w:val="center"\/>/u);
    expect(sizeOf(runs(headerPart(parts, 'default'))[0]!)).toBe(28);
    expect(headerPart(parts, 'first')).not.toMatch(/PAGE/u);
    expect(parts['word/settings.xml']).not.toMatch(/<w:evenAndOddHeaders(?: w:val="(true|1)")?\/>/u);
  });
});

describe('renderReportDocx fonts', () => {
  it('names Times New Roman in every rFonts of every part', () => {
    const all = Object.values(parts).join('\n');
    const rFonts = all.match(/<w:rFonts\b[^>]*>/gu) ?? [];
    expect(rFonts.length).toBeGreaterThan(20);
    for (const element of rFonts) {
      for (const name of ['ascii', 'hAnsi', 'cs']) expect(element).toContain(`w:${name}="${FONT}"`);
    }
  });

  it('names no other font anywhere in the package', () => {
    const all = Object.values(parts).join('\n');
    const fonts = [...all.matchAll(/\b(?:w:ascii|w:hAnsi|w:cs|w:eastAsia|typeface)="([^"]*)"/gu)].map((m) => m[1]);
    expect(new Set(fonts)).toEqual(new Set([FONT]));
    expect(all).not.toMatch(/Calibri|Arial|Cambria|Liberation|Segoe|Mangal|<w:font w:name="(?!Times New Roman")/u);
    expect(all).not.toMatch(/asciiTheme|hAnsiTheme|majorHAnsi|minorHAnsi/u);
  });

  it('sets the font on every text run of the document, the headers and the footnotes', () => {
    for (const name of ['word/document.xml', 'word/footnotes.xml', 'word/header1.xml', 'word/header2.xml']) {
      for (const run of runs(parts[name] ?? '').filter((r) => /<w:(t|instrText)\b/u.test(r))) {
        expect(run, `${name}: ${textOf(run)}`).toContain(`w:ascii="${FONT}"`);
      }
    }
    expect(parts['word/styles.xml']).toMatch(new RegExp(`<w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}"`, 'u'));
  });
});

describe('renderReportDocx header and closing', () => {
  it('sizes and weights the header lines', () => {
    const superior = runWith(document, 'UBND TỈNH KON TUM');
    expect([sizeOf(superior), isOn(superior, 'b')]).toEqual([26, false]);
    const body = runWith(document, 'SỞ Y TẾ');
    expect([sizeOf(body), isOn(body, 'b')]).toEqual([26, true]);
    expect(sizeOf(runWith(document, 'Số:'))).toBe(26);
    const nation = runWith(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect([sizeOf(nation), isOn(nation, 'b')]).toEqual([26, true]);
    expect(isOn(runWith(document, 'Độc lập - Tự do - Hạnh phúc'), 'b')).toBe(true);
    const date = runWith(document, 'Kon Tum, ngày 05 tháng 12 năm 2023');
    expect([sizeOf(date), isOn(date, 'i')]).toEqual([28, true]);
  });

  it('lays the header out in a borderless table and draws the rules', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/u.exec(document)![0];
    expect(table).toContain('SỞ Y TẾ');
    expect(table).not.toMatch(/w:val="single"[^>]*\/><\/w:(top|left|bottom|right)>[\s\S]*?<\/w:tcBorders>/u);
    expect((document.match(/<w:pBdr><w:top w:val="single"/gu) ?? []).length).toBe(3);
  });

  it('prints the title and subject bold 14, centred', () => {
    const title = runWith(document, 'BÁO CÁO');
    expect([sizeOf(title), isOn(title, 'b')]).toEqual([28, true]);
    expect(paragraphWith(document, 'BÁO CÁO')).toContain('<w:jc w:val="center"/>');
    expect(isOn(runWith(document, 'Tình hình thực hiện nhiệm vụ tháng 11 năm 2023 và'), 'b')).toBe(true);
    expect(sizeOf(runWith(document, 'Kính gửi:'))).toBe(28);
  });

  it('closes with the distribution list and the signature', () => {
    const label = runWith(document, 'Nơi nhận:');
    expect([sizeOf(label), isOn(label, 'b'), isOn(label, 'i')]).toEqual([24, true, true]);
    expect(sizeOf(runWith(document, '- Lưu: VT, KHTC.'))).toBe(22);
    for (const text of ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']) {
      expect([sizeOf(runWith(document, text)), isOn(runWith(document, text), 'b')]).toEqual([28, true]);
    }
  });
});

describe('renderReportDocx body', () => {
  it('justifies body paragraphs with a first-line indent, 6 pt after, single to 1.5 spacing', () => {
    for (const needle of ['Sở Y tế báo cáo', 'Tay - Chân - Miệng', 'Giám sát hỗ trợ tuyến huyện']) {
      const p = paragraphWith(document, needle);
      expect(p).toContain('<w:jc w:val="both"/>');
      expect(attr(p, 'w:ind', 'w:firstLine')).toBeGreaterThanOrEqual(567);
      expect(attr(p, 'w:ind', 'w:firstLine')).toBeLessThanOrEqual(720);
      expect(attr(p, 'w:spacing', 'w:after')).toBeGreaterThanOrEqual(120);
      expect(attr(p, 'w:spacing', 'w:line')).toBeGreaterThanOrEqual(240);
      expect(attr(p, 'w:spacing', 'w:line')).toBeLessThanOrEqual(360);
      expect(sizeOf(runs(p)[0]!)).toBe(28);
    }
  });

  it('prints headings bold, subsections bold italic, and run-in headings before plain text', () => {
    expect(isOn(runWith(document, 'I. Tình hình thực hiện'), 'b')).toBe(true);
    const sub = runWith(document, '1.2. Phòng chống HIV/AIDS:');
    expect([isOn(sub, 'b'), isOn(sub, 'i')]).toEqual([true, true]);
    const runIn = runs(paragraphWith(document, '2. Khám chữa bệnh:'));
    expect(isOn(runIn[0]!, 'b')).toBe(true);
    expect(isOn(runWith(runIn.join(''), 'Thực hiện 86.384'), 'b')).toBe(false);
    expect(document).not.toContain('An toàn vệ sinh thực phẩm');
    expect(textOf(document)).toContain('3. Các nhiệm vụ trọng tâm khác');
  });

  it('makes footnotes real Word footnotes at size 12', () => {
    const p = paragraphWith(document, '142 ca mắc');
    expect(p).toMatch(/ghi nhận 142 ca mắc<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/u);
    const note = /<w:footnote w:id="1">[\s\S]*?<\/w:footnote>/u.exec(parts['word/footnotes.xml']!)![0];
    expect(textOf(note)).toContain('Thành phố Kon Tum 40, Ngọc Hồi 52, Đăk Glei 50');
    expect(sizeOf(runWith(note, 'Ngọc Hồi'))).toBe(24);
  });

  it('renders the report written from the demo data', async () => {
    const golden = await xmlParts(await renderReportDocx(writeMonthlyReport(kontumReportInput('202311'))));
    expect(textOf(golden['word/document.xml']!)).toContain('I. Tình hình thực hiện nhiệm vụ tháng 11 năm 2023');
  });
});

import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';
import { fixtureReport } from './test-fixture.ts';

describe('renderMarkdown', () => {
  it('prints the two header blocks with hard line breaks', () => {
    expect(renderMarkdown(fixtureReport())).toMatch(
      /^UBND TỈNH KON TUM\\\n\*\*SỞ Y TẾ\*\*\\\nSố: {6}\/BC-SYT\n\n\*\*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\*\*\\\n\*\*Độc lập - Tự do - Hạnh phúc\*\*\\\n\*Kon Tum, ngày 05 tháng 12 năm 2023\*\n/u,
    );
  });

  it('prints the title as the only level-one heading and the recipients as a list', () => {
    const md = renderMarkdown(fixtureReport());
    expect(md.match(/^# /gmu)).toHaveLength(1);
    expect(md).toContain('# BÁO CÁO\n\n**Tình hình thực hiện nhiệm vụ tháng 11 năm 2023');
    expect(md).toContain('Kính gửi:\n\n- Bộ Y tế;\n- Thường trực Tỉnh ủy;\n- Thường trực UBND tỉnh.\n');
  });

  it('uses headings for parts and sections, numbered without gaps', () => {
    const md = renderMarkdown(fixtureReport());
    expect(md).toContain('\n## I. Tình hình thực hiện nhiệm vụ tháng 11 năm 2023\n');
    expect(md).toContain('\n### 1. Công tác y tế dự phòng\n');
    expect(md).toContain('\n#### 1.2. Phòng chống HIV/AIDS:\n');
    expect(md).toContain('\n**2. Khám chữa bệnh:** Thực hiện 86.384 lượt khám bệnh.\n');
    expect(md).toContain('\n### 3. Các nhiệm vụ trọng tâm khác\n');
    expect(md).toContain('\n## II. Kế hoạch công tác tháng 12 năm 2023\n');
  });

  it('marks footnotes [^n] and defines them at the end', () => {
    const md = renderMarkdown(fixtureReport());
    expect(md).toContain('ghi nhận 142 ca mắc[^1], tăng 78 ca');
    // Standing alone at the foot, the note starts with a capital.
    expect(md.trimEnd().endsWith('[^1]: Thành phố Kon Tum 40, Ngọc Hồi 52, Đăk Glei 50')).toBe(true);
  });

  it('ends the distribution list with the archive line and prints the signature in bold', () => {
    const md = renderMarkdown(fixtureReport());
    expect(md).toContain('***Nơi nhận:***\n\n- Như trên;\n- Giám đốc, các Phó Giám đốc Sở;\n- Lưu: VT, KHTC.\n');
    expect(md).toContain('**KT. GIÁM ĐỐC**\\\n**PHÓ GIÁM ĐỐC**\n\n**Nguyễn Văn An**');
  });

  it('escapes markup typed by staff and is NFC', () => {
    const doc = fixtureReport();
    doc.plan.items = ['Rà soát *tất cả* cơ sở_y tế'];
    const md = renderMarkdown(doc);
    expect(md).toContain('1. Rà soát \\*tất cả\\* cơ sở\\_y tế./.');
    expect(md).toBe(md.normalize('NFC'));
  });
});

import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../model.ts';
import { renderText } from './text.ts';
import { fixtureReport } from './test-fixture.ts';

const lines = (doc: ReportDocument) => renderText(doc).split('\n');

describe('renderText', () => {
  it('prints the header, left block then right block', () => {
    expect(lines(fixtureReport()).slice(0, 7)).toEqual([
      'UBND TỈNH KON TUM',
      'SỞ Y TẾ',
      'Số:      /BC-SYT',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Kon Tum, ngày 05 tháng 12 năm 2023',
    ]);
  });

  it('prints the title, the subject with a capital, and the recipients ending ; then .', () => {
    const text = renderText(fixtureReport());
    expect(text).toContain(
      'BÁO CÁO\nTình hình thực hiện nhiệm vụ tháng 11 năm 2023 và nhiệm vụ công tác trọng tâm tháng 12 năm 2023\n\n' +
        'Kính gửi:\n- Bộ Y tế;\n- Thường trực Tỉnh ủy;\n- Thường trực UBND tỉnh.\n\nSở Y tế báo cáo',
    );
  });

  it('puts a single recipient on the label line', () => {
    const doc = fixtureReport();
    doc.header.recipients = ['Bộ Y tế'];
    expect(lines(doc)).toContain('Kính gửi: Bộ Y tế.');
    expect(lines(doc)).not.toContain('Kính gửi:');
  });

  it('leaves the blanks of an unsigned date and number', () => {
    const doc = fixtureReport();
    doc.header.date = null;
    doc.header.documentNumber = '215';
    expect(lines(doc)).toContain('Kon Tum, ngày      tháng      năm 2023');
    expect(lines(doc)).toContain('Số: 215/BC-SYT');
  });

  it('numbers sections without gaps and runs an inline heading into its first paragraph', () => {
    const body = lines(fixtureReport());
    expect(body).toContain('1.2. Phòng chống HIV/AIDS:');
    expect(body).toContain('2. Khám chữa bệnh: Thực hiện 86.384 lượt khám bệnh.');
    expect(body).toContain('3. Các nhiệm vụ trọng tâm khác');
    expect(body.join('\n')).not.toMatch(/Tiêm chủng|An toàn vệ sinh thực phẩm/u);
  });

  it('prints a footnote in parentheses at its marker', () => {
    expect(renderText(fixtureReport())).toContain(
      'ghi nhận 142 ca mắc (thành phố Kon Tum 40, Ngọc Hồi 52, Đăk Glei 50), tăng 78 ca so với cùng kỳ năm trước.',
    );
  });

  it('ends with the plan, the distribution list and the signature', () => {
    expect(lines(fixtureReport()).slice(-15)).toEqual([
      'II. Kế hoạch công tác tháng 12 năm 2023',
      '1. Tiếp tục thực hiện tốt công tác kiểm soát dịch bệnh.',
      '2. Tổng kết đánh giá kết quả hoạt động y tế năm 2023./.',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Giám đốc, các Phó Giám đốc Sở;',
      '- Lưu: VT, KHTC.',
      '',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '',
      '',
      'Nguyễn Văn An',
      '',
    ]);
  });

  it('adds the archive line when the settings lack it', () => {
    const doc = fixtureReport();
    doc.header.distribution = ['Như trên'];
    expect(renderText(doc)).toContain('Nơi nhận:\n- Như trên;\n- Lưu: VT, KHTC.\n');
  });

  it('is NFC even when the free text was typed decomposed', () => {
    const text = renderText(fixtureReport());
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('- Tổ chức tập huấn tư vấn xét nghiệm HIV.'.normalize('NFC'));
  });
});

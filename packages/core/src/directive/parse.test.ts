import { describe, expect, it } from 'vitest';
import { parseDirective } from './parse.ts';

const lines = (...text: string[]) => text.join('\n');

describe('parseDirective', () => {
  it('reads headings, bullets and wrapped lines from a .txt with CRLF endings', () => {
    const text = 'KẾ HOẠCH\r\nTriển khai công tác y tế\r\nnăm 2024\r\nCăn cứ Quyết định số 1/QĐ-SYT.\r\n'
      + '1. Công tác phòng bệnh\r\n- Tiêm chủng đầy\r\nđủ cho trẻ em.\r\n+ Giám sát sốt xuất huyết;\r\n'
      + '2. Công tác tài chính\r\n• Lập dự toán năm 2025.\r\n';
    expect(parseDirective(text)).toEqual({
      subject: 'Triển khai công tác y tế năm 2024',
      groups: [
        { heading: '1. Công tác phòng bệnh', field: 'PHONG_BENH', items: ['Tiêm chủng đầy đủ cho trẻ em', 'Giám sát sốt xuất huyết'] },
        { heading: '2. Công tác tài chính', field: 'TAI_CHINH', items: ['Lập dự toán năm 2025'] },
      ],
    });
  });

  it('makes a paragraph without bullets one item', () => {
    const draft = parseDirective(lines('1. Công tác khám bệnh, chữa bệnh', 'Nâng cao chất lượng khám bệnh', 'tại tuyến huyện. Giảm quá tải.'));
    expect(draft.groups[0]?.items).toEqual(['Nâng cao chất lượng khám bệnh tại tuyến huyện. Giảm quá tải']);
  });

  it('accepts roman headings, with lettered lines as items under them', () => {
    const draft = parseDirective(lines('I. Công tác tổ chức cán bộ', 'a) Tuyển dụng viên chức;', 'b) Đào tạo bác sĩ.', 'II. Nhiệm vụ khác', '- Cải cách hành chính.'));
    expect(draft.groups).toEqual([
      { heading: 'I. Công tác tổ chức cán bộ', field: 'TO_CHUC_NHAN_LUC', items: ['Tuyển dụng viên chức', 'Đào tạo bác sĩ'] },
      { heading: 'II. Nhiệm vụ khác', field: 'KHAC', items: ['Cải cách hành chính'] },
    ]);
  });

  it('leaves out a roman section heading that only holds numbered groups', () => {
    const draft = parseDirective(lines('I. NHIỆM VỤ TRỌNG TÂM', '1. Phòng, chống dịch bệnh', '- Giám sát dịch.', '2. Quản lý dược', '- Đấu thầu thuốc.'));
    expect(draft.groups.map((g) => [g.heading, g.field])).toEqual([
      ['1. Phòng, chống dịch bệnh', 'PHONG_BENH'],
      ['2. Quản lý dược', 'DUOC_TRANG_THIET_BI'],
    ]);
  });

  it('uses lettered headings when the document has no numbered ones', () => {
    const draft = parseDirective(lines('a) Trung tâm Y tế:', '- Giám sát dịch.', 'b) Phòng Tài chính:', '- Cấp kinh phí.'));
    expect(draft.groups.map((g) => [g.heading, g.items])).toEqual([
      ['a) Trung tâm Y tế', ['Giám sát dịch']],
      ['b) Phòng Tài chính', ['Cấp kinh phí']],
    ]);
  });

  it('does not take a wrapped line starting with a number out of sequence for a heading', () => {
    const draft = parseDirective(lines('1. Công tác dân số', '- Giảm tỷ lệ trẻ dưới', '5. tuổi suy dinh dưỡng.', '2. Công tác khác', '- Kiểm tra.'));
    expect(draft.groups.map((g) => g.items)).toEqual([['Giảm tỷ lệ trẻ dưới 5. tuổi suy dinh dưỡng'], ['Kiểm tra']]);
  });

  it('keeps a last item that carries the end mark, and stops at the recipients', () => {
    const draft = parseDirective(lines('1. Công tác khác', '- Báo cáo kết quả trước ngày 15/12/2023./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'));
    expect(draft.groups[0]?.items).toEqual(['Báo cáo kết quả trước ngày 15/12/2023']);
  });

  it('stops at the signature even without recipients', () => {
    const draft = parseDirective(lines('1. Công tác khác', '- Kiểm tra hồ sơ.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'));
    expect(draft.groups[0]?.items).toEqual(['Kiểm tra hồ sơ']);
  });

  it('takes the subject from a V/v line', () => {
    expect(parseDirective(lines('Số: 12/SYT-NVY', 'V/v triển khai tiêm chủng', 'mở rộng năm 2024', 'Kính gửi: Các đơn vị', '1. Tiêm chủng', '- Tiêm đủ mũi.')).subject).toBe(
      'triển khai tiêm chủng mở rộng năm 2024',
    );
  });

  it('finds no groups in a text without headings', () => {
    expect(parseDirective('Kính gửi: các đơn vị\nĐề nghị các đơn vị báo cáo.').groups).toEqual([]);
    expect(parseDirective('')).toEqual({ subject: '', groups: [] });
  });
});

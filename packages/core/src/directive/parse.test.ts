import { describe, expect, it } from 'vitest';
import type { DirectiveDraft } from '../api/tasks.ts';
import { parseDirective } from './parse.ts';

const lines = (...text: string[]) => text.join('\n');
/** The groups with their items' titles only. */
const titled = (draft: DirectiveDraft) => draft.groups.map((g) => ({ ...g, items: g.items.map((i) => i.title) }));
const titles = (group: DirectiveDraft['groups'][number] | undefined) => group?.items.map((i) => i.title);

describe('parseDirective', () => {
  it('reads headings, bullets and wrapped lines from a .txt with CRLF endings', () => {
    const text = 'KẾ HOẠCH\r\nTriển khai công tác y tế\r\nnăm 2024\r\nCăn cứ Quyết định số 1/QĐ-SYT.\r\n'
      + '1. Công tác phòng bệnh\r\n- Tiêm chủng đầy\r\nđủ cho trẻ em.\r\n+ Giám sát sốt xuất huyết;\r\n'
      + '2. Công tác tài chính\r\n• Lập dự toán năm 2025.\r\n';
    const draft = parseDirective(text);
    expect(draft.subject).toBe('Triển khai công tác y tế năm 2024');
    expect(titled(draft)).toEqual([
        { heading: '1. Công tác phòng bệnh', field: 'PHONG_BENH', items: ['Tiêm chủng đầy đủ cho trẻ em', 'Giám sát sốt xuất huyết'] },
        { heading: '2. Công tác tài chính', field: 'TAI_CHINH', items: ['Lập dự toán năm 2025'] },
    ]);
  });

  it('makes a paragraph without bullets one item', () => {
    const draft = parseDirective(lines('1. Công tác khám bệnh, chữa bệnh', 'Nâng cao chất lượng khám bệnh', 'tại tuyến huyện. Giảm quá tải.'));
    expect(titles(draft.groups[0])).toEqual(['Nâng cao chất lượng khám bệnh tại tuyến huyện. Giảm quá tải']);
  });

  it('accepts roman headings, with lettered lines as items under them', () => {
    const draft = parseDirective(lines('I. Công tác tổ chức cán bộ', 'a) Tuyển dụng viên chức;', 'b) Đào tạo bác sĩ.', 'II. Nhiệm vụ khác', '- Cải cách hành chính.'));
    expect(titled(draft)).toEqual([
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
    expect(titled(draft).map((g) => [g.heading, g.items])).toEqual([
      ['a) Trung tâm Y tế', ['Giám sát dịch']],
      ['b) Phòng Tài chính', ['Cấp kinh phí']],
    ]);
  });

  it('does not take a wrapped line starting with a number out of sequence for a heading', () => {
    const draft = parseDirective(lines('1. Công tác dân số', '- Giảm tỷ lệ trẻ dưới', '5. tuổi suy dinh dưỡng.', '2. Công tác khác', '- Kiểm tra.'));
    expect(titled(draft).map((g) => g.items)).toEqual([['Giảm tỷ lệ trẻ dưới 5. tuổi suy dinh dưỡng'], ['Kiểm tra']]);
  });

  it('keeps a last item that carries the end mark, and stops at the recipients', () => {
    const draft = parseDirective(lines('1. Công tác khác', '- Báo cáo kết quả trước ngày 15/12/2023./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'));
    expect(titles(draft.groups[0])).toEqual(['Báo cáo kết quả trước ngày 15/12/2023']);
  });

  it('stops at the signature even without recipients', () => {
    const draft = parseDirective(lines('1. Công tác khác', '- Kiểm tra hồ sơ.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'));
    expect(titles(draft.groups[0])).toEqual(['Kiểm tra hồ sơ']);
  });

  it('takes the subject from a V/v line', () => {
    expect(parseDirective(lines('Số: 12/SYT-NVY', 'V/v triển khai tiêm chủng', 'mở rộng năm 2024', 'Kính gửi: Các đơn vị', '1. Tiêm chủng', '- Tiêm đủ mũi.')).subject).toBe(
      'triển khai tiêm chủng mở rộng năm 2024',
    );
  });

  it('finds no groups in a text without headings', () => {
    expect(parseDirective('Kính gửi: các đơn vị\nĐề nghị các đơn vị báo cáo.').groups).toEqual([]);
    expect(parseDirective('')).toEqual({ subject: '', number: null, date: null, groups: [] });
  });
});

describe('parseDirective reading the number, date, deadlines and units', () => {
  const units = [
    { code: '615', name: 'Đăk Hà', level: 2 },
    { code: '612', name: 'Đăk Tô', level: 2 },
    { code: 'CDC', name: 'Trung tâm Kiểm soát bệnh tật', level: 2 },
  ];
  const text = lines(
    'SỞ Y TẾ', 'Số: 15/TB-SYT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Kon Tum, ngày 05 tháng 01 năm 2024', 'THÔNG BÁO',
    'Kết luận giao ban tháng 12 năm 2023',
    '1. Công tác phòng, chống dịch bệnh',
    '- Trung tâm Kiểm soát bệnh tật tổng hợp số liệu sốt xuất huyết, báo cáo trước ngày 15/01/2024.',
    '- Các TTYT huyện triển khai chiến dịch tiêm vắc xin sởi trong quý I.',
    '2. Trung tâm Y tế huyện Đăk Hà:',
    '- Báo cáo định kỳ hằng năm hoặc đột xuất.',
    '- Kiểm tra cơ sở hành nghề.',
  );
  const draft = parseDirective(text, units);

  it('reads the number and date of the letterhead, not as the subject', () => {
    expect(draft).toMatchObject({ number: '15/TB-SYT', date: '2024-01-05', subject: 'Kết luận giao ban tháng 12 năm 2023' });
  });

  it('reads each item\'s deadline and units, falling back to its heading\'s', () => {
    const items = draft.groups.flatMap((g) => g.items).map((i) => [i.deadline, i.deadlineText, i.units.map((u) => [u.text, u.units.map((x) => x.code)])]);
    expect(items).toEqual([
      [{ kind: 'DATE', date: '2024-01-15' }, 'trước ngày 15/01/2024', [['Trung tâm Kiểm soát bệnh tật', ['CDC']]]],
      [{ kind: 'DATE', date: '2024-03-31' }, 'trong quý I', [['Các TTYT huyện', ['615', '612']]]],
      [{ kind: 'YEARLY', month: 12, day: 31 }, 'định kỳ hằng năm', [['Trung tâm Y tế huyện Đăk Hà', ['615']]]],
      [null, null, [['Trung tâm Y tế huyện Đăk Hà', ['615']]]],
    ]);
  });

  it('matches no unit when given no org units, keeping the names', () => {
    expect(parseDirective(text).groups[0]?.items[1]?.units).toEqual([{ text: 'Các TTYT huyện', units: [], role: 'LEAD' }]);
  });
});

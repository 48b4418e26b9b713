import { describe, expect, it } from 'vitest';
import { parseDirective } from './parse.ts';
import { SEED_003 } from './seed-003.fixture.ts';
import { SEED_004 } from './seed-004.fixture.ts';
import { KONTUM_ORG_UNITS } from '../orgunit/kontum.ts';
import { isArea } from '../orgunit/tree.ts';

describe('parseDirective on the conference conclusions (seed 003)', () => {
  const draft = parseDirective(SEED_003);

  it('takes the title lines as the subject, without the document type or the preamble', () => {
    expect(draft.subject).toBe(
      'Kết luận của Lãnh đạo Sở Y tế tại Hội nghị trực tuyến đánh giá công tác 6 tháng đầu năm và triển khai nhiệm vụ công tác 6 tháng cuối năm 2022 của ngành Y tế',
    );
  });

  it('finds the six headings, each with its items and a sensible field', () => {
    expect(draft.groups.map((g) => [g.heading, g.items.length, g.field])).toEqual([
      ['1. Công tác phòng, chống dịch bệnh và y tế dự phòng', 5, 'PHONG_BENH'],
      ['2. Công tác khám bệnh, chữa bệnh', 4, 'KHAM_CHUA_BENH'],
      ['3. Công tác đầu tư cơ sở hạ tầng, quản lý dược và trang thiết bị y tế', 4, 'DUOC_TRANG_THIET_BI'],
      ['4. Công tác tổ chức bộ máy, nhân lực y tế', 6, 'TO_CHUC_NHAN_LUC'],
      ['5. Công tác quản lý tài chính y tế', 5, 'TAI_CHINH'],
      ['6. Một số nhiệm vụ khác', 3, 'KHAC'],
    ]);
  });

  it('joins each item into one line without the PDF line breaks', () => {
    const first = draft.groups[0]?.items[0]?.title ?? '';
    expect(first).toBe(
      'Tiếp tục theo dõi bám sát diễn biến dịch bệnh Covid-19 để đánh giá và dự báo tình hình dịch, sẵn sàng các kịch bản phòng, chống dịch không để bị động, bất ngờ; hoàn thành việc tiêm vắc xin phòng Covid-19 cho các nhóm đối tượng trên địa bàn tỉnh theo kế hoạch',
    );
    for (const item of draft.groups.flatMap((g) => g.items.map((i) => i.title))) {
      expect(item).not.toMatch(/\n|\r| {2}|^\s|\s$/u);
      expect(item).toBe(item.normalize('NFC'));
    }
  });

  it('keeps the sentences of a multi-sentence item and wrapped numbers', () => {
    expect(draft.groups[0]?.items[3]?.title).toBe('Chuẩn bị tốt Phương án phòng chống, ứng phó với thiên tai, bão lụt năm 2022');
    expect(draft.groups[0]?.items[2]?.title).toMatch(/chỉ tiêu đề ra\. Cung cấp đầy đủ/u);
  });

  it('leaves out the closing sentence, the recipients and the signature', () => {
    const last = draft.groups.at(-1)?.items ?? [];
    expect(last.at(-1)?.title).toBe('Tăng cường công tác kiểm tra, thanh tra hoạt động y tế tư nhân');
    const all = draft.groups.flatMap((g) => g.items.map((i) => i.title)).join(' ');
    expect(all).not.toMatch(/Yêu cầu Thủ trưởng|Nơi nhận|Lưu VT|GIÁM ĐỐC|Lương Thế Thiết/u);
  });

  it('reads the same text with Windows line endings and decomposed letters', () => {
    expect(parseDirective(SEED_003.replace(/\n/gu, '\r\n'))).toEqual(draft);
    expect(parseDirective(SEED_003.normalize('NFD'))).toEqual(draft);
  });
});

describe('parseDirective on the district letter (seed 004)', () => {
  const draft = parseDirective(SEED_004);

  it('has no subject when the text starts with the address block', () => {
    expect(draft.subject).toBe('');
  });

  it('finds the three numbered groups, with headings joined over their wrapped lines', () => {
    expect(draft.groups.map((g) => [g.heading, g.items.length])).toEqual([
      ['1. Thủ trưởng các cơ quan, đơn vị thuộc huyện; Chủ tịch Ủy ban nhân dân các xã', 2],
      ['2. Trung tâm Y tế huyện; Ủy ban nhân dân các xã theo chức năng nhiệm vụ', 4],
      [
        '3. Các cơ quan, đơn vị được phân công chủ trì thực hiện các nội dung, nhiệm vụ cụ thể tại Kế hoạch số 110/KH-UBND ngày 27/6/2024 của Ủy ban nhân dân huyện và Văn bản này có trách nhiệm',
        2,
      ],
    ]);
  });

  it('ignores the addressees before the first heading', () => {
    expect(draft.groups.flatMap((g) => g.items.map((i) => i.title))).not.toContain('Các cơ quan, đơn vị thuộc huyện');
  });

  it('drops the footnote the PDF put mid-item and its reference, joining the item again', () => {
    const first = draft.groups[0]?.items[0]?.title;
    expect(first).toContain('Kế hoạch số 110/KH-UBND ngày 27/6/2024 của Ủy ban nhân dân huyện. Nâng cao vai trò');
    const interrupted = draft.groups[1]?.items[0]?.title ?? '';
    expect(interrupted).toMatch(/nâng cao sức khoẻ$/u);
    expect(interrupted).not.toContain('Chỉ thị số 25-CT/TW');
  });

  it('splits the inline (1) … (2) … duties into separate items', () => {
    expect(draft.groups[2]?.items.map((i) => i.title)).toEqual([
      'Chủ động sắp xếp, bố trí kinh phí trong nguồn ngân sách được giao và các nguồn kinh phí hợp pháp khác theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn có liên quan để thực hiện',
      'Định kỳ hằng năm hoặc đột xuất báo cáo kết quả thực hiện nhiệm vụ gửi Văn phòng HĐND-UBND huyện để tổng hợp, báo cáo Sở Y tế, và Ủy ban nhân dân tỉnh theo quy định',
    ]);
  });
});

describe('parseDirective on the seeds, with the Kon Tum units', () => {
  const children = KONTUM_ORG_UNITS.orgUnits.filter((u) => u.parent === '62');
  const units = children.map((u) => ({ code: u.code, name: u.name, level: u.level }));
  const districts = children.filter(isArea).map(({ code, name }) => ({ code, name }));

  it('gives the district health centres of seed 003 every district, and no dates it does not state', () => {
    const draft = parseDirective(SEED_003, units);
    expect(draft).toMatchObject({ number: null, date: null });
    const item = draft.groups[0]?.items[1];
    expect(item?.units).toEqual([{ text: 'Các Trung tâm y tế huyện, thị, thành phố', units: districts, role: 'LEAD' }]);
    expect(draft.groups.flatMap((g) => g.items).filter((i) => i.deadline !== null)).toEqual([]);
  });

  it('reads seed 004\'s yearly-or-on-request report and its heading\'s health centre', () => {
    const draft = parseDirective(SEED_004, units);
    expect(draft.groups[1]?.items.map((i) => [i.deadline?.kind ?? null, i.units.map((u) => u.text)])).toEqual([
      ['ONGOING', ['Trung tâm Y tế huyện']],
      [null, ['Trung tâm Y tế huyện']],
      [null, ['Trung tâm Y tế huyện']],
      [null, ['Trung tâm Y tế huyện']],
    ]);
    expect(draft.groups[2]?.items[1]).toMatchObject({ deadline: { kind: 'YEARLY', month: 12, day: 31 }, deadlineText: 'Định kỳ hằng năm', units: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { hivBlocks } from './hiv.ts';
import { SEED_TABLE } from './seed-table.fixture.ts';
import { fakeContext, sentencesById } from './test-context.ts';

const monthText = (table: Parameters<typeof fakeContext>[0]) =>
  sentencesById(hivBlocks(fakeContext(table))).get('hiv.month')?.[0]?.text;

describe('hivBlocks', () => {
  it('words a month with no new infection, deaths and transfers as the seed does', () => {
    expect(monthText({ HIV_NEW: { month: 0 }, HIV_DEATHS: { month: 1 }, HIV_TRANSFER_IN: { month: 2 } })).toBe(
      '- Tình hình HIV/AIDS trong tháng 11/2023: Không ghi nhận người nhiễm HIV mới, bệnh nhân tử vong 01 người, bệnh nhân HIV từ nơi khác chuyển về tiếp tục điều trị ARV 02 người.',
    );
  });

  it('words new infections and reads an unstored flow as zero once the section is reported', () => {
    expect(monthText({ HIV_NEW: { month: 2 }, HIV_REG_TOTAL: { month: 585 } })).toBe(
      '- Tình hình HIV/AIDS trong tháng 11/2023: Ghi nhận 02 người nhiễm HIV mới, không có bệnh nhân tử vong, không có bệnh nhân HIV từ nơi khác chuyển về tiếp tục điều trị ARV.',
    );
  });

  it('writes the register in two sentences, living from the indicator', () => {
    const register = sentencesById(hivBlocks(fakeContext(SEED_TABLE))).get('hiv.register')!;
    expect(register.map((s) => s.text)).toEqual([
      '- Tình hình dịch HIV/AIDS lũy tích tính đến ngày 30/11/2023: Tổng số lũy tích người nhiễm HIV/AIDS: 583 người.',
      'Trong đó: Tử vong do HIV/AIDS 209; số người nhiễm HIV/AIDS còn sống trên báo cáo 374 (đang quản lý và tiếp cận được 253); số người nhiễm HIV chuyển sang giai đoạn AIDS 305, trong đó số mắc AIDS còn sống 105.',
    ]);
  });

  it('leaves the children out of ARV when there are none, and INH out when 0', () => {
    const table = { HIV_ARV: { month: 189 }, HIV_ARV_CHILDREN: { month: 0 }, HIV_INH: { month: 0 } };
    const arv = sentencesById(hivBlocks(fakeContext(table))).get('hiv.arv')!;
    expect(arv.map((s) => s.text)).toEqual([
      '- Công tác điều trị ARV: Tổng số bệnh nhân HIV/AIDS điều trị ARV đến 30/11/2023: 189 bệnh nhân.',
    ]);
  });

  it('writes no register when its total is 0, rather than "lũy tích … 00 người"', () => {
    const register = { HIV_REG_TOTAL: { month: 0 }, HIV_REG_DEATHS: { month: 0 }, HIV_REG_REACHED: { month: 0 } };
    const blocks = hivBlocks(fakeContext({ ...register, HIV_NEW: { month: 1 } }));
    expect(blocks.map((b) => (b.kind === 'generated' ? b.id : b.kind === 'free' ? b.slot : b))).toEqual([
      'hiv.month',
      'hiv',
    ]);
  });

  it('words the register without "còn sống" when the living indicator is not available', () => {
    const { HIV_REG_LIVING: _, ...withoutLiving } = SEED_TABLE;
    const register = sentencesById(hivBlocks(fakeContext(withoutLiving))).get('hiv.register')!;
    expect(register[1]!.text).toBe(
      'Trong đó: Tử vong do HIV/AIDS 209; số người đang quản lý và tiếp cận được 253; số người nhiễm HIV chuyển sang giai đoạn AIDS 305, trong đó số mắc AIDS còn sống 105.',
    );
  });

  it('gives the lead-in to INH when no one is on ARV', () => {
    const arv = sentencesById(hivBlocks(fakeContext({ HIV_INH: { month: 3 } }))).get('hiv.arv')!;
    expect(arv[0]!.text).toBe(
      '- Công tác điều trị ARV: Tổng số bệnh nhân điều trị dự phòng Lao bằng Isoniazid (INH): 03 bệnh nhân.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { foodSafetyBlocks } from './food-safety.ts';
import { fakeContext, sentencesById, slots } from './test-context.ts';

const textOf = (table: Parameters<typeof fakeContext>[0], id: string) =>
  sentencesById(foodSafetyBlocks(fakeContext(table))).get(id)?.[0]?.text;

describe('foodSafetyBlocks', () => {
  it('adds new and renewed certificates into the total, with the breakdown', () => {
    const table = { ATTP_CERT_NEW: { month: 3 }, ATTP_CERT_RENEWED: { month: 3 }, ATTP_SELF_DECLARED: { month: 23 } };
    expect(textOf(table, 'food-safety.certificates')).toBe(
      '- Cấp 06 giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (cấp mới: 03 cơ sở, cấp lại: 03 cơ sở) và tiếp nhận bản tự công bố của 23 sản phẩm.',
    );
  });

  it('leaves out a zero kind of certificate and the self-declarations when none', () => {
    expect(textOf({ ATTP_CERT_NEW: { month: 12 } }, 'food-safety.certificates')).toBe(
      '- Cấp 12 giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (cấp mới: 12 cơ sở).',
    );
    expect(textOf({ ATTP_SELF_DECLARED: { month: 5 } }, 'food-safety.certificates')).toBe(
      '- Tiếp nhận bản tự công bố của 05 sản phẩm.',
    );
  });

  it('leaves out new certificates stored as 0', () => {
    expect(textOf({ ATTP_CERT_NEW: { month: 0 }, ATTP_CERT_RENEWED: { month: 2 } }, 'food-safety.certificates')).toBe(
      '- Cấp 02 giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (cấp lại: 02 cơ sở).',
    );
  });

  it('writes neither certificates nor inspections when all are stored as 0', () => {
    const zeros = {
      ATTP_CERT_NEW: { month: 0 },
      ATTP_CERT_RENEWED: { month: 0 },
      ATTP_SELF_DECLARED: { month: 0 },
      ATTP_INSPECTED: { month: 0 },
      ATTP_INSPECTED_PASSED: { month: 0 },
      ATTP_POISONING_CASES: { month: 1 },
    };
    const blocks = foodSafetyBlocks(fakeContext(zeros));
    expect(blocks.map((b) => (b.kind === 'generated' ? b.id : b.kind === 'free' ? b.slot : b))).toEqual([
      'food-safety',
      'food-safety.poisoning',
    ]);
  });

  it('gives the pass rate with one decimal, ",0" dropped', () => {
    expect(
      textOf({ ATTP_INSPECTED: { month: 23 }, ATTP_INSPECTED_PASSED: { month: 21 } }, 'food-safety.inspections'),
    ).toBe(
      '- Công tác kiểm tra tuyến huyện, thành phố: Tổng số cơ sở được kiểm tra 23 cơ sở, 21 cơ sở đạt chiếm tỷ lệ 91,3%.',
    );
    expect(
      textOf({ ATTP_INSPECTED: { month: 20 }, ATTP_INSPECTED_PASSED: { month: 20 } }, 'food-safety.inspections'),
    ).toMatch(/20 cơ sở đạt chiếm tỷ lệ 100%\.$/);
  });

  it('rounds the pass rate to the nearest tenth rather than cutting it', () => {
    // 22/23 = 95,652…%: rounded 95,7; cut 95,6. 2/3 = 66,666…%: rounded 66,7.
    expect(
      textOf({ ATTP_INSPECTED: { month: 23 }, ATTP_INSPECTED_PASSED: { month: 22 } }, 'food-safety.inspections'),
    ).toMatch(/22 cơ sở đạt chiếm tỷ lệ 95,7%\.$/);
    expect(
      textOf({ ATTP_INSPECTED: { month: 3 }, ATTP_INSPECTED_PASSED: { month: 2 } }, 'food-safety.inspections'),
    ).toMatch(/02 cơ sở đạt chiếm tỷ lệ 66,7%\.$/);
  });

  it('words sporadic cases, and outbreaks and deaths only when there are some', () => {
    expect(textOf({ ATTP_POISONING_CASES: { month: 4 } }, 'food-safety.poisoning')).toBe(
      '- Tình hình ngộ độc thực phẩm: Ghi nhận 04 ca ngộ độc thực phẩm lẻ tẻ.',
    );
    const worse = {
      ATTP_POISONING_CASES: { month: 4 },
      ATTP_POISONING_OUTBREAKS: { month: 1 },
      ATTP_POISONING_DEATHS: { month: 1 },
    };
    expect(textOf(worse, 'food-safety.poisoning')).toBe(
      '- Tình hình ngộ độc thực phẩm: Ghi nhận 01 vụ ngộ độc thực phẩm và 04 ca ngộ độc thực phẩm lẻ tẻ, có 01 trường hợp tử vong.',
    );
  });

  it('says there was no poisoning when the section is reported with none', () => {
    expect(textOf({ ATTP_INSPECTED: { month: 5 }, ATTP_POISONING_CASES: { month: 0 } }, 'food-safety.poisoning')).toBe(
      '- Tình hình ngộ độc thực phẩm: Không ghi nhận ngộ độc thực phẩm.',
    );
  });

  it("opens with the free slot (communication, the province's inspections)", () => {
    const blocks = foodSafetyBlocks(fakeContext({ ATTP_POISONING_CASES: { month: 1 } }));
    expect(blocks[0]).toMatchObject({ kind: 'free', slot: 'food-safety' });
    expect(slots(blocks)).toEqual(['food-safety']);
  });
});

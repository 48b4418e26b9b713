import { describe, expect, it } from 'vitest';
import { populationBlocks } from './population.ts';
import { fakeContext, sentencesById } from './test-context.ts';

const textOf = (table: Parameters<typeof fakeContext>[0], id: string) =>
  sentencesById(populationBlocks(fakeContext(table))).get(id)?.[0]?.text;

describe('populationBlocks', () => {
  it('lists each activity with its counts', () => {
    const table = {
      DS_GROUP_SESSIONS: { month: 431 },
      DS_GROUP_PEOPLE: { month: 5_852 },
      DS_HOUSEHOLD_VISITS: { month: 783 },
      DS_HOUSEHOLD_PEOPLE: { month: 1_805 },
      DS_CLUB_MEETINGS: { month: 32 },
    };
    expect(textOf(table, 'population.communication')).toBe(
      '- Hoạt động truyền thông chuyển đổi hành vi: Truyền thông nhóm (431 lần/5.852 lượt người)' +
        ', truyền thông tư vấn tại hộ gia đình (783 hộ/1.805 người), sinh hoạt câu lạc bộ (32 lần).',
    );
  });

  it('leaves out activities and counts that are zero, capitalising what comes first', () => {
    const table = {
      DS_GROUP_SESSIONS: { month: 0 },
      DS_HOUSEHOLD_VISITS: { month: 7 },
      DS_CLUB_MEETINGS: { month: 3 },
    };
    expect(textOf(table, 'population.communication')).toBe(
      '- Hoạt động truyền thông chuyển đổi hành vi: Truyền thông tư vấn tại hộ gia đình (07 hộ), sinh hoạt câu lạc bộ (03 lần).',
    );
  });

  it('writes contraceptives given when above 0', () => {
    expect(textOf({ DS_PILLS: { month: 4_115 }, DS_IUD: { month: 173 } }, 'population.contraceptives')).toBe(
      '- Cung cấp phương tiện tránh thai: 4.115 vỉ thuốc uống tránh thai và 173 vòng tránh thai.',
    );
    expect(textOf({ DS_PILLS: { month: 0 }, DS_IUD: { month: 9 } }, 'population.contraceptives')).toBe(
      '- Cung cấp phương tiện tránh thai: 09 vòng tránh thai.',
    );
    expect(textOf({ DS_PILLS: { month: 0 } }, 'population.contraceptives')).toBeUndefined();
  });
});

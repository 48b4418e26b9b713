import { describe, expect, it } from 'vitest';
import { drugTestingBlocks } from './drug-testing.ts';
import { fakeContext, texts } from './test-context.ts';

const write = (table: Parameters<typeof fakeContext>[0]) => texts(drugTestingBlocks(fakeContext(table)));

describe('drugTestingBlocks', () => {
  it('writes samples tested, passed and collected', () => {
    expect(
      write({
        KN_SAMPLES_TESTED: { month: 13 },
        KN_SAMPLES_PASSED: { month: 13 },
        KN_SAMPLES_COLLECTED: { month: 53 },
      }),
    ).toEqual([
      'Tổng số mẫu kiểm nghiệm trong tháng: 13 mẫu; kết quả kiểm nghiệm 13 mẫu đạt.',
      'Triển khai công tác lấy mẫu thuốc để kiểm nghiệm chất lượng: 53 mẫu.',
    ]);
  });

  it('states samples that failed', () => {
    expect(write({ KN_SAMPLES_TESTED: { month: 13 }, KN_SAMPLES_PASSED: { month: 12 } })).toEqual([
      'Tổng số mẫu kiểm nghiệm trong tháng: 13 mẫu; kết quả kiểm nghiệm 12 mẫu đạt, 01 mẫu không đạt.',
    ]);
  });

  it('words a month with samples collected but none tested', () => {
    expect(write({ KN_SAMPLES_COLLECTED: { month: 8 } })).toEqual([
      'Trong tháng, không có mẫu kiểm nghiệm.',
      'Triển khai công tác lấy mẫu thuốc để kiểm nghiệm chất lượng: 08 mẫu.',
    ]);
  });
});

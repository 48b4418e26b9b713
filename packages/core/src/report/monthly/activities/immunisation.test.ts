import { describe, expect, it } from 'vitest';
import { immunisationBlocks } from './immunisation.ts';
import { fakeContext, sentencesById, texts } from './test-context.ts';

const IPV = { TC_IPV_BS_DONE: { month: 7_916 }, TC_IPV_BS_TARGET: { month: 9_890 }, TC_IPV_BS_COVERAGE: { month: 80 } };

describe('immunisationBlocks', () => {
  it('drops a coverage ",0" and says "Triển khai" in a campaign\'s first month', () => {
    const [text] = texts(immunisationBlocks(fakeContext(IPV)));
    expect(text).toMatch(/^- Triển khai tiêm bổ sung vắc xin bại liệt \(IPV\) /);
    expect(text).toMatch(/, kết quả tiêm đến 30\/11\/2023: 7\.916\/9\.890 trẻ, tỷ lệ 80%\.$/);
  });

  it('says "Tiếp tục triển khai" once doses were given before the month', () => {
    const ctx = fakeContext({ ...IPV, TC_IPV_BS_DONE: { month: 7_916, previousMonth: 6_948 } });
    expect(texts(immunisationBlocks(ctx))[0]).toMatch(/^- Tiếp tục triển khai /);
  });

  it('says "Triển khai" when the month before is stored with no dose given', () => {
    const ctx = fakeContext({ ...IPV, TC_IPV_BS_DONE: { month: 7_916, previousMonth: 0 } });
    expect(texts(immunisationBlocks(ctx))[0]).toMatch(/^- Triển khai /);
    const one = fakeContext({ ...IPV, TC_IPV_BS_DONE: { month: 7_916, previousMonth: 1 } });
    expect(texts(immunisationBlocks(one))[0]).toMatch(/^- Tiếp tục triển khai /);
  });

  it('writes the tetanus campaign in "đối tượng" with one decimal', () => {
    const ctx = fakeContext({
      TC_UV_PN_DONE: { month: 4_709 },
      TC_UV_PN_TARGET: { month: 6_308 },
      TC_UV_PN_COVERAGE: { month: 74.7 },
    });
    expect(texts(immunisationBlocks(ctx))[0]).toMatch(/: 4\.709\/6\.308 đối tượng, tỷ lệ 74,7%\.$/);
  });

  it('leaves a campaign out without a target above 0', () => {
    expect(texts(immunisationBlocks(fakeContext({ ...IPV, TC_IPV_BS_TARGET: { month: 0 } })))).toEqual([]);
    expect(texts(immunisationBlocks(fakeContext({ TC_IPV_BS_DONE: { month: 12 } })))).toEqual([]);
  });

  it('writes routine full immunisation for the year to date with two decimals', () => {
    const ctx = fakeContext({
      TCMR_FULL_DONE: { yearToDate: 8_334 },
      TCMR_FULL_TARGET: { yearToDate: 10_627 },
      TCMR_FULL_COVERAGE: { yearToDate: 78.42 },
    });
    expect(sentencesById(immunisationBlocks(ctx)).get('immunisation.routine')?.[0]?.text).toBe(
      '- Tiêm chủng thường xuyên: Từ 01/01/2023 đến 30/11/2023, tiêm chủng đầy đủ cho 8.334/10.627 trẻ dưới 1 tuổi, tỷ lệ 78,42%.',
    );
  });

  it('puts the free slot after the figures', () => {
    const blocks = immunisationBlocks(fakeContext(IPV));
    expect(blocks.map((b) => (b.kind === 'free' ? b.slot : b.id))).toEqual(['immunisation.ipv', 'immunisation']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../metadata/types.ts';
import { writerContext } from '../context.ts';
import { immunisationBlocks } from './immunisation.ts';
import { fakeContext, sentencesById, texts, type FigureTable } from './test-context.ts';

const IPV = { TC_IPV_BS_DONE: { month: 7_916 }, TC_IPV_BS_TARGET: { month: 9_890 }, TC_IPV_BS_COVERAGE: { month: 80 } };

/** The IPV coverage indicator naming `targetGroup` as whom the campaign covers. */
const ipvCoverage = (targetGroup?: string): Indicator => ({
  code: 'TC_IPV_BS_COVERAGE',
  name: 'Tỷ lệ tiêm bổ sung vắc xin bại liệt (IPV)',
  expression: '#{TC_IPV_BS_DONE} / #{TC_IPV_BS_TARGET} * 100',
  decimals: 1,
  ...(targetGroup === undefined ? {} : { targetGroup }),
});

/** A context over `table` in `period` whose package has `indicators`. */
const withIndicators = (table: FigureTable, indicators: Indicator[], period = '202311') =>
  writerContext({ ...fakeContext(table, period).input, indicators });

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

  it('leaves a campaign out while its doses are not stored, and its rate out without the indicator', () => {
    expect(texts(immunisationBlocks(fakeContext({ TC_IPV_BS_TARGET: { month: 9_890 } })))).toEqual([]);
    const noRate = fakeContext({ TC_IPV_BS_DONE: { month: 7_916 }, TC_IPV_BS_TARGET: { month: 9_890 } });
    expect(texts(immunisationBlocks(noRate))[0]).toMatch(/: 7\.916\/9\.890 trẻ\.$/);
  });

  it('gives each campaign its own block', () => {
    const both = fakeContext({ ...IPV, TC_UV_PN_DONE: { month: 4_709 }, TC_UV_PN_TARGET: { month: 6_308 } });
    expect([...sentencesById(immunisationBlocks(both)).keys()]).toEqual(['immunisation.ipv', 'immunisation.tetanus']);
  });

  it('leaves routine immunisation out without a target above 0 or without doses, and its rate without coverage', () => {
    const routine = (table: FigureTable) =>
      sentencesById(immunisationBlocks(fakeContext(table))).get('immunisation.routine');
    expect(routine({ TCMR_FULL_DONE: { yearToDate: 10 } })).toBeUndefined();
    expect(routine({ TCMR_FULL_DONE: { yearToDate: 10 }, TCMR_FULL_TARGET: { yearToDate: 0 } })).toBeUndefined();
    expect(routine({ TCMR_FULL_TARGET: { yearToDate: 100 } })).toBeUndefined();
    expect(routine({ TCMR_FULL_DONE: { yearToDate: 50 }, TCMR_FULL_TARGET: { yearToDate: 100 } })?.[0]?.text).toBe(
      '- Tiêm chủng thường xuyên: Từ 01/01/2023 đến 30/11/2023, tiêm chủng đầy đủ cho 50/100 trẻ dưới 1 tuổi.',
    );
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

  it("names the campaign's target group from its coverage indicator, so each campaign has its own cohort", () => {
    const cohort2021 = 'trẻ sinh năm 2021-2022 chưa được tiêm/tiêm chưa đủ 02 mũi vắc xin bại liệt';
    expect(texts(immunisationBlocks(withIndicators(IPV, [ipvCoverage(cohort2021)])))[0]).toBe(
      '- Triển khai tiêm bổ sung vắc xin bại liệt (IPV) cho trẻ sinh năm 2021-2022 chưa được tiêm/tiêm chưa đủ 02 mũi vắc xin bại liệt trên địa bàn toàn tỉnh, kết quả tiêm đến 30/11/2023: 7.916/9.890 trẻ, tỷ lệ 80%.',
    );
    const cohort2023 = withIndicators(IPV, [ipvCoverage('trẻ sinh năm 2023 chưa được tiêm đủ 02 mũi')], '202411');
    expect(texts(immunisationBlocks(cohort2023))[0]).toBe(
      '- Triển khai tiêm bổ sung vắc xin bại liệt (IPV) cho trẻ sinh năm 2023 chưa được tiêm đủ 02 mũi trên địa bàn toàn tỉnh, kết quả tiêm đến 30/11/2024: 7.916/9.890 trẻ, tỷ lệ 80%.',
    );
  });

  it("rounds the coverage to its own indicator's decimals", () => {
    const other: Indicator = { ...ipvCoverage(), code: 'TC_UV_PN_COVERAGE', decimals: 0 };
    const ctx = withIndicators({ ...IPV, TC_IPV_BS_COVERAGE: { month: 79.456 } }, [
      other,
      { ...ipvCoverage(), decimals: 2 },
    ]);
    expect(texts(immunisationBlocks(ctx))[0]).toMatch(/, tỷ lệ 79,46%\.$/);
  });

  it('names no cohort when the package gives none', () => {
    for (const indicators of [[], [ipvCoverage()], [ipvCoverage('  ')]]) {
      expect(texts(immunisationBlocks(withIndicators(IPV, indicators)))[0]).toBe(
        '- Triển khai tiêm bổ sung vắc xin bại liệt (IPV) trên địa bàn toàn tỉnh, kết quả tiêm đến 30/11/2023: 7.916/9.890 trẻ, tỷ lệ 80%.',
      );
    }
  });

  it('puts the free slot after the figures', () => {
    const blocks = immunisationBlocks(fakeContext(IPV));
    expect(blocks.map((b) => (b.kind === 'free' ? b.slot : b.id))).toEqual(['immunisation.ipv', 'immunisation']);
  });
});

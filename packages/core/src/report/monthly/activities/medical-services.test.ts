import { describe, expect, it } from 'vitest';
import { medicalServicesBlocks } from './medical-services.ts';
import { SEED_TABLE } from './seed-table.fixture.ts';
import { fakeContext, texts } from './test-context.ts';

const write = (table: Parameters<typeof fakeContext>[0]) => texts(medicalServicesBlocks(fakeContext(table)));

describe('medicalServicesBlocks', () => {
  it("writes the seed's sentence, free remark first", () => {
    const blocks = medicalServicesBlocks(fakeContext(SEED_TABLE));
    expect(blocks[0]).toMatchObject({ kind: 'free', slot: 'medical-services' });
    expect(texts(blocks)).toEqual([
      'Tổng số lượt khám bệnh, chữa bệnh tại các cơ sở khám bệnh, chữa bệnh công lập trong tháng 86.384 lượt người, giảm 8,7% so với tháng trước và số lượt điều trị nội trú 7.304 lượt người, giảm 5% so với tháng trước; công suất sử dụng giường bệnh kế hoạch bình quân của các bệnh viện tuyến tỉnh, huyện và phòng khám đa khoa khu vực đạt 66,8% (tháng trước 73,3%), trong đó tuyến tỉnh 83,9% (tháng trước 84,5%), tuyến huyện 42,6% (tháng trước 51,9%) và phòng khám đa khoa khu vực 70,8% (tháng trước 70,3%).',
    ]);
  });

  it('says "tăng" for a rise and "bằng" for no change', () => {
    const [text] = write({
      KCB_VISITS: { month: 1_100, previousMonth: 1_000 },
      KCB_INPATIENTS: { month: 50, previousMonth: 50 },
    });
    expect(text).toBe(
      'Tổng số lượt khám bệnh, chữa bệnh tại các cơ sở khám bệnh, chữa bệnh công lập trong tháng 1.100 lượt người, tăng 10% so với tháng trước và số lượt điều trị nội trú 50 lượt người, bằng so với tháng trước.',
    );
  });

  it('drops the comparison without last month, and names the facilities for inpatients alone', () => {
    expect(write({ KCB_INPATIENTS: { month: 7_304 } })).toEqual([
      'Tổng số lượt điều trị nội trú tại các cơ sở khám bệnh, chữa bệnh công lập trong tháng 7.304 lượt người.',
    ]);
  });

  it("leaves out levels without data and last month's rate when unknown", () => {
    const [text] = write({
      KCB_BED_OCCUPANCY: { month: 66.8 },
      KCB_BED_OCCUPANCY_TINH: { month: 83.9, previousMonth: 84.5 },
    });
    expect(text).toBe(
      'Công suất sử dụng giường bệnh kế hoạch bình quân của các bệnh viện tuyến tỉnh, huyện và phòng khám đa khoa khu vực đạt 66,8%, trong đó tuyến tỉnh 83,9% (tháng trước 84,5%).',
    );
  });

  it('writes the levels alone when the average is missing', () => {
    const [text] = write({ KCB_BED_OCCUPANCY_HUYEN: { month: 42.6 }, KCB_BED_OCCUPANCY_PKDKKV: { month: 70 } });
    expect(text).toBe('Công suất sử dụng giường bệnh kế hoạch tuyến huyện 42,6% và phòng khám đa khoa khu vực 70%.');
  });
});

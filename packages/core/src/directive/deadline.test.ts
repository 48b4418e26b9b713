import { describe, expect, it } from 'vitest';
import { readDeadline, type DeadlineContext } from './deadline.ts';

const issued: DeadlineContext = { year: 2024, issued: '2024-01-05' };
const read = (text: string, context = issued) => readDeadline(text, context);

describe('readDeadline', () => {
  it('reads a date after a cue, with the words it stands in', () => {
    expect(read('Báo cáo kết quả về Sở Y tế trước ngày 15/01/2024.')).toEqual({ deadline: { kind: 'DATE', date: '2024-01-15' }, text: 'trước ngày 15/01/2024' });
    expect(read('Hoàn thành chậm nhất ngày 05 tháng 3 năm 2024')?.deadline).toEqual({ kind: 'DATE', date: '2024-03-05' });
    expect(read('Gửi hồ sơ hạn chót ngày 31.5.2024')?.deadline).toEqual({ kind: 'DATE', date: '2024-05-31' });
  });

  it('gives a date without a year the document\'s year, or the next when it would fall before the document', () => {
    expect(read('Báo cáo trước ngày 20/3')?.deadline).toEqual({ kind: 'DATE', date: '2024-03-20' });
    expect(read('Báo cáo trước ngày 20/12', { year: 2023, issued: '2023-12-22' })?.deadline).toEqual({ kind: 'DATE', date: '2024-12-20' });
    expect(read('Báo cáo trước ngày 20/3', { year: null, issued: null })).toBeNull();
  });

  it('does not take a date of another document for a deadline, nor a date that does not exist', () => {
    expect(read('Thực hiện theo Thông tư số 03/2022/TT-BYT ngày 26/04/2022 của Bộ Y tế')).toBeNull();
    expect(read('Báo cáo trước ngày 30/02/2024')).toBeNull();
  });

  it('reads a quarter or half of the year as its last day', () => {
    expect(read('Triển khai xong trong quý I')).toEqual({ deadline: { kind: 'DATE', date: '2024-03-31' }, text: 'trong quý I' });
    expect(read('Hoàn thành trong quý II năm 2025')?.deadline).toEqual({ kind: 'DATE', date: '2025-06-30' });
    expect(read('Tổ chức tiêm bổ sung trong quý IV')?.deadline).toEqual({ kind: 'DATE', date: '2024-12-31' });
    expect(read('Các nhiệm vụ 6 tháng cuối năm')?.deadline).toEqual({ kind: 'DATE', date: '2024-12-31' });
    expect(read('Kế hoạch 6 tháng đầu năm 2023')?.deadline).toEqual({ kind: 'DATE', date: '2023-06-30' });
    expect(read('Hoàn thành trong sáu tháng cuối năm')?.deadline).toEqual({ kind: 'DATE', date: '2024-12-31' });
  });

  it('reads recurrences: a stated day, else the period\'s last day', () => {
    expect(read('Báo cáo trước ngày 15/12 hằng năm')).toEqual({ deadline: { kind: 'YEARLY', month: 12, day: 15 }, text: 'trước ngày 15/12 hằng năm' });
    expect(read('Gửi số liệu trước ngày 05 hằng tháng')?.deadline).toEqual({ kind: 'MONTHLY', day: 5 });
    expect(read('Báo cáo vào ngày 10 tháng cuối quý')?.deadline).toEqual({ kind: 'QUARTERLY', day: 10 });
    expect(read('Báo cáo sơ kết định kỳ 6 tháng')?.deadline).toEqual({ kind: 'HALF_YEARLY', day: 31 });
    expect(read('Kiểm tra sáu tháng một lần')?.deadline).toEqual({ kind: 'HALF_YEARLY', day: 31 });
    expect(read('Tổng kết hàng năm')?.deadline).toEqual({ kind: 'YEARLY', month: 12, day: 31 });
    expect(read('Báo cáo hằng quý')?.deadline).toEqual({ kind: 'QUARTERLY', day: 31 });
  });

  it('reads "on request" and "ongoing", a schedule winning over "on request"', () => {
    expect(read('Báo cáo đột xuất')).toEqual({ deadline: { kind: 'ON_REQUEST' }, text: 'đột xuất' });
    expect(read('Cung cấp số liệu khi có yêu cầu')?.deadline).toEqual({ kind: 'ON_REQUEST' });
    expect(read('Định kỳ hằng năm hoặc đột xuất báo cáo kết quả')).toEqual({ deadline: { kind: 'YEARLY', month: 12, day: 31 }, text: 'Định kỳ hằng năm' });
    expect(read('Thường xuyên tuyên truyền, vận động')?.deadline).toEqual({ kind: 'ONGOING' });
  });

  it('finds nothing in a text that gives no time', () => {
    expect(read('Tăng cường công tác kiểm tra, thanh tra hoạt động y tế tư nhân')).toBeNull();
    expect(read('Hoàn thành việc trình UBND tỉnh ban hành quy định')).toBeNull();
  });
});

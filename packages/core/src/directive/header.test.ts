import { describe, expect, it } from 'vitest';
import { directiveDate, directiveNumber } from './header.ts';

describe('directiveNumber', () => {
  it('reads the number of the "Số:" line, with or without the colon and spaces', () => {
    expect(directiveNumber(['SỞ Y TẾ', 'Số: 15/TB-SYT', 'Kon Tum, ngày 05 tháng 01 năm 2024'])).toBe('15/TB-SYT');
    expect(directiveNumber(['Số 2183 / UBND-KGVX'])).toBe('2183/UBND-KGVX');
    expect(directiveNumber(['Số: 1543/QĐ-SYT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])).toBe('1543/QĐ-SYT');
  });

  it('finds none when the header has no number line', () => {
    expect(directiveNumber(['THÔNG BÁO', 'Số lượng đơn vị: 10'])).toBeNull();
    expect(directiveNumber([])).toBeNull();
  });
});

describe('directiveDate', () => {
  it('reads the place-and-date line into an ISO date', () => {
    expect(directiveDate(['Số: 15/TB-SYT', 'Kon Tum, ngày 05 tháng 01 năm 2024'])).toBe('2024-01-05');
    expect(directiveDate(['Kon Tum, ngày 5 tháng 1 năm 2024'.normalize('NFD')])).toBe('2024-01-05');
    expect(directiveDate(['ngày 27 tháng 6 năm 2024'])).toBe('2024-06-27');
  });

  it('reads no date that does not exist, and none quoted inside a sentence', () => {
    expect(directiveDate(['Kon Tum, ngày 30 tháng 02 năm 2024'])).toBeNull();
    expect(directiveDate(['Kon Tum, ngày 05 tháng 13 năm 2024'])).toBeNull();
    expect(directiveDate(['Thực hiện Kế hoạch số 110/KH-UBND ngày 27/6/2024'])).toBeNull();
  });
});

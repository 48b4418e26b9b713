import { describe, expect, it } from 'vitest';
import { guessField } from './field.ts';

describe('guessField', () => {
  it('guesses each field from heading keywords', () => {
    expect(guessField('1. Công tác phòng, chống dịch bệnh và y tế dự phòng')).toBe('PHONG_BENH');
    expect(guessField('2. Công tác khám bệnh, chữa bệnh')).toBe('KHAM_CHUA_BENH');
    expect(guessField('3. Quản lý dược và trang thiết bị y tế')).toBe('DUOC_TRANG_THIET_BI');
    expect(guessField('Đầu tư xây dựng')).toBe('DUOC_TRANG_THIET_BI');
    expect(guessField('4. Công tác tổ chức bộ máy, nhân lực y tế')).toBe('TO_CHUC_NHAN_LUC');
    expect(guessField('Đào tạo cán bộ')).toBe('TO_CHUC_NHAN_LUC');
    expect(guessField('5. Công tác quản lý tài chính y tế')).toBe('TAI_CHINH');
    expect(guessField('Ngân sách năm 2024')).toBe('TAI_CHINH');
    expect(guessField('6. Một số nhiệm vụ khác')).toBe('KHAC');
  });

  it('ignores diacritics and case', () => {
    expect(guessField('CONG TAC PHONG BENH')).toBe('PHONG_BENH');
    expect(guessField('Khám Chữa Bệnh'.normalize('NFD'))).toBe('KHAM_CHUA_BENH');
  });

  it('does not read the common word "được" as pharmacy', () => {
    expect(guessField('3. Các đơn vị được phân công chủ trì')).toBe('KHAC');
  });
});

import { describe, expect, it } from 'vitest';
import { asSentence } from './sentence.ts';

describe('asSentence', () => {
  it('capitalises, joins spaces and drops the final punctuation', () => {
    expect(asSentence('  tăng cường   công tác\nkiểm tra. ')).toBe('Tăng cường công tác kiểm tra');
    expect(asSentence('đảm bảo an toàn thực phẩm;')).toBe('Đảm bảo an toàn thực phẩm');
    expect(asSentence('Triển khai thực hiện./.')).toBe('Triển khai thực hiện');
  });

  it('writes NFC and keeps inner punctuation', () => {
    const nfd = 'Ưu tiên thuốc, vật tư, hóa chất,... cho dự phòng.'.normalize('NFD');
    expect(asSentence(nfd)).toBe('Ưu tiên thuốc, vật tư, hóa chất,... cho dự phòng'.normalize('NFC'));
  });

  it('is empty for blank text', () => {
    expect(asSentence(' . ')).toBe('');
  });
});

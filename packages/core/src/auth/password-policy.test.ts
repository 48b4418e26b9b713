import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

const common = new Set(['password1234', 'qwertyuiop']);
const isCommon = (p: string) => common.has(p);

describe('password policy', () => {
  it('accepts a long, uncommon password that does not contain the name', () => {
    expect(passwordProblem('SoYTe@2024!', 'admin', isCommon)).toBeNull();
  });

  it('refuses fewer than 10 characters, counting characters rather than UTF-16 units', () => {
    expect(passwordProblem('demo12345', 'admin', isCommon)).toBe('tooShort');
    expect(passwordProblem('mậtkhẩu1', 'admin', isCommon)).toBe('tooShort');
    expect(passwordProblem('0123456789', 'admin', isCommon)).toBeNull();
  });

  it('refuses a password of spaces alone, however long', () => {
    expect(passwordProblem('            ', 'admin', isCommon)).toBe('blank');
    expect(passwordProblem('\t\n  \u00a0  \t  ', 'admin', isCommon)).toBe('blank');
  });

  it('refuses the user name, in any case and inside a longer password', () => {
    expect(passwordProblem('chuyenvien', 'chuyenvien', isCommon)).toBe('containsUsername');
    expect(passwordProblem('CHUYENVIEN2024', 'chuyenvien', isCommon)).toBe('containsUsername');
  });

  it('refuses a common password in any case', () => {
    expect(passwordProblem('Password1234', 'admin', isCommon)).toBe('common');
    expect(passwordProblem('QWERTYUIOP', 'admin', isCommon)).toBe('common');
  });
});

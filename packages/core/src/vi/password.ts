import { PASSWORD_MIN_LENGTH, type PasswordProblem } from '../auth/password-policy.ts';

/** Why a password is refused, as the server answers and the form shows before sending. */
export const PASSWORD_PROBLEM_MESSAGES = {
  tooShort: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`,
  blank: 'Mật khẩu không được chỉ gồm khoảng trắng.',
  containsUsername: 'Mật khẩu không được chứa tên đăng nhập.',
  common: 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.',
} as const satisfies Record<PasswordProblem, string>;

import { PASSWORD_PROBLEM_MESSAGES } from '@syt/core/vi/password.ts';

/** What sign-in, password changes and the second factor say to a user. */
export const authMessages = {
  password: PASSWORD_PROBLEM_MESSAGES,
  wrongCurrentPassword: 'Mật khẩu hiện tại không đúng.',
  samePassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  wrongCode: 'Mã xác thực không đúng hoặc đã hết hạn.',
  wrongCodeAttemptsLeft: (n: number) => `Mã xác thực không đúng hoặc đã hết hạn. Còn ${n} lần thử trước khi tài khoản bị tạm khóa.`,
  secondFactorExpired: 'Phiên đăng nhập hai bước đã hết hạn. Vui lòng nhập lại mật khẩu.',
  secondFactorRoles: 'Xác thực hai bước chỉ dành cho quản trị viên và lãnh đạo.',
  secondFactorAlreadyOn: 'Xác thực hai bước đang bật. Hãy tắt trước khi thiết lập lại.',
  secondFactorNotSetUp: 'Chưa thiết lập xác thực hai bước: hãy tạo mã QR trước.',
  secondFactorOff: 'Xác thực hai bước chưa được bật.',
  codeRequired: 'Cần nhập mã xác thực hoặc mã khôi phục.',
  basicWithSecondFactor:
    'Tài khoản này bật xác thực hai bước nên không thể đăng nhập bằng mật khẩu qua HTTP Basic. Hãy tạo một mã truy cập API (mục "Mã truy cập API") và gửi kèm tiêu đề "Authorization: ApiToken <mã>".',
  malformedAuthorization: 'Tiêu đề Authorization không đúng dạng: cần "Basic <tên:mật khẩu mã hóa base64>" hoặc "ApiToken <mã>".',
} as const;

import { PASSWORD_MIN_LENGTH } from '@syt/core/auth/password-policy.ts';
import { PASSWORD_PROBLEM_MESSAGES } from '@syt/core/vi/password.ts';

/** The words of the second sign-in step and of the account page. */
export const accountVi = {
  secondStep: {
    title: 'Xác thực hai bước',
    intro: 'Nhập mã 6 chữ số trong ứng dụng xác thực trên điện thoại của bạn.',
    code: 'Mã xác thực',
    recoveryIntro: 'Nhập một trong các mã khôi phục đã lưu khi bật xác thực hai bước. Mỗi mã chỉ dùng được một lần.',
    recoveryCode: 'Mã khôi phục',
    useRecovery: 'Không dùng được điện thoại? Nhập mã khôi phục',
    useApp: 'Dùng mã từ ứng dụng xác thực',
    submit: 'Xác nhận',
    back: 'Quay lại',
    codeRequired: 'Vui lòng nhập mã',
  },
  page: {
    title: 'Tài khoản',
    menu: 'Tài khoản và mật khẩu',
  },
  password: {
    title: 'Đổi mật khẩu',
    current: 'Mật khẩu hiện tại',
    next: 'Mật khẩu mới',
    confirm: 'Nhập lại mật khẩu mới',
    rules: `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, không chứa tên đăng nhập, không dùng mật khẩu phổ biến.`,
    mismatch: 'Hai lần nhập mật khẩu mới không khớp.',
    submit: 'Đổi mật khẩu',
    done: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.',
    problems: PASSWORD_PROBLEM_MESSAGES,
  },
  secondFactor: {
    title: 'Xác thực hai bước',
    intro:
      'Khi bật, mỗi lần đăng nhập cần thêm mã 6 chữ số từ ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…).',
    on: 'Đang bật',
    off: 'Chưa bật',
    codesLeft: (n: number) => `Còn ${n} mã khôi phục chưa dùng.`,
    start: 'Bật xác thực hai bước',
    scan: 'Quét mã QR bằng ứng dụng xác thực, hoặc nhập khóa bí mật dưới đây, rồi nhập mã 6 chữ số ứng dụng hiển thị.',
    qrAlt: 'Mã QR để thêm tài khoản vào ứng dụng xác thực',
    secret: 'Khóa bí mật',
    code: 'Mã xác thực',
    confirm: 'Xác nhận và bật',
    recoveryTitle: 'Mã khôi phục',
    recoveryIntro:
      'Lưu các mã sau ở nơi an toàn. Khi không có điện thoại, mỗi mã thay cho mã xác thực được một lần. Các mã chỉ hiển thị lần này.',
    recoveryDone: 'Tôi đã lưu các mã',
    disable: 'Tắt xác thực hai bước',
    disablePassword: 'Nhập mật khẩu để tắt',
    disabled: 'Đã tắt xác thực hai bước.',
  },
} as const;

import { MAX_ALLOWED_ADDRESSES } from './allowed-addresses.ts';

/** Every limit on tokens, stated once: the schema, the service and the messages read them here. */
export const TOKEN_LIMITS = {
  nameLength: 100,
  maxDays: 365,
  perUser: 20,
  addresses: MAX_ALLOWED_ADDRESSES,
} as const;

/** What token management and token sign-in say to a user. */
export const apiTokenMessages = {
  nameRequired: 'Tên mã truy cập không được để trống.',
  nameTooLong: `Tên mã truy cập dài tối đa ${TOKEN_LIMITS.nameLength} ký tự.`,
  expiryInvalid: 'Ngày hết hạn (expiresAt) không hợp lệ: cần ngày giờ ISO 8601, ví dụ 2025-03-05T00:00:00Z.',
  expiryPast: 'Ngày hết hạn (expiresAt) phải sau thời điểm hiện tại.',
  expiryTooFar: `Ngày hết hạn (expiresAt) không được quá ${TOKEN_LIMITS.maxDays} ngày kể từ hôm nay.`,
  tooManyAddresses: `Danh sách địa chỉ được phép (allowedAddresses) có tối đa ${TOKEN_LIMITS.addresses} mục.`,
  badAddress: (text: string) =>
    `Địa chỉ "${text}" không hợp lệ: cần một địa chỉ IP (ví dụ 10.0.0.5) hoặc một dải CIDR (ví dụ 10.0.0.0/24).`,
  tooManyTokens: `Mỗi người dùng có tối đa ${TOKEN_LIMITS.perUser} mã truy cập còn hiệu lực. Hãy thu hồi mã không dùng trước khi tạo mã mới.`,
  unknownToken: (id: number) => `Không tìm thấy mã truy cập số ${id} của bạn.`,
  // Answers to a script presenting a token: one message for unknown and malformed, so nothing is learnt by guessing.
  tokenInvalid: 'Mã truy cập API không hợp lệ.',
  tokenExpired: 'Mã truy cập API đã hết hạn. Hãy tạo mã mới trong mục "Mã truy cập API".',
  tokenRevoked: 'Mã truy cập API đã bị thu hồi.',
  tokenAddress: (ip: string) => `Mã truy cập API không được phép dùng từ địa chỉ ${ip}.`,
} as const;

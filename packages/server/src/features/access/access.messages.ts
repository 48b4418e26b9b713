import type { Role } from '@syt/core/api/contract.ts';

/** The roles as users know them (the web's labels). */
const ROLE_NAMES: Record<Role, string> = {
  admin: 'Quản trị viên',
  staff: 'Chuyên viên Sở',
  leader: 'Lãnh đạo',
  reporter: 'Đơn vị báo cáo',
  viewer: 'Người xem',
};

/** Vietnamese refusals of the access rules. */
export const accessMessages = {
  /** Entry (a cell, a file import, a request's submission) asked by a role that reads only. */
  roleCannotEnter: (role: Role) =>
    `Vai trò ${ROLE_NAMES[role]} không được nhập hay nộp số liệu (kể cả nhập từ tệp): việc này do đơn vị báo cáo, chuyên viên Sở hoặc quản trị viên thực hiện.`,
  metadataRootOnly:
    'Chỉ quản trị viên cấp tỉnh (phạm vi là đơn vị gốc) mới được thay đổi danh mục dùng chung (đơn vị, phần tử dữ liệu, biểu mẫu, quy tắc kiểm tra).',
} as const;

/** Vietnamese refusals of the access rules. */
export const accessMessages = {
  metadataRootOnly:
    'Chỉ quản trị viên cấp tỉnh (phạm vi là đơn vị gốc) mới được thay đổi danh mục dùng chung (đơn vị, phần tử dữ liệu, biểu mẫu, quy tắc kiểm tra).',
} as const;

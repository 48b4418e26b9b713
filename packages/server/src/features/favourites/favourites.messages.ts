/** What users read about saved pivots and charts ("mục đã lưu") and their sharing. */
export const favouriteMessages = {
  notFound: (id: number) =>
    `Không tìm thấy bảng hoặc biểu đồ đã lưu số ${id} (có thể đã bị xóa hoặc không được chia sẻ với bạn).`,
  ownerOnly: 'Chỉ người tạo hoặc quản trị hệ thống được sửa, xóa bảng hoặc biểu đồ đã lưu này.',
  unknownUser: (username: string) => `Không có người dùng đang hoạt động với tên đăng nhập "${username}".`,
  tooMany: (max: number) => `Bạn đã lưu ${max} bảng và biểu đồ, là số tối đa: xóa bớt trước khi lưu thêm.`,
  sharingFailed: 'Không chia sẻ được: có người dùng không tồn tại hoặc đã bị khóa.',
};

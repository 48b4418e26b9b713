/** What users read about dashboards ("bảng điều khiển"). */
export const dashboardMessages = {
  notFound: (id: number) =>
    `Không tìm thấy bảng điều khiển số ${id} (có thể đã bị xóa hoặc không được chia sẻ với bạn).`,
  ownerOnly: 'Chỉ người tạo hoặc quản trị hệ thống được sửa, xóa bảng điều khiển này.',
  tooMany: (max: number) => `Bạn đã tạo ${max} bảng điều khiển, là số tối đa: xóa bớt trước khi tạo thêm.`,
  itemsRefused: 'Không lưu được bảng điều khiển: có mục hiển thị bảng hoặc biểu đồ bạn không được xem.',
  favouriteNotOpenable: (id: number) => `Không có bảng hoặc biểu đồ đã lưu số ${id} mà bạn được xem.`,
  homeRefused: (id: number) => `Không có bảng điều khiển số ${id} mà bạn được xem: không đặt làm trang chủ được.`,
};

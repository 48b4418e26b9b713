/** What the target round says to people. */
export const roundMessages = {
  noRound: 'Yêu cầu này không có đợt đề xuất chỉ tiêu.',
  notInRound: (item: string) => `Chỉ tiêu "${item}" không nằm trong danh sách đề xuất của đợt này.`,
  twice: (item: string) => `Chỉ tiêu "${item}" được đề xuất hai lần.`,
  baselineRequired: 'Chỉ tiêu giảm cần có mức xuất phát (mức của năm trước) để tính mức giảm.',
  alreadySent: (unit: string) => `${unit} đã gửi đề xuất: không sửa được nữa. Liên hệ Sở Y tế nếu cần điều chỉnh.`,
  missing: (count: number) => `Còn ${count} chỉ tiêu chưa có mức đề xuất: hãy nhập đủ trước khi gửi.`,
  nothingToApprove: 'Chưa có đề xuất nào đã gửi để duyệt.',
  noneToAssign: 'Tài khoản của bạn không giao chỉ tiêu cho đơn vị nào trong đợt đề xuất này.',
  awaitingAgreement: (count: number) => `Còn ${count} đề xuất của tuyến huyện đang chờ đơn vị tuyến tỉnh thống nhất: chưa có đề xuất nào duyệt được.`,
  notAFieldUnit: (unit: string) => `${unit} không thống nhất chỉ tiêu nào trong đợt đề xuất này.`,
  notADistrict: (unit: string) => `${unit} không phải đơn vị tuyến huyện của yêu cầu này.`,
  notInField: (item: string, unit: string) => `Chỉ tiêu "${item}" không thuộc lĩnh vực ${unit} thống nhất.`,
  notSent: (unit: string, item: string) => `${unit} chưa gửi đề xuất chỉ tiêu "${item}": chưa thống nhất được.`,
  alreadyApproved: (unit: string, item: string) => `Đề xuất chỉ tiêu "${item}" của ${unit} đã được giao: không thống nhất lại được.`,
} as const;

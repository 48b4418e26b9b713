import type { ReviewKind } from '@syt/core/api/request-reviews.ts';

/** Wording of a unit's own review asked by a reporting request (Báo cáo tổng kết của đơn vị). */
export const reviewsVi = {
  form: {
    enable: 'Đề nghị đơn vị gửi báo cáo tổng kết do hệ thống soạn sẵn',
    enableHint: 'Mỗi đơn vị mở báo cáo của mình, đã điền sẵn số liệu và chỉ tiêu, chỉnh sửa rồi gửi Sở Y tế qua yêu cầu này.',
    kind: 'Loại báo cáo',
    period: 'Kỳ báo cáo',
    periodHint: (kind: ReviewKind) => PERIOD_HINTS[kind],
    periodRequired: 'Vui lòng nhập kỳ báo cáo',
  },
  kinds: {
    quarterly: 'Báo cáo quý',
    'half-year': 'Báo cáo sơ kết 6 tháng',
    'nine-month': 'Báo cáo 9 tháng',
    annual: 'Báo cáo tổng kết năm',
  } satisfies Record<ReviewKind, string>,
  /** The deliverable's title, as the request lists it. */
  title: (kindName: string, period: string) => `${kindName} ${period} của đơn vị`,
  summary: 'đơn vị soạn trên hệ thống từ số liệu của mình và gửi qua yêu cầu này',
  panel: {
    title: 'Báo cáo tổng kết của đơn vị',
    intro: 'Báo cáo của đơn vị được soạn sẵn từ số liệu và chỉ tiêu của đơn vị. Mở báo cáo để bổ sung nhận định, rồi bấm "Gửi Sở Y tế".',
    create: 'Soạn báo cáo',
    open: 'Mở báo cáo để chỉnh sửa',
    view: 'Xem báo cáo',
    send: 'Gửi Sở Y tế',
    sendConfirm: 'Sau khi gửi, đơn vị không sửa được báo cáo nữa, trừ khi Sở Y tế trả lại. Gửi báo cáo này?',
    sent: (at: string, by: string) => `Đã gửi lúc ${at}, người gửi: ${by}.`,
    notStarted: 'Đơn vị chưa soạn báo cáo.',
    draft: 'Báo cáo đang soạn, chưa gửi.',
    sentDone: 'Đã gửi báo cáo tổng kết của đơn vị.',
    failed: 'Không thực hiện được',
  },
  table: {
    title: 'Báo cáo tổng kết của các đơn vị',
    unit: 'Đơn vị',
    deadline: 'Hạn nộp',
    status: 'Tình trạng',
    sentAt: 'Thời điểm gửi',
    file: 'Báo cáo đã gửi',
    download: 'Tải về (.docx)',
    notSent: 'Chưa gửi',
    return: 'Trả lại',
    returnTitle: (unit: string) => `Trả lại báo cáo tổng kết của ${unit}`,
    returnIntro: 'Đơn vị sẽ chỉnh sửa và gửi lại. Ghi rõ nội dung cần bổ sung, chỉnh sửa.',
    returnNote: 'Nội dung cần chỉnh sửa',
    returned: (unit: string) => `Đã trả lại báo cáo của ${unit}.`,
    drafting: 'Đang soạn',
  },
};

const PERIOD_HINTS: Record<ReviewKind, string> = {
  quarterly: 'Dạng YYYYQn, ví dụ 2023Q3',
  'half-year': 'Dạng YYYYS1, ví dụ 2023S1',
  'nine-month': 'Năm, ví dụ 2023 (9 tháng đầu năm)',
  annual: 'Năm, ví dụ 2023',
};

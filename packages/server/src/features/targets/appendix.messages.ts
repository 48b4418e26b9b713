import type { AchievementStatus, EstimateMethod, TargetDirection } from '@syt/core/targets/index.ts';

/** The wording of the targets appendices (Phụ lục I and II of a department's report). */
export const appendixMessages = {
  label: { I: 'Phụ lục I', II: 'Phụ lục II' },
  title: {
    I: (year: number) => `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KẾ HOẠCH NĂM ${year}`,
    II: (year: number) => `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KẾ HOẠCH NĂM ${year} CỦA CÁC ĐƠN VỊ`,
  },
  /**
   * The report's number and date are left for the writer to fill in, as a department's template does; the issuing
   * body is the report's to name (the unit line below says whose targets these are).
   */
  attachedTo: '(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm …)',
  unit: (unit: string) => `Đơn vị: ${unit}`,
  year: (year: number) => `Năm kế hoạch: ${year}`,
  sheet: { I: 'Phụ lục I', II: 'Phụ lục II' },
  columns: {
    index: 'STT',
    unit: 'Đơn vị',
    item: 'Chỉ tiêu',
    measure: 'Đơn vị tính',
    target: 'Kế hoạch năm',
    percent: 'Tỷ lệ % so với kế hoạch',
    status: 'Đánh giá',
    estimate: 'Ước cả năm',
  },
  /** The "Thực hiện" heading names the months counted: `Thực hiện 11 tháng (01–11/2023)`. */
  actual: (from: string | null, to: string | null) => {
    if (!from || !to) return 'Thực hiện (chưa hết tháng nào của năm)';
    const [first, last, year] = [from.slice(4), to.slice(4), to.slice(0, 4)];
    if (first === '01' && last === '12') return `Thực hiện cả năm ${year}`;
    if (first === last) return `Thực hiện tháng ${last}/${year}`;
    return `Thực hiện ${Number(last) - Number(first) + 1} tháng (${first}–${last}/${year})`;
  },
  /** How the item's target is asked, after its name: an at-most or a reduction reads differently from an at-least. */
  direction: {
    AT_LEAST: () => '',
    AT_MOST: () => ' (không vượt quá kế hoạch)',
    REDUCE_BY: (baseline: string) => ` (giảm so với mức ${baseline})`,
  } satisfies Record<TargetDirection, (baseline: string) => string>,
  statuses: { EXCEEDED: 'Vượt', MET: 'Đạt', NOT_MET: 'Không đạt' } satisfies Record<AchievementStatus, string>,
  /** What a row says when nothing was reported: no judgement, never a zero. */
  noData: 'Chưa có số liệu',
  methods: {
    LAST_YEAR_SHAPE: 'Ước theo diễn biến các tháng của năm trước',
    LINEAR: 'Ước theo bình quân các tháng đã báo cáo',
    LEVEL_TO_DATE: 'Lấy mức đạt được đến nay',
  } satisfies Record<EstimateMethod, string>,
  nothingToExport: {
    I: (unit: string, year: number) =>
      `${unit} chưa được giao chỉ tiêu nào cho năm ${year}: không có gì để xuất Phụ lục I.`,
    II: (unit: string, year: number) =>
      `Các đơn vị trực thuộc ${unit} chưa được giao chỉ tiêu nào cho năm ${year}: không có gì để xuất Phụ lục II.`,
  },
} as const;

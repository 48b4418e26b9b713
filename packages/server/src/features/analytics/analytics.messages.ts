/** What the analytics query says to a user, in Vietnamese, naming the dimension and the item at fault. */
import type { AnalyticsErrorCode } from '@syt/core/analytics/errors.ts';
import type { Dimension } from '@syt/core/api/analytics.ts';

const DIMENSION_NAMES: Record<Dimension, string> = { dx: 'dữ liệu (dx)', ou: 'đơn vị (ou)', pe: 'kỳ (pe)' };

export const analyticsMessages = {
  refused: (code: AnalyticsErrorCode, field: Dimension, item: string, cells?: number): string => {
    const where = DIMENSION_NAMES[field];
    switch (code) {
      case 'UNKNOWN_ITEM':
        return `Không nhận ra "${item}" trong chiều ${where}.`;
      case 'MIXED_PERIODS':
        return `Kỳ "${item}" là tuần, không dùng chung với tháng, quý, năm trong một truy vấn (chiều ${where}).`;
      case 'EMPTY_DIMENSION':
        return `Chiều ${where} cần ít nhất một mục.`;
      case 'TOO_MANY_CELLS':
        return `Truy vấn có ${cells ?? 'quá nhiều'} ô, vượt giới hạn; hãy chọn ít đơn vị hoặc ít kỳ hơn (chiều ${where}).`;
      case 'UNSUPPORTED_ITEM':
        return `Mục "${item}" (chỉ tiêu kế hoạch, tỷ lệ đạt) chưa dùng được trong phân tích (chiều ${where}).`;
    }
  },
  badReferenceDate: 'Ngày tham chiếu (referenceDate) phải là ngày dạng YYYY-MM-DD.',
};

/** The words of pivot tables and charts: dimension names, total labels, why a total is not shown, layout errors. */
import type { Dimension } from '../api/analytics.ts';

/** What each dimension is called in a header, a filter line and an error. */
export const DIMENSION_NAMES: Record<Dimension, string> = { dx: 'Dữ liệu', ou: 'Đơn vị', pe: 'Kỳ' };

export const pivotWords = {
  total: 'Tổng',
  grandTotal: 'Tổng cộng',
  value: 'Giá trị',
  subtotal: (name: string) => `Cộng ${name}`,
  /** Why a total cell is empty ("—" with this as its tooltip). */
  notAdditive: {
    rate: (name: string) => `Không cộng được tỉ lệ, chỉ số (${name})`,
    mixedItems: 'Không cộng được các mục dữ liệu khác loại',
    overUnits: (name: string) => `Không cộng được «${name}» theo đơn vị`,
    overPeriods: (name: string) => `Không cộng được «${name}» theo thời gian (số cuối kỳ)`,
    nestedUnits: 'Các đơn vị lồng nhau, cộng lại sẽ tính trùng',
    overlappingPeriods: 'Các kỳ chồng lên nhau, cộng lại sẽ tính trùng',
  },
  errors: {
    dimensionTwice: (d: Dimension) => `Chiều «${DIMENSION_NAMES[d]}» được đặt hai lần`,
    filterNeedsOne: (d: Dimension, count: number) =>
      `Chiều «${DIMENSION_NAMES[d]}» không nằm ở hàng hay cột nên phải có đúng một mục (đang có ${count})`,
    unknownSortColumn: (key: string) => `Không có cột «${key}» để sắp xếp`,
  },
} as const;

export const chartWords = {
  monthOfYear: (month: number) => `T${month}`,
  year: (year: string) => `Năm ${year}`,
  noData: 'Không có số liệu',
  sameTimeLastYear: 'so với cùng kỳ năm trước',
  errors: {
    sameDimension: 'Chuỗi và trục ngang phải là hai chiều khác nhau',
    needsOne: (d: Dimension, count: number) =>
      `Chiều «${DIMENSION_NAMES[d]}» không vẽ trên biểu đồ nên phải có đúng một mục (đang có ${count})`,
    monthlyOnly: 'Biểu đồ so sánh các năm cần các kỳ tháng',
    needsPeriods: 'Biểu đồ một giá trị cần kỳ này và cùng kỳ năm trước trong truy vấn',
  },
} as const;

/** Vietnamese words of the pivot's workbook and file names. */
export const analyticsExportMessages = {
  sheet: 'Bảng số liệu',
  fileStem: 'bang-so-lieu',
  /** A filter's line above the table: `Kỳ: Tháng 11/2023`. */
  filterLine: (dimension: string, item: string) => `${dimension}: ${item}`,
} as const;

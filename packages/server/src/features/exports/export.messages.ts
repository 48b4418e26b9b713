/** What the export says to a user, in Vietnamese. */
export const exportMessages = {
  nothingToExport: (unit: string, periods: readonly string[]) =>
    `Không có số liệu nào để xuất: ${unit}, kỳ ${periods.join(', ')}. Hãy chọn kỳ, đơn vị hoặc biểu mẫu khác.`,
} as const;

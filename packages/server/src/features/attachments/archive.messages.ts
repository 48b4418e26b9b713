/** Why an uploaded archive (.xlsx, .docx) is refused before it is read: Vietnamese, shown on the field `file`. */
export const archiveMessages = {
  tooManyEntries: (max: number) => `Tệp chứa quá nhiều thành phần (tối đa ${max.toLocaleString('vi-VN')}): không mở tệp này.`,
  tooLarge: (megabytes: number) =>
    `Tệp khi giải nén vượt quá ${megabytes.toLocaleString('vi-VN')} MB: có thể là tệp độc hại (bom nén), không mở tệp này.`,
  suspiciousRatio: 'Tệp có tỉ lệ nén bất thường: có thể là tệp độc hại (bom nén), không mở tệp này.',
  unreadable: 'Tệp bị hỏng hoặc không phải tệp Office hợp lệ (.xlsx, .docx).',
} as const;

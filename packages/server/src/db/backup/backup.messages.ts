/** What `syt backup` and `syt restore` tell the operator, in Vietnamese. */
export const backupMessages = {
  fileExists: (file: string) => `Tệp ${file} đã tồn tại. Dùng --force để ghi đè.`,
  backedUp: (file: string, tables: number, rows: number, megabytes: string) =>
    `Đã sao lưu ${tables} bảng, ${rows} dòng vào ${file} (${megabytes} MB).`,
  nativeDone: (file: string, megabytes: string) => `Đã sao lưu vào ${file} (${megabytes} MB).`,
  sqliteOnly: 'Định dạng sqlite chỉ dùng được khi cơ sở dữ liệu là SQLite.',
  pgDumpOnly: 'Định dạng pg_dump chỉ dùng được khi cơ sở dữ liệu là PostgreSQL.',
  pgDumpMissing: 'Không tìm thấy lệnh pg_dump. Hãy cài gói postgresql-client hoặc dùng định dạng mặc định (logical).',
  pgDumpFailed: (detail: string) => `pg_dump báo lỗi: ${detail}`,
  restored: (file: string, tables: number, rows: number) => `Đã khôi phục ${tables} bảng, ${rows} dòng từ ${file}.`,
  notEmpty: (tables: string) =>
    `Cơ sở dữ liệu đích đã có dữ liệu (bảng ${tables}). Chỉ khôi phục vào cơ sở dữ liệu trống; không có gì bị thay đổi.`,
  targetAhead:
    'Cơ sở dữ liệu đích đã được nâng cấp khác với bản sao lưu. Hãy khôi phục vào một cơ sở dữ liệu mới hoàn toàn (chưa chạy syt setup hay syt serve).',
  newerBackup: (migration: string) =>
    `Bản sao lưu được tạo bởi phiên bản SYT mới hơn (cấu trúc ${migration}). Hãy cập nhật SYT trước khi khôi phục.`,
  notBackup: 'Tệp không phải bản sao lưu của SYT (syt backup).',
  sqliteCopy: 'Đây là bản sao SQLite (--format sqlite): hãy dừng SYT và chép tệp này thay cho tệp cơ sở dữ liệu.',
  pgDumpCopy: 'Đây là bản sao pg_dump: hãy khôi phục bằng lệnh pg_restore.',
  corrupt: (detail: string) => `Tệp sao lưu bị hỏng hoặc không đầy đủ (${detail}); không có gì bị thay đổi.`,
  mismatch: (table: string) =>
    `Bảng ${table} sau khi khôi phục không khớp tổng kiểm tra của bản sao lưu; đã hủy, không có gì bị thay đổi.`,
} as const;

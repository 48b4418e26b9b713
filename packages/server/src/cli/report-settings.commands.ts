import type { Command } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../errors.ts';
import { reportCompletenessMessages as m } from '../features/reports/report-completeness.messages.ts';
import { countedStates, saveCountedStates } from '../features/reports/report-forms.service.ts';
import { vi } from '../messages.ts';
import { say, withContext } from './context.ts';

const HELP = `
Không có tùy chọn: in các trạng thái biểu mẫu đang được tính vào báo cáo (mặc định: submitted, approved).
--counted-states: danh sách cách nhau bởi dấu phẩy, trong draft (đang nhập), submitted (đã gửi), approved (đã duyệt).
Mã thoát: 0 thành công, 2 tham số sai, 1 lỗi khác.

Ví dụ: syt report settings --counted-states submitted,approved`;

/** `syt report settings`: which form states the monthly report counts (an installation setting). */
export function registerReportSettingsCommand(report: Command): void {
  report
    .command('settings')
    .description('Xem hoặc đặt các trạng thái biểu mẫu được tính vào báo cáo')
    .option('--counted-states <list>', 'vd. submitted,approved')
    .addHelpText('after', HELP)
    .action((opts: { countedStates?: string }) => runSettings(opts));
}

async function runSettings(opts: { countedStates?: string }): Promise<void> {
  try {
    await withContext(async (ctx) => {
      await migrateToLatest(ctx.db);
      const states =
        opts.countedStates === undefined
          ? await countedStates(ctx.db, {})
          : await saveCountedStates(ctx.db, opts.countedStates.split(',').map((s) => s.trim()).filter(Boolean), '--counted-states');
      say(m.countedStates(states));
    });
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 400) throw err;
    say(vi.cli.error(err.message));
    for (const d of err.details) say(`  - ${d.field}: ${d.message}`);
    process.exitCode = 2;
  }
}

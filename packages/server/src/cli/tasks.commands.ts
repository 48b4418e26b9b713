import type { TaskSummary } from '@syt/core/api/tasks.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import { CommanderError, type Command } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError, badRequest } from '../errors.ts';
import type { Actor } from '../features/access/access.policy.ts';
import { listTaskSummaries } from '../features/tasks/tasks.service.ts';
import { vi } from '../messages.ts';
import { say, withContext } from './context.ts';

/** The operator at the console reads as a viewer of every unit: every confirmed task, never a draft under review. */
const CONSOLE: Actor = { id: 0, username: 'cli', role: 'viewer', scopePath: '/', canEditExpired: false };

interface ListOptions {
  overdue?: boolean;
  unit?: string;
  format: string;
}

const HELP = `
Cột (phân cách bằng tab): số, trạng thái, hạn (dd/mm/yyyy hoặc "Thường xuyên"), đơn vị chủ trì, nhiệm vụ.
Mã thoát: 0 thành công, 2 tham số sai (đơn vị, định dạng), 1 lỗi khác.

Ví dụ: syt tasks list --overdue --unit 615
       syt tasks list --format json`;

/** `syt tasks list`: the task register for scripts, from DATABASE_URL. */
export function registerTaskCommands(program: Command): void {
  const tasks = program.command('tasks').description('Nhiệm vụ được giao theo văn bản chỉ đạo');
  tasks
    .command('list')
    .description('In danh sách nhiệm vụ (đã xác nhận), trạng thái tính đến hôm nay')
    .option('--overdue', 'chỉ các nhiệm vụ quá hạn')
    .option('--unit <code>', 'chỉ nhiệm vụ của một đơn vị (chủ trì hoặc phối hợp, kể cả đơn vị trực thuộc)')
    .option('--format <format>', 'định dạng: text|json', 'text')
    .addHelpText('after', HELP)
    // Commander's own refusals (unknown option, missing value) are bad input too: exit 2.
    .exitOverride((err: CommanderError) => {
      if (err.exitCode === 0) process.exit(0);
      say(vi.tasks.cliBadCommandLine);
      process.exit(2);
    })
    .action((opts: ListOptions) => runList(opts));
}

async function runList(opts: ListOptions): Promise<void> {
  try {
    if (opts.format !== 'text' && opts.format !== 'json') {
      throw badRequest(vi.tasks.cliUnknownFormat(opts.format), [{ field: '--format', message: vi.tasks.cliUnknownFormat(opts.format) }]);
    }
    await withContext(async (ctx) => {
      await migrateToLatest(ctx.db);
      const filter = { ...(opts.overdue ? { overdue: true } : {}), ...(opts.unit ? { unit: opts.unit } : {}) };
      const tasks = await listTaskSummaries(ctx, CONSOLE, filter);
      process.stdout.write(opts.format === 'json' ? `${JSON.stringify(tasks, null, 2)}\n` : table(tasks));
    });
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 400) throw err;
    say(vi.cli.error(err.message));
    for (const d of err.details) say(`  - ${d.field === 'unit' ? '--unit' : d.field}: ${d.message}`);
    process.exitCode = 2;
  }
}

/** One line per task, tab-separated, under a header line; tabs and line breaks in titles become spaces. */
function table(tasks: TaskSummary[]): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const lines = tasks.map((t) =>
    [t.id, t.statusLabel, t.dueDate ? formatViDate(t.dueDate) : t.deadlineLabel, t.lead.name, clean(t.title)].join('\t'),
  );
  return [vi.tasks.cliHeader.join('\t'), ...lines].map((l) => `${l}\n`).join('');
}

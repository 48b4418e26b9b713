import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { backupMessages as m } from '../db/backup/backup.messages.ts';
import { megabytes, writeLogicalBackup } from '../db/backup/backup.service.ts';
import { writePgDump, writeSqliteCopy } from '../db/backup/native-backup.ts';
import { restoreBackup } from '../db/backup/restore.service.ts';
import { AppError } from '../errors.ts';
import { say, withContext } from './context.ts';

type BackupFormat = 'logical' | 'sqlite' | 'pg_dump';

/** `syt backup` and `syt restore`. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Sao lưu toàn bộ cơ sở dữ liệu vào một tệp, nhất quán kể cả khi SYT đang chạy')
    .requiredOption('-o, --output <file>', 'tệp sao lưu (vd. syt-2024-03-05.syt.gz)')
    .addOption(
      new Option(
        '--format <format>',
        'logical: khôi phục được vào SQLite lẫn PostgreSQL; sqlite: bản sao tệp SQLite; pg_dump: dùng pg_dump',
      )
        .choices(['logical', 'sqlite', 'pg_dump'])
        .default('logical'),
    )
    .option('--force', 'ghi đè tệp đã có')
    .action((opts: { output: string; format: BackupFormat; force?: boolean }) =>
      withContext(async (ctx) => {
        if (existsSync(opts.output) && !opts.force) throw new AppError(409, 'FILE_EXISTS', m.fileExists(opts.output));
        if (opts.format === 'sqlite') await writeSqliteCopy(ctx.db, opts.output);
        if (opts.format === 'pg_dump') await writePgDump(ctx.db, ctx.config.databaseUrl, opts.output);
        if (opts.format !== 'logical') {
          say(m.nativeDone(opts.output, await megabytes(opts.output)));
          return;
        }
        const header = await writeLogicalBackup(ctx.db, opts.output, ctx.clock.now());
        const rows = header.tables.reduce((n, t) => n + t.rows, 0);
        say(m.backedUp(opts.output, header.tables.length, rows, await megabytes(opts.output)));
      }),
    );

  program
    .command('restore <file>')
    .description('Khôi phục bản sao lưu (định dạng logical) vào cơ sở dữ liệu trống, SQLite hoặc PostgreSQL')
    .action((file: string) =>
      withContext(async (ctx) => {
        const header = await restoreBackup(ctx.db, file);
        say(
          m.restored(
            file,
            header.tables.length,
            header.tables.reduce((n, t) => n + t.rows, 0),
          ),
        );
      }),
    );
}

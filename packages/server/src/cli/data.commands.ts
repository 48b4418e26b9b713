import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  ATOMIC_MODES,
  ID_SCHEMES,
  IMPORT_STRATEGIES,
  type AtomicMode,
  type IdScheme,
  type ImportStrategy,
} from '@syt/core/interchange/import-options.ts';
import { detectFormat, type InterchangeFormat } from '@syt/core/interchange/index.ts';
import { Option, type Command } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/database.ts';
import type { Actor } from '../features/access/access.policy.ts';
import { exportValues, type ExportFormat } from '../features/exports/export.service.ts';
import { readImportFile } from '../features/imports/import-file.ts';
import { importValues } from '../features/imports/import.service.ts';
import { findUserByUsername } from '../features/users/user.repository.ts';
import { vi } from '../messages.ts';
import { say, withContext } from './context.ts';

/** The operator at the console: every org unit, expired periods included, recorded as `cli`. */
const CONSOLE: Actor = { id: 0, username: 'cli', role: 'admin', scopePath: '/', canEditExpired: true };

interface ImportCommandOptions {
  dryRun?: boolean;
  submit?: boolean;
  format?: InterchangeFormat;
  as?: string;
  importStrategy?: ImportStrategy;
  atomicMode?: AtomicMode;
  idScheme?: IdScheme;
}

/** `syt data import` and `syt data export`. */
export function registerDataCommands(program: Command): void {
  const data = program.command('data').description('Nhập, xuất số liệu (DHIS2 JSON, CSV, ADX, biểu mẫu Excel)');
  data
    .command('import <file>')
    .description('Nhập số liệu từ tệp; không lưu gì nếu có dòng lỗi')
    .option('--dry-run', 'chỉ kiểm tra, không lưu')
    .option('--submit', 'đánh dấu đã nộp mọi biểu mẫu mà tệp điền số liệu (người nộp: người nhập)')
    .addOption(new Option('--format <format>', 'định dạng (mặc định: theo đuôi tệp)').choices(['json', 'csv', 'adx', 'xlsx']))
    .option('--as <username>', 'nhập với quyền và phạm vi của người dùng này')
    .addOption(new Option('--import-strategy <strategy>', 'như DHIS2: chỉ thêm, chỉ sửa, thêm và sửa, hoặc xóa').choices(IMPORT_STRATEGIES))
    .addOption(new Option('--atomic-mode <mode>', 'ALL: có lỗi thì không lưu gì (mặc định); NONE: lưu các giá trị hợp lệ').choices(ATOMIC_MODES))
    .addOption(new Option('--id-scheme <scheme>', 'tệp gọi đối tượng bằng UID, mã (mặc định) hay tên').choices(ID_SCHEMES))
    .action((file: string, opts: ImportCommandOptions) =>
      withContext(async (ctx) => {
        await migrateToLatest(ctx.db);
        const content = await readFile(file);
        const format = opts.format ?? detectFormat(basename(file), content.subarray(0, 512));
        if (!format) throw new Error(vi.cli.unknownFormat);
        const actor = await actorFor(ctx.db, opts.as);
        const options = {
          ...(opts.dryRun ? { dryRun: true } : {}),
          ...(opts.submit ? { submit: true } : {}),
          ...(opts.importStrategy ? { importStrategy: opts.importStrategy } : {}),
          ...(opts.atomicMode ? { atomicMode: opts.atomicMode } : {}),
          ...(opts.idScheme ? { idScheme: opts.idScheme } : {}),
        };
        // Every refused row is printed, as the README promises; the web answer lists the first ones.
        const summary = await importValues(ctx, actor, await readImportFile(ctx.db, format, content), options, Number.POSITIVE_INFINITY);
        say(vi.cli.importSummary({ ...summary, conflicts: summary.conflictsTotal }));
        if (summary.flagged) say(vi.cli.flagged(summary.dryRun, summary.flagged));
        if (summary.submittedTotal) say(vi.cli.formsSubmitted(summary.dryRun, summary.submittedTotal));
        for (const f of summary.submitted.slice(0, 50)) say(`  - ${vi.cli.submittedForm(f)}`);
        if (summary.submittedTotal > 50) say(vi.cli.moreForms(summary.submittedTotal - 50));
        for (const w of summary.warnings ?? []) say(`  ! ${w}`);
        for (const c of summary.conflicts) say(`  - ${c.location ?? vi.cli.wholeFile}${c.code ? ` (${c.code})` : ''}: ${c.reason}`);
        if (summary.status === 'ERROR') process.exitCode = 2;
      }),
    );
  data
    .command('export')
    .description('Xuất số liệu đã lưu')
    .requiredOption('--org <code>', 'mã đơn vị')
    .option('--descendants', 'kèm các đơn vị cấp dưới')
    .requiredOption('--period <periods>', 'kỳ báo cáo, cách nhau bởi dấu phẩy (vd. 202310,202311)')
    .option('--data-set <code>', 'chỉ các phần tử của biểu mẫu này')
    .addOption(new Option('--format <format>', 'định dạng').choices(['json', 'csv', 'adx']).default('json'))
    .option('-o, --output <file>', 'ghi ra tệp (mặc định: đầu ra chuẩn)')
    .action((opts: { org: string; descendants?: boolean; period: string; dataSet?: string; format: ExportFormat; output?: string }) =>
      withContext(async (ctx) => {
        const file = await exportValues(ctx.db, CONSOLE, {
          orgUnit: opts.org, descendants: Boolean(opts.descendants), periods: opts.period.split(','), dataSet: opts.dataSet, format: opts.format,
        });
        if (opts.output) await writeFile(opts.output, file.body);
        else process.stdout.write(file.body);
        say(vi.cli.exported(file.count));
      }),
    );
}

/** The console operator, or a stored user's rights when `--as` names one. */
async function actorFor(db: Database, username?: string): Promise<Actor> {
  if (!username) return CONSOLE;
  const user = await findUserByUsername(db, username);
  if (!user) throw new Error(vi.cli.userMissing(username));
  return { id: user.id, username: user.username, role: user.role as Actor['role'], scopePath: user.org_unit_path, canEditExpired: Boolean(user.can_edit_expired) };
}

import { ROLES, type Role } from '@syt/core/api/contract.ts';
import { Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { databaseHint } from '../db/connection-errors.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createUserRow, ensureFirstAdmin, setupInstallation } from '../features/install/install.service.ts';
import { AppError } from '../errors.ts';
import { vi } from '../messages.ts';
import { registerBackupCommands } from './backup.commands.ts';
import { registerDataCommands } from './data.commands.ts';
import { registerMetadataCommands } from './metadata.commands.ts';
import { registerQualityCommands } from './quality.commands.ts';
import { registerReportCommands } from './report.commands.ts';
import { registerTaskCommands } from './tasks.commands.ts';
import { serve } from './serve.ts';
import { say, withContext } from './context.ts';

/** The `syt` command line; every command reads DATABASE_URL. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command('syt').description('SYT — hệ thống báo cáo của Sở Y tế').showHelpAfterError();

  program
    .command('setup')
    .description('Tạo cơ sở dữ liệu, nạp gói danh mục mặc định và đơn vị hành chính mẫu, tạo quản trị viên đầu tiên')
    .option('--admin <username>', 'tên đăng nhập của quản trị viên đầu tiên', 'admin')
    .option('--admin-password <password>', 'mật khẩu (mặc định: sinh ngẫu nhiên và in ra)')
    .action((opts: { admin: string; adminPassword?: string }) =>
      withContext(async (ctx) => {
        await setupInstallation(ctx);
        const admin = await ensureFirstAdmin(ctx, opts.admin, opts.adminPassword);
        say(vi.cli.setupDone);
        if (admin.created) say(vi.cli.firstAdmin(opts.admin, admin.password));
      }),
    );

  program
    .command('demo')
    .description('Như setup, thêm số liệu mẫu 2019–2023 của tỉnh Kon Tum và một tài khoản mẫu cho mỗi vai trò')
    .option('--if-empty', 'bỏ qua nếu cơ sở dữ liệu đã có số liệu')
    .action((opts: { ifEmpty?: boolean }) =>
      withContext(async (ctx) => {
        // Loaded on demand: only this command needs the demo generator.
        const { DEMO_PASSWORD, DEMO_USERS, loadDemo } = await import('../features/install/demo.service.ts');
        const result = await loadDemo(ctx, { ifEmpty: opts.ifEmpty });
        say(result.skipped ? vi.cli.demoKept : vi.cli.demoLoaded(result.loaded));
        say(vi.cli.demoAccounts(DEMO_PASSWORD, DEMO_USERS.map((u) => `${u.username} (${u.role})`).join(', ')));
      }),
    );

  program
    .command('serve')
    .description('Chạy máy chủ SYT (HOST, PORT, DATABASE_URL)')
    .action(() => serve());

  const user = program.command('user').description('Quản lý người dùng');
  user
    .command('create')
    .description('Tạo người dùng')
    .requiredOption('--username <username>', 'tên đăng nhập')
    .requiredOption('--password <password>', 'mật khẩu (ít nhất 10 ký tự, không phải mật khẩu phổ biến, không chứa tên đăng nhập)')
    .addOption(new Option('--role <role>', 'vai trò').choices(ROLES).makeOptionMandatory())
    .requiredOption('--org <code>', 'mã đơn vị phạm vi (vd. 62, 615)')
    .option('--name <displayName>', 'họ tên hiển thị')
    .action((opts: { username: string; password: string; role: Role; org: string; name?: string }) =>
      withContext(async (ctx) => {
        await migrateToLatest(ctx.db);
        const seed = { username: opts.username, displayName: opts.name ?? opts.username, role: opts.role, orgUnitCode: opts.org };
        await createUserRow(ctx, seed, opts.password);
        say(vi.cli.userCreated(opts.username));
      }),
    );

  registerMetadataCommands(program);
  registerDataCommands(program);
  registerReportCommands(program);
  registerQualityCommands(program);
  registerTaskCommands(program);
  registerBackupCommands(program);

  try {
    await program.parseAsync(argv);
  } catch (err) {
    reportFailure(err);
    process.exitCode = 1;
  }
}

function reportFailure(err: unknown): void {
  const hint = databaseHint(err, configuredDatabaseUrl());
  if (hint) {
    say(vi.cli.error(hint));
  } else if (err instanceof AppError) {
    say(vi.cli.error(err.message));
    for (const d of err.details) say(`  - ${d.field}: ${d.message}`);
  } else if (err instanceof SyntaxError) {
    say(vi.cli.badJson(err.message));
  } else {
    say(vi.cli.error(err instanceof Error ? err.message : String(err)));
  }
}

/** DATABASE_URL as the commands read it, or undefined when the configuration itself is what failed. */
function configuredDatabaseUrl(): string | undefined {
  try {
    return loadConfig().databaseUrl;
  } catch {
    return undefined;
  }
}

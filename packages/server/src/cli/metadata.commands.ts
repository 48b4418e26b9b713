/** `syt metadata export|import`, in SYT's package form or DHIS2's metadata JSON (`--format dhis2`). */
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import { exportDhis2Metadata, importDhis2Metadata } from '../features/metadata/dhis2-metadata.service.ts';
import { exportMetadata, importMetadata } from '../features/metadata/metadata.service.ts';
import { vi } from '../messages.ts';
import { say, withContext } from './context.ts';

const formatOption = () =>
  new Option('--format <format>', vi.cli.metadataFormat).choices(['syt', 'dhis2']).default('syt');

/** Registers the metadata commands. */
export function registerMetadataCommands(program: Command): void {
  const metadata = program.command('metadata').description('Xuất, nhập gói danh mục');
  metadata
    .command('export')
    .description('In toàn bộ danh mục dạng JSON ra đầu ra chuẩn')
    .addOption(formatOption())
    .action((opts: { format: 'syt' | 'dhis2' }) =>
      withContext(async (ctx) => {
        await migrateToLatest(ctx.db);
        const doc = opts.format === 'dhis2' ? await exportDhis2Metadata(ctx.db) : await exportMetadata(ctx.db);
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      }),
    );
  metadata
    .command('import <file>')
    .description(
      'Nhập gói danh mục từ tệp JSON (thêm mới hoặc cập nhật theo mã; tệp DHIS2 theo UID), tất cả hoặc không gì cả',
    )
    .addOption(formatOption())
    .option('--dry-run', vi.cli.metadataDryRun, false)
    .action((file: string, opts: { format: 'syt' | 'dhis2'; dryRun: boolean }) =>
      withContext(async (ctx) => {
        await migrateToLatest(ctx.db);
        const raw: unknown = JSON.parse(await readFile(file, 'utf8'));
        if (opts.format === 'syt') {
          const summary = await importMetadata(ctx.db, raw, { dryRun: opts.dryRun });
          say(
            vi.cli.metadataImported(
              Object.entries(summary.counts)
                .map(([k, n]) => `${k} ${n}`)
                .join(', '),
            ),
          );
          return;
        }
        const report = await importDhis2Metadata(ctx.db, raw, opts.dryRun);
        say(report.message);
        for (const w of report.response.warnings) say(vi.cli.metadataWarning(w.path, w.message));
        // Every refusal is listed: the file is refused whole, so the administrator needs them all.
        for (const t of report.response.typeReports)
          for (const o of t.objectReports)
            for (const e of o.errorReports)
              say(vi.cli.metadataProblem(`${t.klass.split('.').pop()}[${o.index}] ${e.errorProperty}`, e.message));
        if (report.status === 'ERROR') process.exitCode = 1;
      }),
    );
}

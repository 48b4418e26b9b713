import { writeFile } from 'node:fs/promises';
import { REPORT_FORMATS, type ReportFormat } from '@syt/core/api/reports.ts';
import { CommanderError, type Command } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError, badRequest } from '../errors.ts';
import type { Actor } from '../features/access/access.policy.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { reportCompletenessMessages as m } from '../features/reports/report-completeness.messages.ts';
import { monthlyReportDocument, renderReportFile } from '../features/reports/report-output.service.ts';
import { storedReportName } from '../features/reports/report-period.ts';
import { vi } from '../messages.ts';
import { say, withContext } from './context.ts';
import { registerReportSettingsCommand } from './report-settings.commands.ts';

/** The operator at the console: reads every org unit's report. */
const CONSOLE: Actor = { id: 0, username: 'cli', role: 'admin', scopePath: '/', canEditExpired: false };

interface MonthlyOptions {
  org?: string;
  period?: string;
  format: string;
  output?: string;
  includeDrafts?: boolean;
}

const HELP = `
Nguồn: nếu báo cáo của đơn vị và kỳ đã được lưu (tạo trên giao diện) thì in bản đã lưu (phiên bản hiện tại);
nếu chưa có thì viết mới từ số liệu đang có trong cơ sở dữ liệu (không lưu gì).
Đầu ra: text, md, json in ra đầu ra chuẩn khi không có -o; docx và pdf cần -o <tệp>, hoặc đầu ra chuẩn được
chuyển hướng vào tệp hay đường ống (không in dữ liệu nhị phân ra màn hình). pdf cần LibreOffice.
Biểu mẫu: chỉ tính số liệu của biểu mẫu đã gửi hoặc đã duyệt (thiết lập report.counted_states); biểu mẫu chưa
nhận được được liệt kê ở đầu ra lỗi chuẩn. --include-drafts tính cả số liệu đang nhập (báo cáo ghi rõ là tạm tính).
Mã thoát: 0 thành công, 2 tham số sai (đơn vị, kỳ, định dạng), 1 lỗi khác.

Ví dụ: syt report monthly --org 62 --period 202311 --format text
       syt report monthly --org 62 --period 202311 --format docx -o bao-cao-thang-11-2023.docx`;

/** The periodic kinds' commands: the kind's word for `--period` and an example, for the help. */
const PERIODIC_COMMANDS = [
  { kind: 'quarterly', description: 'In báo cáo quý của một đơn vị', period: '<YYYYQn>', example: 'quý (vd. 2023Q3)' },
  { kind: 'half-year', description: 'In báo cáo sơ kết 6 tháng đầu năm của một đơn vị', period: '<YYYYS1>', example: '6 tháng đầu năm (vd. 2023S1)' },
  { kind: 'nine-month', description: 'In báo cáo 9 tháng đầu năm của một đơn vị', period: '<YYYY>', example: 'năm có 9 tháng đầu năm báo cáo (vd. 2023)' },
  { kind: 'annual', description: 'In báo cáo tổng kết năm của một đơn vị', period: '<YYYY>', example: 'năm (vd. 2023)' },
] as const;

/**
 * `syt report monthly|quarterly|half-year|nine-month|annual`: an org unit's report of the kind in a format, from
 * DATABASE_URL; every kind takes the same options.
 */
export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('Báo cáo tình hình thực hiện nhiệm vụ');
  const reportCommand = (name: string, description: string, period: string, periodHelp: string, help: string, kind?: string) =>
    report
      .command(name)
      .description(`${description} (bản đã lưu nếu có, nếu không thì viết mới từ số liệu)`)
      .option('--org <code>', 'mã đơn vị (vd. 62)')
      .option(`--period ${period}`, periodHelp)
      .option('--format <format>', `định dạng: ${REPORT_FORMATS.join('|')}`, 'text')
      .option('-o, --output <file>', 'ghi ra tệp')
      .option('--include-drafts', 'tính cả số liệu chưa gửi (đánh dấu là tạm tính)')
      .addHelpText('after', help)
      // Commander's own refusals (unknown option, missing value) are bad input too: exit 2, like ours.
      .exitOverride((err: CommanderError) => {
        if (err.exitCode === 0) process.exit(0);
        say(vi.cli.badCommandLine(name));
        process.exit(2);
      })
      .action((opts: MonthlyOptions) => runMonthly(opts, kind));
  reportCommand('monthly', 'In báo cáo tháng của một đơn vị', '<YYYYMM>', 'tháng báo cáo (vd. 202311)', HELP);
  for (const c of PERIODIC_COMMANDS) {
    const example = `\nVí dụ: syt report ${c.kind} --org 62 --period ${c.kind === 'quarterly' ? '2023Q3' : c.kind === 'half-year' ? '2023S1' : '2023'} --format text`;
    reportCommand(c.kind, c.description, c.period, `kỳ báo cáo: ${c.example}`, HELP.split('\n\nVí dụ:')[0] + example, c.kind);
  }
  registerReportSettingsCommand(report);
}

async function runMonthly(opts: MonthlyOptions, kind?: string): Promise<void> {
  try {
    const format = checkedFormat(opts);
    await withContext(async (ctx) => {
      await migrateToLatest(ctx.db);
      const target = { org: opts.org!, period: opts.period!, kind, includeDrafts: opts.includeDrafts === true };
      const { document, storedVersion } = await monthlyReportDocument(ctx.db, ctx.clock, CONSOLE, target);
      say(storedVersion === null ? vi.cli.reportFrom('fresh') : vi.cli.reportFrom('stored', storedVersion));
      sayCompleteness(document);
      const file = await renderReportFile(document, format);
      if (opts.output) {
        await writeFile(opts.output, file.body);
        say(vi.cli.reportWritten(opts.output));
      } else {
        process.stdout.write(file.body);
      }
    });
  } catch (err) {
    if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409)) throw err;
    say(vi.cli.error(err.message));
    for (const d of err.details) say(`  - ${d.field}: ${d.message}`);
    process.exitCode = 2;
  }
}

/** The forms the report lacks, and any drafts it counted, on stderr (stdout stays the report). */
function sayCompleteness(document: ReportDocument): void {
  const completeness = document.completeness;
  if (!completeness) return;
  if (completeness.missing.length > 0) for (const line of m.missingForms(storedReportName(document.kind, document.period), completeness.missing)) say(line);
  const drafts = completeness.forms.filter((f) => f.state === 'draft' && completeness.counted.includes('draft'));
  if (drafts.length > 0) say(m.draftsCounted(drafts));
}

/** The options a report needs, checked before the database is opened. */
function checkedFormat(opts: MonthlyOptions): ReportFormat {
  for (const [flag, value] of [['--org', opts.org], ['--period', opts.period]] as const) {
    if (!value) throw badRequest(vi.cli.optionRequired(flag), [{ field: flag, message: vi.cli.optionRequired(flag) }]);
  }
  const format = opts.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw badRequest(vi.report.unknownFormat(opts.format), [{ field: '--format', message: vi.report.unknownFormat(opts.format) }]);
  const binary = format === 'docx' || format === 'pdf';
  if (binary && !opts.output && process.stdout.isTTY) throw badRequest(vi.cli.binaryNeedsOutput, [{ field: '--output', message: vi.cli.binaryNeedsOutput }]);
  return format;
}

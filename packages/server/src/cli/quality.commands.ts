import type { Command } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import { generateBoundsUnder } from '../features/quality/bounds.service.ts';
import { findOrgUnitByCode } from '../features/org-units/org-unit.repository.ts';
import { qualityMessages } from '../features/quality/quality.messages.ts';
import { vi } from '../messages.ts';
import { say, withContext } from './context.ts';

/** `syt quality bounds`: regenerates min–max bounds from history, as staff do on the quality page. */
export function registerQualityCommands(program: Command): void {
  const quality = program.command('quality').description('Chất lượng số liệu');
  quality
    .command('bounds')
    .description('Tính lại ngưỡng tối thiểu – tối đa từ số liệu 5 năm trước (giữ các ngưỡng đặt tay)')
    .requiredOption('--data-set <code>', 'mã biểu mẫu')
    .option('--org <code>', 'mã đơn vị (kèm các đơn vị cấp dưới); mặc định: cả tỉnh', '')
    .action((opts: { dataSet: string; org: string }) =>
      withContext(async (ctx) => {
        await migrateToLatest(ctx.db);
        const root = opts.org || (await ctx.db.selectFrom('org_unit').select('code').where('parent_id', 'is', null).orderBy('id').executeTakeFirst())?.code;
        const unit = root ? await findOrgUnitByCode(ctx.db, root) : undefined;
        if (!unit) throw new Error(vi.unknownOrgUnit(opts.org));
        const result = await generateBoundsUnder(ctx, opts.dataSet, unit.path, 'cli');
        say(qualityMessages.boundsGenerated(result.series, result.from, result.to, result.seasonalElements));
      }),
    );
}

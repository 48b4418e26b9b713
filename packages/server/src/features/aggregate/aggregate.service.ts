import type { PeriodRange } from '@syt/core/aggregate/index.ts';
import { reportSpans } from '@syt/core/report/build-figures.ts';
import { FIGURE_SPANS, type FigureSpan } from '@syt/core/report/model.ts';
import { isWeeklyRange, type Period } from '@syt/core/period/index.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { requirePeriod } from '../data-entry/cell.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { findOrgUnitByCode } from '../org-units/org-unit.repository.ts';
import { itemValues, type Subtree } from './item-value.service.ts';
import { resolveItem, type Item } from './item.service.ts';
import { historyOf } from './unit-history.service.ts';

interface Ctx {
  db: Database;
}

export interface AggregateInput {
  /** `ELEMENT`, `ELEMENT.OPTION` or an indicator code. */
  item: string;
  orgUnit: string;
  from: string;
  to: string;
}

export interface MonthInput {
  item: string;
  orgUnit: string;
  /** A month, `YYYYMM`. */
  period: string;
}

/** The figures a monthly report shows for one item. */
export const MONTH_FIGURES = FIGURE_SPANS;
export type MonthFigures = Record<FigureSpan, number | null>;

const invalid = (code: string, field: string, message: string) => new AppError(400, code, message, [{ field, message }]);

/**
 * An item's value over `from..to` for an org unit and everything below it, and below the units it succeeded (its
 * history over mergers), from the rows stored now.
 */
export async function aggregate(ctx: Ctx, actor: Actor, input: AggregateInput) {
  const unit = await requireOrgUnitAccess(ctx.db, actor, 'read', input.orgUnit);
  const range: PeriodRange = { from: requirePeriod(input.from, 'from'), to: requirePeriod(input.to, 'to') };
  if (range.to.endDate < range.from.startDate) throw invalid('INVALID_RANGE', 'to', vi.rangeReversed(range.from.code, range.to.code));
  // A range reads weeks or calendar periods, never both (period/count-once.ts).
  if (isWeeklyRange(range) !== (range.to.type === 'Weekly')) throw invalid('INVALID_RANGE', 'to', vi.rangeMixesWeeks(range.from.code, range.to.code));
  const item = await resolveItem(ctx.db, input.item);
  const [value] = await itemValues(ctx.db, await historyOf(ctx.db, unit.code), item, [range]);
  return { item: item.code, orgUnit: unit.code, from: range.from.code, to: range.to.code, value: value ?? null };
}

/** An item's month, previous month, same month last year, year to date and the same period last year. */
export async function aggregateMonth(ctx: Ctx, actor: Actor, input: MonthInput) {
  const unit = await requireOrgUnitAccess(ctx.db, actor, 'read', input.orgUnit);
  const month = requirePeriod(input.period, 'period');
  if (month.type !== 'Monthly') throw invalid('INVALID_PERIOD', 'period', vi.notMonthly(month.code));
  const item = await resolveItem(ctx.db, input.item);
  const figures = await monthFigures(ctx.db, await historyOf(ctx.db, unit.code), item, month);
  return { item: item.code, orgUnit: unit.code, period: month.code, ...figures };
}

/** The five monthly-report figures of a resolved item over a subtree; the caller has checked access. */
export async function monthFigures(db: Executor, subtree: Subtree | readonly Subtree[], item: Item, month: Period): Promise<MonthFigures> {
  const ranges = reportSpans(month);
  const values = await itemValues(db, subtree, item, MONTH_FIGURES.map((name) => ranges[name]));
  return Object.fromEntries(MONTH_FIGURES.map((name, i) => [name, values[i] ?? null])) as MonthFigures;
}

/** The subtree below an org unit, with its province root (the first code of its path). */
export async function subtreeOf(db: Executor, unit: { id: number; code: string; path: string }): Promise<Subtree> {
  const rootCode = unit.path.split('/')[1]!;
  const root = rootCode === unit.code ? unit : await findOrgUnitByCode(db, rootCode);
  if (!root) throw new Error(`Org unit ${unit.code} has no root ${rootCode}`);
  return { provinceId: root.id, path: unit.path };
}

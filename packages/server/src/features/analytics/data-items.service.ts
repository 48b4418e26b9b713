/** The `dx` dimension: each item resolved against the metadata to the series it reads and the header it shows. */
import { indicatorRequests, type PeriodRange } from '@syt/core/aggregate/index.ts';
import { AnalyticsQueryError } from '@syt/core/analytics/errors.ts';
import type { CellItem } from '@syt/core/analytics/cells.ts';
import type { SeriesDef } from '@syt/core/analytics/series.ts';
import type { DataItemMeta } from '@syt/core/api/analytics.ts';
import { AppError } from '../../errors.ts';
import type { SeriesRef } from '../aggregate/item.service.ts';
import { resolveItem, type Item } from '../aggregate/item.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { itemNames } from './analytics.repository.ts';
import type { TargetItem } from './target-cells.service.ts';

/** The resolved data items: what the cells read, what the SQL fetches, what the headers show. */
export interface DataItems {
  cells: CellItem[];
  /** `TARGET.` and `ACHIEVEMENT.` items, computed apart (target-cells.service.ts). */
  targets: TargetItem[];
  meta: DataItemMeta[];
  series: SeriesDef[];
  /** Element ids to read, by code; and the ids of LAST elements. */
  elementIds: Map<string, number>;
  lastElementIds: number[];
  /** Every range a fetched series is aggregated over, for the span to read. */
  ranges(periods: readonly PeriodRange[]): PeriodRange[];
}

const TARGET_PREFIXES = { 'TARGET.': 'target', 'ACHIEVEMENT.': 'achievement' } as const;

/** `TARGET.ITEM` → ['target', 'ITEM']; null for any other item. */
function targetOf(code: string): ['target' | 'achievement', string] | null {
  for (const [prefix, kind] of Object.entries(TARGET_PREFIXES)) if (code.startsWith(prefix)) return [kind, code.slice(prefix.length)];
  return null;
}

/** Resolves the query's `dx` items; an unknown or non-numeric item is a 400 naming `dx` and the item. */
export async function resolveDataItems(db: Executor, codes: readonly string[]): Promise<DataItems> {
  if (codes.length === 0) throw new AnalyticsQueryError('EMPTY_DIMENSION', 'dx', '');
  const unique = [...new Set(codes)];
  const targets = await Promise.all(
    unique.flatMap((code) => {
      const target = targetOf(code);
      return target ? [resolveOne(db, target[1], code).then((item): TargetItem => ({ code, kind: target[0], item }))] : [];
    }),
  );
  const items = await Promise.all(unique.filter((code) => !targetOf(code)).map((code) => resolveOne(db, code)));
  const refs = new Map<string, SeriesRef>();
  for (const item of items) for (const s of item.kind === 'element' ? [item.series] : item.series.values()) refs.set(s.key, s);
  const names = await itemNames(
    db,
    [...new Set([...refs.values()].map((s) => s.element))],
    items.flatMap((i) => (i.kind === 'element' && i.code.includes('.') ? i.series.optionComboIds : [])),
    items.filter((i) => i.kind === 'indicator').map((i) => i.code),
  );
  const targetNames = await itemNames(
    db,
    targets.map((t) => t.item.kind === 'element' ? t.item.series.element : '').filter(Boolean),
    targets.flatMap((t) => (t.item.kind === 'element' && t.item.code.includes('.') ? t.item.series.optionComboIds : [])),
    targets.filter((t) => t.item.kind === 'indicator').map((t) => t.item.code),
  );
  const metaByCode = new Map([
    ...items.map((item) => [item.code, metaOf(item, names)] as const),
    ...targets.map((t) => [t.code, targetMeta(t, metaOf(t.item, targetNames))] as const),
  ]);
  const elementIds = new Map([...refs.values()].map((s) => [s.element, s.elementId]));
  return {
    cells: items.map(cellItem),
    targets,
    meta: unique.map((code) => metaByCode.get(code)!),
    series: [...refs.values()].map((s) => ({
      key: s.key, element: s.element, options: s.optionComboIds.map(String), last: s.aggregationType === 'LAST', sourcePeriodTypes: s.sourcePeriodTypes,
    })),
    elementIds,
    lastElementIds: [...refs.values()].filter((s) => s.aggregationType === 'LAST').map((s) => s.elementId),
    ranges: (periods) => [...periods, ...items.flatMap((i) => (i.kind === 'indicator' ? periods.flatMap((p) => indicatorRequests(i, p).map((r) => r.range)) : []))],
  };
}

async function resolveOne(db: Executor, code: string, written = code): Promise<Item> {
  try {
    return await resolveItem(db, code);
  } catch (err) {
    if (err instanceof AppError && err.status === 400) throw new AnalyticsQueryError('UNKNOWN_ITEM', 'dx', written);
    throw err;
  }
}

/** A target is no sum over units or years; an achievement is a percentage with one decimal. */
function targetMeta(t: TargetItem, of: DataItemMeta): DataItemMeta {
  const name = t.kind === 'target' ? `Chỉ tiêu kế hoạch: ${of.name}` : `Tỷ lệ đạt chỉ tiêu (%): ${of.name}`;
  return { code: t.code, name, kind: t.kind, additive: { ou: false, pe: false }, decimals: t.kind === 'target' ? of.decimals : 1 };
}

function cellItem(item: Item): CellItem {
  if (item.kind === 'element') return { code: item.code, kind: 'series', key: item.series.key };
  const series = [...item.series.values()];
  return {
    code: item.code,
    kind: 'indicator',
    indicator: {
      expression: item.expression,
      decimals: item.decimals,
      aggregationTypeOf: (element) => series.find((s) => s.element === element)!.aggregationType,
    },
  };
}

function metaOf(item: Item, names: Awaited<ReturnType<typeof itemNames>>): DataItemMeta {
  if (item.kind === 'indicator') {
    return { code: item.code, name: names.indicators.get(item.code) ?? item.code, kind: 'indicator', additive: { ou: false, pe: false }, decimals: item.decimals };
  }
  const elementName = names.elements.get(item.series.element) ?? item.series.element;
  const option = item.code.includes('.') ? names.options.get(item.series.optionComboIds[0]!) : undefined;
  const last = item.series.aggregationType === 'LAST';
  return {
    code: item.code,
    name: option ? `${elementName} – ${option.name}` : elementName,
    kind: option ? 'option' : 'element',
    additive: { ou: true, pe: !last },
    decimals: null,
  };
}

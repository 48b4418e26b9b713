import { parseExpression, referencesOf } from '@syt/core/expression/index.ts';
import type { AggregationType, PeriodType } from '@syt/core/metadata/types.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Executor } from '../metadata/upsert.ts';
import { findElements, findIndicator, findOptionCombos, findSourcePeriodTypes } from './aggregate.repository.ts';

/** A stored series an item reads: an element, perhaps narrowed to one option combo. */
export interface SeriesRef {
  /** `ELEMENT` or `ELEMENT.OPTION`, as expressions write it. */
  key: string;
  element: string;
  elementId: number;
  /** The one option combo asked for, or every option combo of the element's category combo. */
  optionComboIds: number[];
  aggregationType: AggregationType;
  /** Period types of the data sets holding the element: decides whether its weeks count in calendar ranges. */
  sourcePeriodTypes: PeriodType[];
}

/** What an item code names: one series, or an indicator over several. */
export type Item =
  | { kind: 'element'; code: string; series: SeriesRef }
  | { kind: 'indicator'; code: string; expression: string; decimals: number; series: Map<string, SeriesRef> };

/** The map key of an element and optional option code. */
export const seriesKey = (element: string, option?: string) => (option === undefined ? element : `${element}.${option}`);

const badItem = (message: string) => new AppError(400, 'UNKNOWN_ITEM', message, [{ field: 'item', message }]);

/**
 * Resolves `ELEMENT`, `ELEMENT.OPTION` or an indicator code against the metadata; 400 naming `item` when it is
 * unknown or not a number.
 */
export async function resolveItem(db: Executor, code: string): Promise<Item> {
  const [element, option] = splitCode(code);
  const series = (await resolveSeries(db, [{ element, option }])).get(seriesKey(element, option));
  if (series) return { kind: 'element', code, series };
  const indicator = option === undefined ? await findIndicator(db, code) : undefined;
  if (!indicator) throw badItem(vi.unknownItem(code));
  const refs = referencesOf(parseExpression(indicator.expression));
  const resolved = await resolveSeries(db, refs);
  for (const ref of refs) {
    // The metadata import checks indicator references, so a miss here is a broken database, not bad input.
    if (!resolved.has(seriesKey(ref.element, ref.option))) throw new Error(`Indicator ${code} reads unknown ${ref.element}`);
  }
  return { kind: 'indicator', code, expression: indicator.expression, decimals: indicator.decimals, series: resolved };
}

function splitCode(code: string): [string, string | undefined] {
  const dot = code.indexOf('.');
  return dot < 0 ? [code, undefined] : [code.slice(0, dot), code.slice(dot + 1)];
}

/** The series of element (and option) references that exist; a non-numeric element answers 400. */
async function resolveSeries(db: Executor, refs: { element: string; option?: string | undefined }[]) {
  const elements = await findElements(db, [...new Set(refs.map((r) => r.element))]);
  const [combos, sources] = await Promise.all([
    findOptionCombos(db, [...new Set(elements.map((e) => e.category_combo_id))]),
    findSourcePeriodTypes(db, elements.map((e) => e.id)),
  ]);
  const out = new Map<string, SeriesRef>();
  for (const ref of refs) {
    const element = elements.find((e) => e.code === ref.element);
    if (!element) continue;
    if (element.value_type === 'TEXT') throw badItem(vi.itemNotNumeric(element.code));
    const own = combos.filter((c) => c.category_combo_id === element.category_combo_id);
    const chosen = ref.option === undefined ? own : own.filter((c) => c.code === ref.option);
    if (chosen.length === 0) continue;
    const key = seriesKey(element.code, ref.option);
    out.set(key, {
      key,
      element: element.code,
      elementId: element.id,
      optionComboIds: chosen.map((c) => c.id),
      aggregationType: element.aggregation_type as AggregationType,
      sourcePeriodTypes: sources.get(element.id) ?? [],
    });
  }
  return out;
}

/**
 * Small report figures for tests, built from a table: `['TCM_CASES', 'month', { 608: 3, 611: 7 }]` gives a total of
 * 10 split over two districts; `['TCM_CASES', 'previousMonth', 13]` a total alone. A share keyed `province` counts
 * in the total but belongs to no district (a figure reported at province level).
 */
import { DEFAULT_PACKAGE } from '../../../../metadata/default-package.ts';
import type { Disease } from '../../../../metadata/types.ts';
import type { ReportFigures, ReportUnit } from '../../../figures.ts';
import { defaultReportHeader } from '../../../header.ts';
import type { FigureSpan } from '../../../model.ts';
import { writerContext, type WriterContext } from '../../context.ts';
import { KONTUM_DISTRICTS } from '../../golden/seed-001-input.ts';

export { KONTUM_DISTRICTS };

export type FigureRow = readonly [item: string, span: FigureSpan, value: number | Readonly<Record<string, number>>];

/** Figures answering exactly the rows given; anything else reads as not stored (null, no shares). */
export function fakeFigures(period: string, rows: readonly FigureRow[]): ReportFigures {
  const totals = new Map<string, number>();
  const shares = new Map<string, Map<string, number>>();
  for (const [item, span, value] of rows) {
    const key = `${item}@${span}`;
    const parts = typeof value === 'number' ? {} : value;
    totals.set(key, typeof value === 'number' ? value : Object.values(parts).reduce((a, b) => a + b, 0));
    const byUnit = new Map(Object.entries(parts).filter(([unit, v]) => unit !== 'province' && v !== 0));
    shares.set(key, byUnit);
  }
  return {
    period,
    total: (item, span) => totals.get(`${item}@${span}`) ?? null,
    byUnit: (item, span) => shares.get(`${item}@${span}`) ?? new Map(),
  };
}


/** A writer context for Kon Tum over the given rows (default package diseases unless told). */
export function fakeContext(
  rows: readonly FigureRow[],
  period = '202311',
  diseases: Disease[] = DEFAULT_PACKAGE.diseases,
): WriterContext {
  const province: ReportUnit = { code: '62', name: 'Tỉnh Kon Tum', sentenceName: 'tỉnh Kon Tum', sortOrder: 1 };
  return writerContext({
    period,
    orgUnit: province,
    children: KONTUM_DISTRICTS,
    diseases,
    indicators: [],
    figures: fakeFigures(period, rows),
    header: defaultReportHeader(province),
  });
}

/** A disease of the default package by code. */
export function diseaseByCode(code: string): Disease {
  return DEFAULT_PACKAGE.diseases.find((d) => d.code === code)!;
}

/** The text of a block's sentences as printed (without footnotes). */
export function textOf(block: { sentences: { text: string }[] } | null): string {
  return block ? block.sentences.map((s) => s.text).join(' ') : '';
}

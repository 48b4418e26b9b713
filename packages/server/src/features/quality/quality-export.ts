import type { ExportTable } from '../../render/table-export.ts';
import type { OutlierRow } from './outliers.service.ts';
import { HISTORY_CELL_LABELS } from '@syt/core/quality/index.ts';
import type { HistoryRow } from './completeness-history.service.ts';
import { HISTORY_COLUMNS, OUTLIER_COLUMNS, VALIDATION_COLUMNS } from './quality.messages.ts';
import type { ValidationRow } from './validation-analysis.service.ts';

/** The outlier list as a table for download, in the page's columns. */
export function outlierTable(rows: readonly OutlierRow[]): ExportTable {
  return {
    sheetName: 'Giá trị bất thường',
    headings: OUTLIER_COLUMNS,
    rows: rows.map((r) => [
      r.dataElement, r.dataElementName, r.categoryOptionComboName, r.orgUnit, r.orgUnitName, r.period, r.value, r.min, r.max, r.z,
      r.outsideBounds ? 'Có' : 'Không', r.followUp ? 'Có' : 'Không', r.comment,
    ]),
  };
}

/** The failed rules as a table for download. */
export function validationTable(rows: readonly ValidationRow[]): ExportTable {
  return {
    sheetName: 'Vi phạm quy tắc kiểm tra',
    headings: VALIDATION_COLUMNS,
    rows: rows.map((r) => [r.orgUnit, r.orgUnitName, r.period, r.rule, r.importance, r.message, r.left, r.operator, r.right]),
  };
}

/** A year of reporting, unit by unit, as a table for download (an empty cell: the unit did not exist that month). */
export function historyTable(year: number, rows: readonly HistoryRow[]): ExportTable {
  return {
    sheetName: `Tình hình nộp ${year}`,
    headings: HISTORY_COLUMNS,
    rows: rows.map((r) => [
      r.orgUnit.code, r.orgUnit.name, ...r.months.map((m) => (m ? HISTORY_CELL_LABELS[m] : null)),
      r.counts.due, r.counts.reported, r.counts.onTime, r.counts.late, r.counts.missing,
    ]),
  };
}

import type { ExportTable } from '../../render/table-export.ts';
import type { OutlierRow } from './outliers.service.ts';
import { OUTLIER_COLUMNS } from './quality.messages.ts';

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

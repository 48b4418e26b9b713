import type { DataSet } from '@syt/core/metadata/types.ts';
import { vi } from '../../../i18n/vi.ts';
import type { MetadataListConfig } from '../metadata-types.ts';
import { CodeCell } from './code-cell.tsx';

const t = vi.metadata;

/** Biểu mẫu: code, name, period type, due date, number of sections. */
export const dataSetColumns: MetadataListConfig<DataSet> = {
  columns: [
    { header: t.columns.code, render: (item) => <CodeCell code={item.code} />, minWidth: 160 },
    { header: t.columns.name, render: (item) => item.name, minWidth: 220 },
    { header: t.columns.periodType, render: (item) => t.periodTypes[item.periodType], nowrap: true },
    { header: t.columns.due, render: (item) => t.due(item.periodType, item.dueDay), nowrap: true },
    { header: t.columns.sections, render: (item) => t.sectionsCount(item.sections.length), nowrap: true },
  ],
  searchText: (item) => `${item.code} ${item.name}`,
};

import type { DataElement } from '@syt/core/metadata/types.ts';
import { vi } from '../../../i18n/vi.ts';
import type { MetadataListConfig } from '../metadata-types.ts';
import { CategoryComboName } from './category-combo-name.tsx';
import { CodeCell } from './code-cell.tsx';

const t = vi.metadata;

/** Phần tử dữ liệu: code, name, value type, aggregation over time, disaggregation. */
export const dataElementColumns: MetadataListConfig<DataElement> = {
  columns: [
    { header: t.columns.code, render: (item) => <CodeCell code={item.code} />, minWidth: 160 },
    { header: t.columns.name, render: (item) => item.name, minWidth: 220 },
    { header: t.columns.valueType, render: (item) => t.valueTypes[item.valueType], nowrap: true },
    { header: t.columns.aggregationType, render: (item) => t.aggregationTypes[item.aggregationType], nowrap: true },
    {
      header: t.columns.disaggregation,
      render: (item) => <CategoryComboName code={item.categoryCombo} />,
      nowrap: true,
    },
  ],
  searchText: (item) => `${item.code} ${item.name} ${item.shortName ?? ''}`,
};

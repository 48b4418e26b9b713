import type { Category } from '@syt/core/metadata/types.ts';
import { vi } from '../../../i18n/vi.ts';
import type { MetadataListConfig } from '../metadata-types.ts';
import { CodeCell } from './code-cell.tsx';

const t = vi.metadata;

/** Phân tổ: code, name, its options. */
export const categoryColumns: MetadataListConfig<Category> = {
  columns: [
    { header: t.columns.code, render: (item) => <CodeCell code={item.code} />, minWidth: 160 },
    { header: t.columns.name, render: (item) => item.name, minWidth: 220 },
    { header: t.columns.options, render: (item) => item.options.map((option) => option.name).join('; ') },
  ],
  searchText: (item) =>
    `${item.code} ${item.name} ${item.options.map((option) => `${option.code} ${option.name}`).join(' ')}`,
};

import { Code } from '@mantine/core';
import type { Indicator } from '@syt/core/metadata/types.ts';
import { vi } from '../../../i18n/vi.ts';
import type { MetadataListConfig } from '../metadata-types.ts';
import { CodeCell } from './code-cell.tsx';

const t = vi.metadata;

/** Chỉ số: code, name, formula, and whom a coverage indicator covers (the report writes it as it stands). */
export const indicatorColumns: MetadataListConfig<Indicator> = {
  columns: [
    { header: t.columns.code, render: (item) => <CodeCell code={item.code} />, minWidth: 160 },
    { header: t.columns.name, render: (item) => item.name, minWidth: 220 },
    {
      header: t.columns.expression,
      render: (item) => (
        <Code block fz="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {item.expression}
        </Code>
      ),
    },
    { header: t.columns.targetGroup, render: (item) => item.targetGroup ?? '—', minWidth: 200 },
  ],
  searchText: (item) => `${item.code} ${item.name} ${item.expression} ${item.targetGroup ?? ''}`,
};

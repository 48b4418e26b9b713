import { Badge, Code } from '@mantine/core';
import type { Importance, ValidationRule } from '@syt/core/metadata/types.ts';
import { vi } from '../../../i18n/vi.ts';
import type { MetadataListConfig } from '../metadata-types.ts';
import { CodeCell } from './code-cell.tsx';

const t = vi.metadata;
const importanceColors: Record<Importance, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'gray' };

function Expression({ text }: { text: string }) {
  return (
    <Code fz="xs" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Code>
  );
}

/** Quy tắc kiểm tra: code, message, left side, operator, right side, importance. */
export const validationRuleColumns: MetadataListConfig<ValidationRule> = {
  columns: [
    { header: t.columns.code, render: (item) => <CodeCell code={item.code} />, minWidth: 160 },
    { header: t.columns.message, render: (item) => item.message, minWidth: 240 },
    { header: t.columns.left, render: (item) => <Expression text={item.left} /> },
    { header: t.columns.operator, render: (item) => t.operators[item.operator], nowrap: true },
    { header: t.columns.right, render: (item) => <Expression text={item.right} /> },
    {
      header: t.columns.importance,
      render: (item) => (
        <Badge color={importanceColors[item.importance]} variant="light" radius="sm">
          {t.importance[item.importance]}
        </Badge>
      ),
      nowrap: true,
    },
  ],
  searchText: (item) => `${item.code} ${item.name} ${item.message} ${item.left} ${item.right}`,
};

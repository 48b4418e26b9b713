import { Badge } from '@mantine/core';
import type { Disease, DiseaseGroup, IsoDate } from '@syt/core/metadata/types.ts';
import { vi } from '../../../i18n/vi.ts';
import { serverToday } from '../../../lib/server-clock.ts';
import type { MetadataListConfig } from '../metadata-types.ts';
import { CodeCell } from './code-cell.tsx';

const t = vi.metadata;

/** The legal group in force on `date`, or null when the disease is not notifiable then. */
export function groupOn(disease: Disease, date: IsoDate): DiseaseGroup | null {
  const span = disease.groups.find(
    (item) => (item.validFrom === null || item.validFrom <= date) && (item.validTo === null || date <= item.validTo),
  );
  return span?.group ?? null;
}

const groupColors: Record<DiseaseGroup, string> = { A: 'red', B: 'orange', C: 'yellow' };

function GroupBadge({ disease }: { disease: Disease }) {
  const group = groupOn(disease, serverToday());
  if (!group) return <>{t.noCurrentGroup}</>;
  return (
    <Badge color={groupColors[group]} variant="light" radius="sm">
      {t.diseaseGroup(group)}
    </Badge>
  );
}

/** Bệnh truyền nhiễm: code, name, current group, order in the report, watch list. */
export const diseaseColumns: MetadataListConfig<Disease> = {
  columns: [
    { header: t.columns.code, render: (item) => <CodeCell code={item.code} />, minWidth: 160 },
    { header: t.columns.name, render: (item) => item.name, minWidth: 220 },
    { header: t.columns.group, render: (item) => <GroupBadge disease={item} />, nowrap: true },
    { header: t.columns.reportOrder, render: (item) => item.reportOrder, nowrap: true },
    {
      header: t.columns.watched,
      render: (item) => (item.watchOrder === null ? t.notWatched : t.watched(item.watchOrder)),
      nowrap: true,
    },
  ],
  searchText: (item) => `${item.code} ${item.name}`,
};

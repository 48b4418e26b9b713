import { MultiSelect } from '@mantine/core';
import { ANALYTICS_LIMITS } from '@syt/core/api/analytics.ts';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { groupedFoldedFilter } from './grouped-filter.ts';
import { useDataItems } from './use-data-items.ts';

/** The data dimension of a query: elements, their disaggregations and indicators, searched without diacritics. */
export function DataItemPicker({ value, onChange }: { value: string[]; onChange: (value: string[]) => void }) {
  const { groups, names, loading } = useDataItems();
  const unknown = value.filter((v) => !names.has(v)).map((v) => ({ value: v, label: v }));
  return (
    <MultiSelect
      label={t.data.label}
      placeholder={value.length ? undefined : t.data.placeholder}
      nothingFoundMessage={t.data.nothingFound}
      data={unknown.length ? [...groups, { group: '', items: unknown }] : groups}
      value={value}
      onChange={onChange}
      searchable
      filter={groupedFoldedFilter}
      limit={80}
      maxValues={ANALYTICS_LIMITS.dx}
      disabled={loading}
      hidePickedOptions
      data-testid="analytics-dx"
    />
  );
}

import { Group, Select } from '@mantine/core';
import { vi } from '../../../i18n/vi.ts';
import { foldedFilter } from '../../../lib/folded-filter.ts';
import type { AvailableForm } from '../data-entry-types.ts';
import type { FormSearch } from '../entry-search.ts';
import { completeSearch } from './complete-search.ts';
import { PeriodPicker } from './period-picker.tsx';

interface FormPickersProps {
  forms: readonly AvailableForm[];
  search: FormSearch;
  onChange: (search: FormSearch) => void;
}

const t = vi.dataEntry.pickers;

/** Biểu mẫu → Đơn vị (only those the data set is assigned to in the user's scope) → Kỳ báo cáo. */
export function FormPickers({ forms, search, onChange }: FormPickersProps) {
  const form = forms.find((f) => f.dataSet.code === search.dataSet);
  return (
    <Group align="flex-end" gap="md" wrap="wrap" data-testid="form-pickers">
      <Select
        label={t.dataSet}
        placeholder={t.dataSetPlaceholder}
        data={forms.map((f) => ({ value: f.dataSet.code, label: f.dataSet.name }))}
        value={form ? form.dataSet.code : null}
        onChange={(dataSet) => dataSet && onChange(completeSearch(forms, { ...search, dataSet }))}
        searchable
        filter={foldedFilter}
        nothingFoundMessage={t.nothingFound}
        allowDeselect={false}
        w={{ base: '100%', sm: 420 }}
        comboboxProps={{ width: 'target' }}
        data-testid="pick-data-set"
      />
      <Select
        label={t.orgUnit}
        placeholder={t.orgUnitPlaceholder}
        data={(form?.orgUnits ?? []).map((unit) => ({ value: unit.code, label: unit.name }))}
        value={search.orgUnit ?? null}
        onChange={(orgUnit) => orgUnit && onChange({ ...search, orgUnit })}
        disabled={!form}
        searchable
        filter={foldedFilter}
        nothingFoundMessage={t.nothingFound}
        allowDeselect={false}
        w={{ base: '100%', sm: 240 }}
        data-testid="pick-org-unit"
      />
      {form && (
        <PeriodPicker
          periodType={form.dataSet.periodType}
          value={search.period}
          onChange={(period) => onChange({ ...search, period })}
          testId="pick-period"
        />
      )}
    </Group>
  );
}

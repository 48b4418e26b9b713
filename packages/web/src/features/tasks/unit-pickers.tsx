import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { vi } from '../../i18n/vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { orgUnitsQuery } from '../org-units/org-units-query.ts';

/**
 * Every unit as an option (`Đăk Hà`), in the canonical order of `/api/org-units`. Not filtered by the browser's date:
 * the server's clock decides which units exist (demos and tests run it in the past), and it refuses unknown ones.
 */
export function useUnitOptions() {
  const units = useQuery(orgUnitsQuery());
  const options = useMemo(() => (units.data ?? []).map((u) => ({ value: u.code, label: u.name })), [units.data]);
  return { options, loading: units.isPending };
}

/** What both pickers share: the units, searchable without diacritics, disabled while they load. */
function useUnitPickerProps() {
  const { options, loading } = useUnitOptions();
  return {
    placeholder: vi.tasks.form.unitPlaceholder,
    nothingFoundMessage: vi.tasks.form.unitNothingFound,
    data: options,
    searchable: true,
    filter: foldedFilter,
    disabled: loading,
  };
}

/** One unit. */
export function UnitSelect(props: Omit<SelectProps, 'data'>) {
  return <Select {...useUnitPickerProps()} {...props} />;
}

/** Several units (coordinating units, a request's group). */
export function UnitMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  return <MultiSelect {...useUnitPickerProps()} {...props} />;
}

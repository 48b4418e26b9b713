import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { vi } from '../../i18n/vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { orgUnitsQuery } from '../org-units/org-units-query.ts';

/** Scope picker: every org unit by name (closed ones marked), searchable without diacritics. */
export function ScopeSelect(props: Omit<SelectProps, 'data'>) {
  const units = useQuery(orgUnitsQuery());
  const options = useMemo(
    () =>
      (units.data ?? []).map((unit) => ({
        value: unit.code,
        label: unit.closingDate ? vi.users.form.closedUnit(unit.name) : unit.name,
      })),
    [units.data],
  );
  return (
    <Select
      label={vi.users.form.scope}
      placeholder={vi.users.form.scopePlaceholder}
      nothingFoundMessage={vi.users.form.scopeNothingFound}
      data={options}
      searchable
      filter={foldedFilter}
      allowDeselect={false}
      withAsterisk
      disabled={units.isPending}
      {...props}
    />
  );
}

import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { matchesSearch } from '@syt/core/vi/fold.ts';

/** A Select/Combobox filter that matches labels without diacritics, like every other search box of the app. */
export const foldedFilter: OptionsFilter = ({ options, search }) =>
  options.filter((option) => 'label' in option && matchesSearch((option as ComboboxItem).label, search));

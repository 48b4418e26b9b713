import { isOptionsGroup, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { matchesSearch } from '@syt/core/vi/fold.ts';

const matches = (item: ComboboxItem, search: string) => matchesSearch(`${item.value} ${item.label}`, search);

/** A filter for grouped options that matches code or label without diacritics, and drops groups left empty. */
export const groupedFoldedFilter: OptionsFilter = ({ options, search, limit }) => {
  const result: ComboboxParsedItem[] = [];
  let left = limit;
  for (const option of options) {
    if (left <= 0) break;
    if (isOptionsGroup(option)) {
      const items = option.items.filter((item) => matches(item, search)).slice(0, left);
      if (items.length > 0) result.push({ ...option, items });
      left -= items.length;
    } else if (matches(option, search)) {
      result.push(option);
      left -= 1;
    }
  }
  return result;
};

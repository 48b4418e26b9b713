import type { Category, DataElement, Indicator } from '@syt/core/metadata/types.ts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { metadataQuery } from '../metadata/metadata-query.ts';

export interface DataItemOption {
  value: string;
  label: string;
}

/**
 * The data items a query may name, grouped for the picker: elements, each disaggregation of an element
 * (`LAO_CASES.AFB_POS`), indicators, and the plan target and achievement of each. A disaggregation is offered when the element's category combo has one
 * category, whose options are then its option combos.
 */
export function dataItemGroups(elements: DataElement[], categories: Category[], indicators: Indicator[]) {
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const options: DataItemOption[] = elements.flatMap((element) =>
    (byCode.get(element.categoryCombo)?.options ?? []).map((option) => ({
      value: `${element.code}.${option.code}`,
      label: `${element.name} – ${option.name}`,
    })),
  );
  const items = [...elements, ...indicators].map((i) => ({ code: i.code, name: i.name }));
  return [
    { group: t.data.groups.element, items: elements.map((e) => ({ value: e.code, label: e.name })) },
    { group: t.data.groups.option, items: options },
    { group: t.data.groups.indicator, items: indicators.map((i) => ({ value: i.code, label: i.name })) },
    // A yearly plan target and its achievement (issue 9): the server answers them for yearly periods.
    { group: t.data.groups.target, items: items.map((i) => ({ value: `TARGET.${i.code}`, label: t.data.target(i.name) })) },
    {
      group: t.data.groups.achievement,
      items: items.map((i) => ({ value: `ACHIEVEMENT.${i.code}`, label: t.data.achievement(i.name) })),
    },
  ].filter((group) => group.items.length > 0);
}

/** Elements, their disaggregations and indicators from the metadata lists every signed-in user may read. */
export function useDataItems() {
  const elements = useQuery(metadataQuery('data-elements'));
  const categories = useQuery(metadataQuery('categories'));
  const indicators = useQuery(metadataQuery('indicators'));
  const groups = useMemo(
    () => dataItemGroups(elements.data ?? [], categories.data ?? [], indicators.data ?? []),
    [elements.data, categories.data, indicators.data],
  );
  const names = useMemo(() => new Map(groups.flatMap((g) => g.items.map((i) => [i.value, i.label]))), [groups]);
  return { groups, names, loading: elements.isPending || categories.isPending || indicators.isPending };
}

import { MultiSelect } from '@mantine/core';
import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { serverToday } from '../../lib/server-clock.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { orgUnitsQuery } from '../org-units/org-units-query.ts';
import { groupedFoldedFilter } from './grouped-filter.ts';

const KEYWORDS = ['USER_ORGUNIT', 'USER_ORGUNIT_CHILDREN', 'OU_GROUP-AREA', 'OU_GROUP-HEALTH_UNIT'] as const;

/** The user's root and every unit under it, ever: a closed unit's past values may still be analysed. */
function subtree(units: readonly OrgUnit[], root: string): OrgUnit[] {
  const inside = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units)
      if (u.parent && inside.has(u.parent) && !inside.has(u.code)) {
        inside.add(u.code);
        grew = true;
      }
  }
  return units.filter((u) => inside.has(u.code));
}

/** Org-unit options: the user's unit and its children, whole levels under it, groups, and units one by one. */
export function useOrgUnitOptions() {
  const user = useCurrentUser();
  const units = useQuery(orgUnitsQuery());
  const today = serverToday();
  return useMemo(() => {
    const mine = subtree(units.data ?? [], user.orgUnit.code);
    const levels = [...new Set(mine.map((u) => u.level))].sort((a, b) => a - b);
    const groups = [
      {
        group: t.orgUnits.groups.keywords,
        items: KEYWORDS.map((k) => ({ value: k, label: t.orgUnits.keywords[k]! })),
      },
      { group: t.orgUnits.groups.levels, items: levels.map((l) => ({ value: `LEVEL-${l}`, label: t.orgUnits.level(l) })) },
      {
        group: t.orgUnits.groups.units,
        // A unit closed by the server's today says until when; one still open (or closing later) is named plainly.
        items: mine.map((u) => ({
          value: u.code,
          label: u.closingDate && u.closingDate < today ? t.orgUnits.closed(u.name, vnDate(u.closingDate)) : u.name,
        })),
      },
    ];
    return { groups, loading: units.isPending };
  }, [units.data, units.isPending, user.orgUnit.code, today]);
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** The org-unit dimension of a query. */
export function OrgUnitPicker({ value, onChange }: { value: string[]; onChange: (value: string[]) => void }) {
  const { groups, loading } = useOrgUnitOptions();
  // A code the lists do not know (another scope's, typed in a link) stays visible so it can be removed.
  const known = new Set(groups.flatMap((g) => g.items.map((i) => i.value)));
  const unknown = value.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v }));
  return (
    <MultiSelect
      label={t.orgUnits.label}
      placeholder={value.length ? undefined : t.orgUnits.placeholder}
      nothingFoundMessage={t.orgUnits.nothingFound}
      data={unknown.length ? [...groups, { group: '', items: unknown }] : groups}
      value={value}
      onChange={onChange}
      searchable
      filter={groupedFoldedFilter}
      disabled={loading}
      hidePickedOptions
      data-testid="analytics-ou"
    />
  );
}

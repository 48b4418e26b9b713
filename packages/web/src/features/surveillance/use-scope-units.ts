import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { serverToday } from '../../lib/server-clock.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { orgUnitsQuery } from '../org-units/org-units-query.ts';

/**
 * The areas a user follows in surveillance: the scope's root and the districts under it that exist today on the
 * server's clock. Health units (the CDC, sub-departments) report, but cases are counted by area.
 */
export function useScopeUnits() {
  const user = useCurrentUser();
  const units = useQuery(orgUnitsQuery(serverToday()));
  const options = useMemo(() => {
    const list = units.data ?? [];
    const root = list.find((u) => u.code === user.orgUnit.code);
    const below = list.filter((u) => u.parent === user.orgUnit.code && !u.type);
    const all = root ? [root, ...below] : [{ code: user.orgUnit.code, name: user.orgUnit.name }, ...below];
    return all.map((u) => ({ value: u.code, label: u.name }));
  }, [units.data, user.orgUnit.code, user.orgUnit.name]);
  return { options, loading: units.isPending };
}

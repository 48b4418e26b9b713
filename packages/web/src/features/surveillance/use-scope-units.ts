import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { serverToday } from '../../lib/server-clock.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { orgUnitsQuery } from '../org-units/org-units-query.ts';

/**
 * The areas a user follows in surveillance: the scope's root and the districts under it that exist today on the
 * server's clock. Cases are counted by area, so a health unit's users (the CDC, who watch the whole province) follow
 * the area the unit belongs to.
 */
export function useScopeUnits() {
  const user = useCurrentUser();
  const units = useQuery(orgUnitsQuery(serverToday()));
  const options = useMemo(() => {
    const list = units.data ?? [];
    const own = list.find((u) => u.code === user.orgUnit.code);
    const root = own?.type ? list.find((u) => u.code === own.parent) : own;
    if (!root) return [{ value: user.orgUnit.code, label: user.orgUnit.name }];
    const below = list.filter((u) => u.parent === root.code && !u.type);
    return [root, ...below].map((u) => ({ value: u.code, label: u.name }));
  }, [units.data, user.orgUnit.code, user.orgUnit.name]);
  return { options, loading: units.isPending };
}

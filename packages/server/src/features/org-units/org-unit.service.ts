import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { sortCanonical, unitsOpenOn } from '@syt/core/orgunit/tree.ts';
import type { Executor } from '../metadata/upsert.ts';
import { readOrgUnits } from './org-unit.repository.ts';

/** Org units in canonical order; with a date, only those open on that day. */
export async function listOrgUnits(db: Executor, date?: string): Promise<OrgUnit[]> {
  const units = sortCanonical(await readOrgUnits(db));
  return date ? unitsOpenOn(units, date) : units;
}

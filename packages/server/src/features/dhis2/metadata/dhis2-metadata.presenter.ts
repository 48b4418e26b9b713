import type { Ref } from '@syt/core/dhis2-query/fields.ts';
import { DEFAULT_CATEGORY_COMBO_UID, type UidKind } from '@syt/core/metadata/uid.ts';
import type { Dhis2MetadataRows } from './dhis2-metadata.repository.ts';

/** The metadata lists DHIS2 scripts read, by their DHIS2 path name. */
export const DHIS2_COLLECTIONS = ['dataSets', 'dataElements', 'organisationUnits'] as const;
export type Dhis2Collection = (typeof DHIS2_COLLECTIONS)[number];

type Dhis2Object = Record<string, unknown> & { id: string };
export type Dhis2Objects = Record<Dhis2Collection | 'categoryCombos', Map<string, Dhis2Object>>;

const ref = (kind: UidKind, id: string): Ref => ({ ref: kind, id });

/** DHIS2 writes dates as local date-times without zone. */
const dhis2Date = (isoDate: string | null) => (isoDate ? `${isoDate}T00:00:00.000` : undefined);

/**
 * Every object in DHIS2's shape, keyed by UID. References are `Ref`s, expanded only when a nested `fields` selection
 * asks; nothing SYT does not hold is filled in (no `created`, no `lastUpdated`, no sections without UIDs).
 */
export function presentDhis2Objects(rows: Dhis2MetadataRows): Dhis2Objects {
  const byUid = <T extends Dhis2Object>(list: T[]) => new Map(list.map((o) => [o.id, o]));
  const unitUid = new Map(rows.unitUids.map((u) => [u.code, u.uid]));
  const childrenOf = new Map<string, Ref[]>();
  for (const u of rows.orgUnits) {
    if (u.parent) childrenOf.set(u.parent, [...(childrenOf.get(u.parent) ?? []), ref('orgUnit', u.uid)]);
  }
  const setsOfUnit = new Map<string, Ref[]>();
  for (const a of rows.assignments) setsOfUnit.set(a.orgUnit, [...(setsOfUnit.get(a.orgUnit) ?? []), ref('dataSet', a.dataSet)]);
  return {
    categoryCombos: byUid(rows.combos.map((c) => ({ id: c.uid, code: c.code, name: c.name, displayName: c.name }))),
    dataElements: byUid(
      rows.dataElements.map((d) => ({
        id: d.uid,
        code: d.code,
        name: d.name,
        displayName: d.name,
        shortName: d.short_name ?? undefined,
        description: d.description ?? undefined,
        valueType: d.value_type,
        aggregationType: d.aggregation_type,
        domainType: 'AGGREGATE',
        categoryCombo: ref('categoryCombo', d.combo),
      })),
    ),
    dataSets: byUid(
      rows.dataSets.map((s) => ({
        id: s.uid,
        code: s.code,
        name: s.name,
        displayName: s.name,
        periodType: s.period_type,
        // SYT's data sets have no attribute categories: DHIS2's default combo.
        categoryCombo: ref('categoryCombo', DEFAULT_CATEGORY_COMBO_UID),
        dataSetElements: [...new Set(rows.members.filter((m) => m.data_set_id === s.id).map((m) => m.uid))].map((uid) => ({
          dataElement: ref('dataElement', uid),
          dataSet: ref('dataSet', s.uid),
        })),
        organisationUnits: rows.assignments.filter((a) => a.dataSet === s.uid).map((a) => ref('orgUnit', a.orgUnit)),
      })),
    ),
    organisationUnits: byUid(
      rows.orgUnits.map((u) => ({
        id: u.uid,
        code: u.code,
        name: u.name,
        displayName: u.name,
        shortName: u.name,
        level: u.level,
        // DHIS2's path runs from the root by UID: `/uidProvince/uidDistrict`.
        path: `/${u.path.split('/').filter(Boolean).map((c) => unitUid.get(c) ?? c).join('/')}`,
        parent: u.parent ? ref('orgUnit', u.parent) : undefined,
        children: childrenOf.get(u.uid) ?? [],
        leaf: !childrenOf.has(u.uid),
        openingDate: dhis2Date(u.opening_date),
        closedDate: dhis2Date(u.closing_date),
        dataSets: setsOfUnit.get(u.uid) ?? [],
      })),
    ),
  };
}

const COLLECTION_OF_KIND: Partial<Record<string, keyof Dhis2Objects>> = {
  dataElement: 'dataElements',
  dataSet: 'dataSets',
  orgUnit: 'organisationUnits',
  categoryCombo: 'categoryCombos',
};

/** Looks a reference up among the objects the caller may see (null: outside the caller's scope). */
export const resolverOf = (objects: Dhis2Objects) => (r: Ref) => {
  const collection = COLLECTION_OF_KIND[r.ref];
  return (collection && objects[collection].get(r.id)) || null;
};

/** A commune level below the demo's districts, for benchmarks at the scale of a real province (10 × 10 communes). */
import type { DataValue } from '../packages/core/src/datavalue/types.ts';
import type { OrgUnit } from '../packages/core/src/metadata/types.ts';

export const PROVINCE = '62';
export const DISTRICTS = ['608', '615', '612', '611', '610', '617', '614', '613', '616', '618'];
export const COMMUNES_PER_DISTRICT = 10;

const communeCode = (district: string, i: number) => `${district}${String(i + 1).padStart(2, '0')}`;

/** Ten communes under each district, open since 2004. */
export function communes(): OrgUnit[] {
  return DISTRICTS.flatMap((district) =>
    Array.from({ length: COMMUNES_PER_DISTRICT }, (_, i) => ({
      code: communeCode(district, i),
      name: `Xã ${i + 1} (${district})`,
      level: 3,
      parent: district,
      sortOrder: i + 1,
      openingDate: '2004-01-01',
      closingDate: null,
      successors: [],
    })),
  );
}

/**
 * District values moved down to their communes: each split into ten shares that add up to it (so every district and
 * province total is unchanged); values stored at the province stay there.
 */
export function splitOverCommunes(values: readonly DataValue[]): DataValue[] {
  const districts = new Set(DISTRICTS);
  return values.flatMap((v) => {
    if (!districts.has(v.orgUnit)) return [v];
    const total = Number(v.value);
    if (!Number.isInteger(total) || total < 0) return [v];
    const base = Math.floor(total / COMMUNES_PER_DISTRICT);
    const extra = total % COMMUNES_PER_DISTRICT;
    return Array.from({ length: COMMUNES_PER_DISTRICT }, (_, i) => ({
      ...v,
      orgUnit: communeCode(v.orgUnit, i),
      value: String(base + (i < extra ? 1 : 0)),
    }));
  });
}

import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../metadata/types.ts';
import { KONTUM_ORG_UNITS } from './kontum.ts';
import {
  ancestorsOf,
  buildTree,
  descendantsOf,
  isArea,
  isOpenOn,
  isWithin,
  sortCanonical,
  successorsOn,
  unitsOpenOn,
} from './tree.ts';

const units = KONTUM_ORG_UNITS.orgUnits;
const CANONICAL_DISTRICTS = ['608', '615', '612', '611', '610', '617', '614', '613', '616', '618'];
// The province's health units come after its districts.
const CANONICAL_CHILDREN = [...CANONICAL_DISTRICTS, 'KT_CDC', 'KT_CCDS', 'KT_CCATTP'];
const codes = (xs: OrgUnit[]) => xs.map((u) => u.code);

/** A unit with defaults, for hand-made trees. */
function ou(code: string, parent: string | null, sortOrder: number, extra: Partial<OrgUnit> = {}): OrgUnit {
  const level = extra.level ?? (parent === null ? 1 : 2);
  return {
    code,
    name: code,
    level,
    parent,
    sortOrder,
    openingDate: '2000-01-01',
    closingDate: null,
    successors: [],
    ...extra,
  };
}

describe('org-unit tree', () => {
  it('builds the Kon Tum tree with districts in canonical order', () => {
    const shuffled = [...units].reverse();
    const tree = buildTree(shuffled);
    expect(tree.map((n) => n.unit.code)).toEqual(['62', '51']);
    expect(tree[0]!.children.map((n) => n.unit.code)).toEqual(CANONICAL_CHILDREN);
    expect(tree[0]!.children.filter((n) => isArea(n.unit)).map((n) => n.unit.code)).toEqual(CANONICAL_DISTRICTS);
    expect(tree[1]!.children).toEqual([]);
  });

  it('sorts canonically by level, then path order', () => {
    const mixed = [...units].sort((a, b) => a.code.localeCompare(b.code));
    expect(codes(sortCanonical(mixed))).toEqual(['62', '51', ...CANONICAL_CHILDREN]);
    const communes = [
      ou('A', null, 1),
      ou('B', null, 2),
      ou('B1', 'B', 1),
      ou('A2', 'A', 2),
      ou('A1', 'A', 1),
      ou('B1x', 'B1', 1, { level: 3 }),
      ou('A2x', 'A2', 1, { level: 3 }),
      ou('A1y', 'A1', 2, { level: 3 }),
      ou('A1x', 'A1', 1, { level: 3 }),
    ];
    expect(codes(sortCanonical(communes))).toEqual(['A', 'B', 'A1', 'A2', 'B1', 'A1x', 'A1y', 'A2x', 'B1x']);
  });

  it('knows which units are open on a date', () => {
    expect(
      isOpenOn(
        units.find((u) => u.code === '615')!,
        '2025-06-30',
      ),
    ).toBe(true);
    expect(
      isOpenOn(
        units.find((u) => u.code === '615')!,
        '2025-07-01',
      ),
    ).toBe(false);
    expect(codes(unitsOpenOn(units, '2025-06-30')).sort()).toEqual(['62', ...CANONICAL_CHILDREN].sort());
    expect(codes(unitsOpenOn(units, '2025-07-01'))).toEqual(['51']);
  });

  it('finds descendants, ancestors and containment', () => {
    expect(codes(descendantsOf(units, '62'))).toEqual(['62', ...CANONICAL_CHILDREN]);
    expect(codes(descendantsOf(units, '615'))).toEqual(['615']);
    expect(descendantsOf(units, 'nope')).toEqual([]);
    const deep = [ou('P', null, 1), ou('D', 'P', 1), ou('C', 'D', 1, { level: 3 })];
    expect(codes(ancestorsOf(deep, 'C'))).toEqual(['P', 'D']);
    expect(ancestorsOf(deep, 'P')).toEqual([]);
    expect(isWithin(units, '618', '62')).toBe(true);
    expect(isWithin(units, '62', '62')).toBe(true);
    expect(isWithin(units, '62', '618')).toBe(false);
    expect(isWithin(units, '618', '51')).toBe(false);
  });

  it('survives parent cycles', () => {
    const cyclic = [ou('X', 'Y', 1), ou('Y', 'X', 1)];
    expect(codes(ancestorsOf(cyclic, 'X'))).toEqual(['Y']);
    expect(buildTree(cyclic)).toEqual([]);
  });

  it('maps closed units onto their successors open on a date', () => {
    expect(successorsOn(units, '615', '2026-01-01')).toEqual(['51']);
    expect(successorsOn(units, '62', '2026-02-01')).toEqual(['51']);
    expect(successorsOn(units, '615', '2025-02-01')).toEqual(['615']);
    expect(successorsOn(units, '51', '2025-02-01')).toEqual([]);
  });

  it('follows successor links transitively and splits', () => {
    const chain = [
      ou('OLD', null, 3, { closingDate: '2010-12-31', successors: ['MID'] }),
      ou('MID', null, 2, { openingDate: '2011-01-01', closingDate: '2019-12-31', successors: ['N2', 'N1', 'GONE'] }),
      ou('N1', null, 1, { openingDate: '2020-01-01' }),
      ou('N2', null, 2, { openingDate: '2020-01-01' }),
    ];
    expect(successorsOn(chain, 'OLD', '2015-06-01')).toEqual(['MID']);
    expect(successorsOn(chain, 'OLD', '2024-06-01')).toEqual(['N1', 'N2']);
  });
});

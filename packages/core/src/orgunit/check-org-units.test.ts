import { describe, expect, it } from 'vitest';
import type { OrgUnit, OrgUnitPackage } from '../metadata/types.ts';
import { checkOrgUnitPackage } from './check-org-units.ts';

function ou(code: string, parent: string | null, extra: Partial<OrgUnit> = {}): OrgUnit {
  return {
    code,
    name: code,
    level: parent === null ? 1 : 2,
    parent,
    sortOrder: 1,
    openingDate: '2000-01-01',
    closingDate: null,
    successors: [],
    ...extra,
  };
}

const pkgOf = (orgUnits: OrgUnit[], dataSetAssignments: Record<string, string[]> = {}): OrgUnitPackage => ({
  orgUnits,
  dataSetAssignments,
});

describe('checkOrgUnitPackage', () => {
  it('accepts a sound package', () => {
    expect(checkOrgUnitPackage(pkgOf([ou('1', null), ou('11', '1')], { DS: ['11'] }), ['DS'])).toEqual([]);
  });

  it('reports duplicates, unknown parents and skipped levels', () => {
    const problems = checkOrgUnitPackage(
      pkgOf([ou('1', null), ou('1', null), ou('11', '9'), ou('12', '1', { level: 3 })]),
    );
    expect(problems).toEqual([
      { path: 'orgUnits[1].code', message: 'Mã đơn vị hành chính "1" bị trùng' },
      {
        path: 'orgUnits[2].parent',
        message: 'Đơn vị "11" có đơn vị cấp trên "9" không tồn tại (không có trong tệp hay trong hệ thống)',
      },
      { path: 'orgUnits[3].parent', message: 'Đơn vị cấp trên "1" phải ở cấp ngay trên' },
    ]);
  });

  it('reports parent cycles and roots below level 1', () => {
    const problems = checkOrgUnitPackage(pkgOf([ou('A', 'B'), ou('B', 'A'), ou('R', null, { level: 2 })]));
    expect(problems.map((p) => p.path)).toEqual(['orgUnits[0].parent', 'orgUnits[1].parent', 'orgUnits[2].level']);
  });

  it('reports lifetime and successor problems', () => {
    const problems = checkOrgUnitPackage(
      pkgOf([
        ou('A', null, { closingDate: '1999-12-31', successors: ['A', 'Z'] }),
        ou('B', null, { successors: ['A'] }),
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'orgUnits[0].closingDate',
      'orgUnits[0].successors[0]',
      'orgUnits[0].successors[1]',
      'orgUnits[1].successors',
    ]);
    expect(problems[2]!.message).toBe(
      'Đơn vị "A" có đơn vị kế thừa "Z" không tồn tại (không có trong tệp hay trong hệ thống)',
    );
  });

  it('reports a UID held by two units', () => {
    const problems = checkOrgUnitPackage(
      pkgOf([ou('1', null, { uid: 'ImspTQPwCqd' }), ou('11', '1', { uid: 'ImspTQPwCqd' })]),
    );
    expect(problems).toEqual([
      {
        path: 'orgUnits[0].uid',
        message: 'UID "ImspTQPwCqd" của đơn vị hành chính "1" đã dùng cho đơn vị hành chính "11"',
      },
    ]);
  });

  it('reports assignments to unknown units and data sets', () => {
    const problems = checkOrgUnitPackage(pkgOf([ou('1', null)], { DS: ['1', '2'], OTHER: [] }), ['DS']);
    expect(problems).toEqual([
      { path: 'dataSetAssignments.DS[1]', message: 'Mã đơn vị hành chính "2" không tồn tại' },
      { path: 'dataSetAssignments.OTHER', message: 'Mã biểu mẫu "OTHER" không tồn tại' },
    ]);
  });
});

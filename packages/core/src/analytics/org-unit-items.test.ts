import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../metadata/types.ts';
import { AnalyticsQueryError } from './errors.ts';
import { disjointPaths, historyRoots } from './history.ts';
import { areDisjoint, parseOuItem, resolveOrgUnits } from './org-unit-items.ts';

const unit = (code: string, parent: string | null, level: number, extra: Partial<OrgUnit> = {}): OrgUnit => ({
  code, name: `Đơn vị ${code}`, level, parent, sortOrder: Number(code.replace(/\D/g, '')) || 0, openingDate: '2004-01-01', closingDate: null, successors: [], ...extra,
});

const UNITS: OrgUnit[] = [
  unit('62', null, 1, { closingDate: '2025-06-30', successors: ['51'] }),
  unit('615', '62', 2, { successors: ['51'], sortOrder: 1 }),
  unit('612', '62', 2, { sortOrder: 2 }),
  unit('KT_CDC', '62', 2, { type: 'HEALTH_UNIT', sortOrder: 99 }),
  unit('61501', '615', 3),
  unit('61502', '615', 3),
  unit('51', null, 1, { openingDate: '2025-07-01' }),
];
const codes = (items: string[], root = '62') => resolveOrgUnits(items, UNITS, root).map((r) => r.unit.code);

describe('org-unit items', () => {
  it('parses codes and keywords', () => {
    expect(parseOuItem('615')).toEqual({ kind: 'unit', code: '615' });
    expect(parseOuItem('LEVEL-3')).toEqual({ kind: 'level', level: 3 });
    expect(parseOuItem('CHILDREN-615')).toEqual({ kind: 'children', code: '615' });
    expect(parseOuItem('OU_GROUP-HEALTH_UNIT')).toEqual({ kind: 'group', type: 'HEALTH_UNIT' });
    expect(() => parseOuItem('LEVEL-X')).toThrow(AnalyticsQueryError);
    expect(() => parseOuItem('OU_GROUP-HOSPITAL')).toThrow(AnalyticsQueryError);
  });

  it('expands levels and groups under the other items, or under the user’s root', () => {
    expect(codes(['62', 'LEVEL-2'])).toEqual(['62', '615', '612', 'KT_CDC']);
    expect(codes(['615', 'LEVEL-3'])).toEqual(['615', '61501', '61502']);
    expect(codes(['LEVEL-3'], '615')).toEqual(['61501', '61502']);
    expect(codes(['OU_GROUP-HEALTH_UNIT'])).toEqual(['KT_CDC']);
    expect(codes(['USER_ORGUNIT', 'USER_ORGUNIT_CHILDREN'], '615')).toEqual(['615', '61501', '61502']);
    expect(codes(['CHILDREN-62', '612'])).toEqual(['615', '612', 'KT_CDC']);
  });

  it('names an unknown unit', () => {
    expect(() => codes(['999'])).toThrow(expect.objectContaining({ code: 'UNKNOWN_ITEM', field: 'ou', item: '999' }));
    expect(() => codes(['CHILDREN-999'])).toThrow(expect.objectContaining({ item: 'CHILDREN-999' }));
  });

  it('gives each unit its ancestors and its history over mergers', () => {
    const [qn, commune] = resolveOrgUnits(['51', '61501'], UNITS, '51');
    expect(qn).toMatchObject({ ancestors: [], history: ['62', '615'] });
    expect(commune).toMatchObject({ ancestors: ['62', '615'], history: [] });
  });

  it('tells whether a total over the units is a sum', () => {
    const disjoint = (items: string[]) => areDisjoint(resolveOrgUnits(items, UNITS, '62'));
    expect(disjoint(['LEVEL-2'])).toBe(true);
    expect(disjoint(['62', 'LEVEL-2'])).toBe(false);
    expect(disjoint(['51', '612'])).toBe(false); // 612 lies in Kon Tum, which Quảng Ngãi succeeded
    expect(disjoint(['51', '62'])).toBe(false);
  });
});

describe('history', () => {
  it('follows successors back transitively, each unit once', () => {
    const chain = [{ code: 'A', successors: ['B'] }, { code: 'B', successors: ['C'] }, { code: 'C', successors: [] }, { code: 'D', successors: ['C'] }];
    expect(historyRoots(chain, 'C')).toEqual(['C', 'B', 'D', 'A']);
    expect(historyRoots(chain, 'A')).toEqual(['A']);
  });

  it('drops paths inside another so no value is read twice', () => {
    expect(disjointPaths(['/51/', '/62/', '/62/615/', '/62/'])).toEqual(['/51/', '/62/']);
    expect(disjointPaths(['/62/615/', '/62/612/'])).toEqual(['/62/612/', '/62/615/']);
  });
});

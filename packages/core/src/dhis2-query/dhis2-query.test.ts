import { describe, expect, it } from 'vitest';
import { FieldsSyntaxError, parseFields, selectFields, type Ref } from './fields.ts';
import { FilterSyntaxError, matchesFilters, parseFilter } from './filter.ts';
import { paginate } from './paging.ts';

const objects: Record<string, Record<string, unknown>> = {
  de1: { id: 'de1', name: 'Số ca mắc', code: 'SXH_CASES', valueType: 'INTEGER_ZERO_OR_POSITIVE' },
  de2: { id: 'de2', name: 'Số ca tử vong', code: 'SXH_DEATHS' },
};
const resolve = (ref: Ref) => objects[ref.id] ?? null;
const dataSet = {
  id: 'ds1', name: 'Báo cáo SXH', code: 'SXH', periodType: 'Monthly',
  dataSetElements: [{ dataElement: { ref: 'dataElement', id: 'de1' } }, { dataElement: { ref: 'dataElement', id: 'de2' } }],
};

describe("DHIS2's fields parameter", () => {
  it('selects named fields and leaves absent ones out', () => {
    expect(selectFields(dataSet, parseFields('id,name,shortName'), resolve)).toEqual({ id: 'ds1', name: 'Báo cáo SXH' });
  });
  it('gives references as {id} under *, and expands them when a nested selection asks', () => {
    expect(selectFields(dataSet, parseFields('*,!periodType'), resolve)).toEqual({
      id: 'ds1', name: 'Báo cáo SXH', code: 'SXH', dataSetElements: [{ dataElement: { id: 'de1' } }, { dataElement: { id: 'de2' } }],
    });
    expect(selectFields(dataSet, parseFields('code,dataSetElements[dataElement[id,code]]'), resolve)).toEqual({
      code: 'SXH', dataSetElements: [{ dataElement: { id: 'de1', code: 'SXH_CASES' } }, { dataElement: { id: 'de2', code: 'SXH_DEATHS' } }],
    });
    expect(selectFields(dataSet, parseFields(':identifiable'), resolve)).toEqual({ id: 'ds1', name: 'Báo cáo SXH', code: 'SXH' });
  });
  it('refuses unbalanced brackets and odd names', () => {
    for (const bad of ['id,parent[id', 'id]', 'na-me', 'a[b[c[d[e[f[g[h]]]]]]]']) expect(() => parseFields(bad), bad).toThrow(FieldsSyntaxError);
  });
});

describe("DHIS2's filter parameter", () => {
  const match = (text: string, object: Record<string, unknown> = dataSet) => matchesFilters(object, [parseFilter(text)], 'AND', resolve);
  it('compares exactly, by substring without case, by list, through references', () => {
    expect(match('code:eq:SXH')).toBe(true);
    expect(match('code:eq:sxh')).toBe(false);
    expect(match('name:ilike:bÁo cáo')).toBe(true);
    expect(match('name:like:bÁo')).toBe(false);
    expect(match('code:in:[A,SXH]')).toBe(true);
    expect(match('code:!in:[A,SXH]')).toBe(false);
    expect(match('dataSetElements.dataElement.id:eq:de2')).toBe(true);
    expect(match('dataSetElements.dataElement.code:eq:SXH_DEATHS')).toBe(true);
    expect(match('shortName:null')).toBe(true);
    expect(match('code:!eq:SXH')).toBe(false);
    expect(match('level:gt:2', { level: 3 })).toBe(true);
    expect(match('level:le:2', { level: 3 })).toBe(false);
    expect(match('code:eq:a:b', { code: 'a:b' })).toBe(true);
  });
  it('joins filters with AND, or OR when asked', () => {
    const filters = [parseFilter('code:eq:SXH'), parseFilter('code:eq:KHAC')];
    expect(matchesFilters(dataSet, filters, 'AND', resolve)).toBe(false);
    expect(matchesFilters(dataSet, filters, 'OR', resolve)).toBe(true);
  });
  it('refuses unknown operators and malformed filters', () => {
    expect(() => parseFilter('code:sameas:X')).toThrow(FilterSyntaxError);
    expect(() => parseFilter('code')).toThrow(FilterSyntaxError);
    expect(() => parseFilter('code:eq')).toThrow(FilterSyntaxError);
    expect(() => parseFilter('co de:eq:X')).toThrow(FilterSyntaxError);
  });
});

describe("DHIS2's pager", () => {
  it('gives one page, counts and the neighbouring pages', () => {
    const items = Array.from({ length: 5 }, (_, i) => i);
    const url = (p: number) => `/api/x?page=${p}`;
    expect(paginate(items, 2, 2, url)).toEqual({
      pager: { page: 2, pageCount: 3, total: 5, pageSize: 2, nextPage: '/api/x?page=3', prevPage: '/api/x?page=1' },
      items: [2, 3],
    });
    expect(paginate(items, 1, 50, url).pager).toEqual({ page: 1, pageCount: 1, total: 5, pageSize: 50 });
    expect(paginate(items, 9, 2, url).items).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkPackage } from './check-package.ts';
import { anElement, tinyPackage } from './test-builders.ts';
import type { MetadataPackage } from './types.ts';

const problemsOf = (edit: (pkg: MetadataPackage) => void) => checkPackage(tinyPackage(edit));

describe('checkPackage', () => {
  it('accepts the sound tiny package', () => {
    expect(checkPackage(tinyPackage())).toEqual([]);
  });

  it.each([
    [
      'category',
      (p: MetadataPackage) => p.categories.push({ ...p.categories[0]!, options: [{ code: 'Z', name: 'Z' }] }),
      'categories[1].code',
    ],
    [
      'option',
      (p: MetadataPackage) => p.categories[0]!.options.push({ code: 'P', name: 'P' }),
      'categories[0].options[2].code',
    ],
    [
      'combo',
      (p: MetadataPackage) => p.categoryCombos.push({ code: 'FORM', name: 'x', categories: ['FORM'] }),
      'categoryCombos[2].code',
    ],
    ['element', (p: MetadataPackage) => p.dataElements.push(anElement('X_DEATHS')), 'dataElements[2].code'],
    ['data set', (p: MetadataPackage) => p.dataSets.push({ ...p.dataSets[0]!, sections: [] }), 'dataSets[1].code'],
    ['indicator', (p: MetadataPackage) => p.indicators.push(p.indicators[0]!), 'indicators[1].code'],
    ['rule', (p: MetadataPackage) => p.validationRules.push(p.validationRules[0]!), 'validationRules[1].code'],
    ['disease', (p: MetadataPackage) => p.diseases.push(p.diseases[0]!), 'diseases[1].code'],
  ])('reports a duplicate %s code', (_kind, edit, path) => {
    const problems = problemsOf(edit);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.message).toMatch(/bị trùng$/);
  });

  it('reports an unknown category in a combo', () => {
    expect(problemsOf((p) => (p.categoryCombos[1]!.categories = ['FORM', 'AGE']))).toEqual([
      { path: 'categoryCombos[1].categories[1]', message: 'Mã phân tổ "AGE" không tồn tại' },
    ]);
  });

  it('reports an unknown combo on an element', () => {
    expect(problemsOf((p) => (p.dataElements[1]!.categoryCombo = 'AGE'))).toEqual([
      { path: 'dataElements[1].categoryCombo', message: 'Mã tổ hợp phân tổ "AGE" không tồn tại' },
    ]);
  });

  it('reports an unknown or repeated element in a data set', () => {
    const problems = problemsOf((p) =>
      p.dataSets[0]!.sections.push({ code: 'S2', name: 'Phần 2', dataElements: ['Y', 'X_CASES'] }),
    );
    expect(problems).toEqual([
      { path: 'dataSets[0].sections[1].dataElements[0]', message: 'Mã phần tử dữ liệu "Y" không tồn tại' },
      {
        path: 'dataSets[0].sections[1].dataElements[1]',
        message: 'Phần tử dữ liệu "X_CASES" xuất hiện nhiều lần trong biểu mẫu',
      },
    ]);
  });

  it('reports a weekly data set due later than the week after it', () => {
    const problems = problemsOf((p) => {
      p.dataSets[0]!.periodType = 'Weekly';
      p.dataSets[0]!.dueDay = 10;
    });
    expect(problems).toEqual([{ path: 'dataSets[0].dueDay', message: 'Biểu mẫu tuần phải có hạn nộp từ ngày 1 đến ngày 7 của tuần sau (đang là 10)' }]);
    expect(problemsOf((p) => Object.assign(p.dataSets[0]!, { periodType: 'Weekly', dueDay: 2 }))).toEqual([]);
  });

  it('reports unknown elements and option combos in expressions', () => {
    const problems = problemsOf((p) => {
      p.indicators[0]!.expression = '#{X_CASES.Q} + #{Y}';
      p.validationRules[0]!.right = '#{X_DEATHS.P}.periodOffset(-1)';
    });
    expect(problems).toEqual([
      { path: 'indicators[0].expression', message: 'Phần tử dữ liệu "X_CASES" không có tổ hợp mục phân tổ "Q"' },
      { path: 'indicators[0].expression', message: 'Mã phần tử dữ liệu "Y" không tồn tại' },
      { path: 'validationRules[0].right', message: 'Phần tử dữ liệu "X_DEATHS" không có tổ hợp mục phân tổ "P"' },
    ]);
  });

  it('reports a malformed expression with its position', () => {
    expect(problemsOf((p) => (p.validationRules[0]!.left = '#{X_DEATHS} +'))).toEqual([
      { path: 'validationRules[0].left', message: 'Biểu thức không hợp lệ (lỗi ở ký tự thứ 14)' },
    ]);
  });

  it('reports disease elements that do not exist', () => {
    expect(problemsOf((p) => (p.diseases[0]!.deathsElement = 'X_DIED'))).toEqual([
      { path: 'diseases[0].deathsElement', message: 'Mã phần tử dữ liệu "X_DIED" không tồn tại' },
    ]);
  });

  it('reports overlapping and reversed group spans', () => {
    const overlapping = problemsOf((p) => {
      p.diseases[0]!.groups = [
        { group: 'A', validFrom: null, validTo: '2023-10-20' },
        { group: 'B', validFrom: '2023-10-20', validTo: null },
      ];
    });
    expect(overlapping).toEqual([
      { path: 'diseases[0].groups', message: 'Các giai đoạn phân nhóm của bệnh chồng lên nhau' },
    ]);
    const reversed = problemsOf(
      (p) => (p.diseases[0]!.groups = [{ group: 'A', validFrom: '2024-01-02', validTo: '2024-01-01' }]),
    );
    expect(reversed.map((x) => x.path)).toEqual(['diseases[0].groups[0]']);
  });

  it('accepts adjacent group spans', () => {
    const adjacent = problemsOf((p) => {
      p.diseases[0]!.groups = [
        { group: 'A', validFrom: null, validTo: '2023-10-19' },
        { group: 'B', validFrom: '2023-10-20', validTo: null },
      ];
    });
    expect(adjacent).toEqual([]);
  });

  it('reports combos that break the default-combo convention, and categories without options', () => {
    const problems = problemsOf((p) => {
      p.categoryCombos[0]!.categories = ['FORM'];
      p.categoryCombos.push({ code: 'EMPTY', name: 'Rỗng', categories: [] });
      p.categories.push({ code: 'NONE', name: 'Không', options: [] });
      p.categoryCombos[1]!.categories = ['FORM', 'FORM'];
    });
    expect(problems.map((x) => x.path)).toEqual([
      'categories[1].options',
      'categoryCombos[0].categories',
      'categoryCombos[1].categories[1]',
      'categoryCombos[2].categories',
    ]);
  });
});

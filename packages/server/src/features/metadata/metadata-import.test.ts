import { uidFor } from '@syt/core/metadata/uid.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { exportMetadata, importMetadata } from './metadata.service.ts';

const empty = {
  categories: [],
  categoryCombos: [],
  dataElements: [],
  dataSets: [],
  indicators: [],
  validationRules: [],
  diseases: [],
};
const unit = (code: string, parent: string | null, extra: Record<string, unknown> = {}) => ({
  code,
  name: `Đơn vị ${code}`,
  level: parent ? 2 : 1,
  parent,
  sortOrder: 99,
  openingDate: '2024-01-01',
  closingDate: null,
  successors: [],
  ...extra,
});

/** Field and message of each refusal of an import. */
async function refusal(t: TestApp, file: unknown) {
  const error = await importMetadata(t.database.db, file).then(
    () => undefined,
    (e: { details?: { field: string; message: string }[] }) => e,
  );
  return error?.details;
}

describe.each(DIALECTS)('metadata import on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  it('refuses an unknown successor naming the unit and the successor, changing nothing', async () => {
    const before = await exportMetadata(t.database.db);
    const details = await refusal(t, {
      ...empty,
      orgUnits: [unit('62_OLD', '62', { closingDate: '2024-06-30', successors: ['KHONG_CO'] })],
    });
    expect(details).toEqual([
      {
        field: 'orgUnits.0.successors.0',
        message: 'Đơn vị "62_OLD" có đơn vị kế thừa "KHONG_CO" không tồn tại (không có trong tệp hay trong hệ thống)',
      },
    ]);
    expect(await exportMetadata(t.database.db)).toEqual(before);
  });

  it('refuses a unit whose parent is unknown instead of making it a top-level unit, changing nothing', async () => {
    const before = await exportMetadata(t.database.db);
    const details = await refusal(t, { ...empty, orgUnits: [unit('X1', 'KHONG_CO')] });
    expect(details).toEqual([
      {
        field: 'orgUnits.0.parent',
        message: 'Đơn vị "X1" có đơn vị cấp trên "KHONG_CO" không tồn tại (không có trong tệp hay trong hệ thống)',
      },
    ]);
    expect(await exportMetadata(t.database.db)).toEqual(before);
  });

  it('accepts a parent and a successor already stored', async () => {
    await importMetadata(t.database.db, {
      ...empty,
      orgUnits: [unit('62_NEW', '62'), unit('62_OLD', '62', { closingDate: '2024-06-30', successors: ['62_NEW'] })],
    });
    const units = (await exportMetadata(t.database.db)).orgUnits;
    expect(units.find((u) => u.code === '62_OLD')).toMatchObject({ parent: '62', successors: ['62_NEW'] });
  });

  it('keeps declared option-combo identifiers through export and import', async () => {
    const exported = await exportMetadata(t.database.db);
    const afb = exported.categoryOptionCombos.find((oc) => oc.code === 'AFB_POS')!;
    await importMetadata(t.database.db, {
      ...empty,
      categoryOptionCombos: [
        { categoryCombo: afb.categoryCombo, options: afb.options, code: 'AFB-DUONG', name: 'AFB dương' },
      ],
    });
    const renamed = (await exportMetadata(t.database.db)).categoryOptionCombos;
    expect(renamed.filter((oc) => oc.options.join() === afb.options.join())).toEqual([
      // The UID stays the one the option combo had: a code change does not make it another object.
      { ...afb, code: 'AFB-DUONG', uid: uidFor('categoryOptionCombo', 'AFB_POS'), name: 'AFB dương' },
    ]);
    expect(renamed).toHaveLength(exported.categoryOptionCombos.length);
    // Re-importing the whole export changes nothing.
    const again = await exportMetadata(t.database.db);
    await importMetadata(t.database.db, again);
    expect(await exportMetadata(t.database.db)).toEqual(again);
  });

  it('keeps declared UIDs through export and import, and keeps them when a later file omits them', async () => {
    const element = {
      code: 'DE-UID',
      uid: 'fbfJHSPpUQD',
      name: 'Có UID',
      valueType: 'NUMBER',
      aggregationType: 'SUM',
      categoryCombo: 'default',
    };
    await importMetadata(t.database.db, {
      ...empty,
      dataElements: [element],
      orgUnits: [unit('OU-UID', '62', { uid: 'O6uvpzGd5pu' })],
    });
    const exported = await exportMetadata(t.database.db);
    expect(exported.dataElements.find((e) => e.code === 'DE-UID')).toEqual(element);
    expect(exported.orgUnits.find((u) => u.code === 'OU-UID')!.uid).toBe('O6uvpzGd5pu');
    const { uid: _dropped, ...withoutUid } = element;
    await importMetadata(t.database.db, { ...empty, dataElements: [{ ...withoutUid, name: 'Đổi tên' }] });
    expect((await exportMetadata(t.database.db)).dataElements.find((e) => e.code === 'DE-UID')).toMatchObject({
      uid: 'fbfJHSPpUQD',
      name: 'Đổi tên',
    });
  });

  it('refuses a UID another object of the kind holds, changing nothing', async () => {
    const before = await exportMetadata(t.database.db);
    const details = await refusal(t, {
      ...empty,
      dataElements: [
        {
          code: 'DE-OTHER',
          uid: 'fbfJHSPpUQD',
          name: 'Khác',
          valueType: 'NUMBER',
          aggregationType: 'SUM',
          categoryCombo: 'default',
        },
      ],
    });
    expect(details).toEqual([
      {
        field: 'dataElements.0.uid',
        message: 'UID "fbfJHSPpUQD" của phần tử dữ liệu "DE-OTHER" đã dùng cho phần tử dữ liệu "DE-UID"',
      },
    ]);
    expect(await exportMetadata(t.database.db)).toEqual(before);
  });
});

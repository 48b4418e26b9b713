import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../api/contract.ts';
import { toDhis2ImportSummary } from './dhis2-import-summary.ts';

const summary = (s: Partial<ImportSummary>): ImportSummary => ({
  status: 'SUCCESS', dryRun: false, imported: 0, updated: 0, ignored: 0, deleted: 0, flagged: 0, conflicts: [], conflictsTotal: 0,
  submitted: [], submittedTotal: 0, ...s,
});

describe('toDhis2ImportSummary', () => {
  it('carries the counts, the options and the recorded completion', () => {
    const out = toDhis2ImportSummary(summary({ imported: 3, updated: 2, ignored: 1, deleted: 4 }), {
      options: { idScheme: 'UID', importStrategy: 'CREATE_AND_UPDATE' },
      completeDate: '2024-02-05',
    });
    expect(out).toEqual({
      responseType: 'ImportSummary',
      status: 'SUCCESS',
      importOptions: { idScheme: 'UID', importStrategy: 'CREATE_AND_UPDATE' },
      importCount: { imported: 3, updated: 2, ignored: 1, deleted: 4 },
      conflicts: [],
      dataSetComplete: '2024-02-05',
    });
  });

  it('names each conflict by the identifier as given, with its place once, and counts the unlisted ones', () => {
    const out = toDhis2ImportSummary(
      summary({
        status: 'WARNING',
        conflicts: [
          { index: 4, location: 'Dòng 6', code: 'KHONG_CO', field: 'dataElement', reason: 'Mã phần tử dữ liệu "KHONG_CO" không tồn tại.' },
          { index: null, location: null, code: null, field: 'dataSet', reason: 'Biểu mẫu (dataSet) "X" không tồn tại.' },
        ],
        conflictsTotal: 1_502,
      }),
      { options: {}, completeDate: '2024-02-05' },
    );
    expect(out.status).toBe('WARNING');
    expect(out.conflicts).toEqual([
      { object: 'KHONG_CO', value: 'Dòng 6: Mã phần tử dữ liệu "KHONG_CO" không tồn tại.', property: 'dataElement', indexes: [4] },
      { object: 'dataSet', value: 'Biểu mẫu (dataSet) "X" không tồn tại.', property: 'dataSet' },
    ]);
    expect(out.description).toBe('Còn 1.500 giá trị bị từ chối khác không liệt kê ở đây.');
  });

  it('says "false" for the completion of a refused import or a dry run', () => {
    expect(toDhis2ImportSummary(summary({ status: 'ERROR' }), { options: {}, completeDate: '2024-02-05' }).dataSetComplete).toBe('false');
    expect(toDhis2ImportSummary(summary({ dryRun: true }), { options: {}, completeDate: '2024-02-05' }).dataSetComplete).toBe('false');
    expect(toDhis2ImportSummary(summary({}), { options: {} }).dataSetComplete).toBe('false');
  });
});

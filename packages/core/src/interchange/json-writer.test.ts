import { describe, expect, it } from 'vitest';
import { toDataValueSetJson } from './json-writer.ts';

describe('toDataValueSetJson', () => {
  it('writes the default combo and an absent comment by leaving them out', () => {
    const text = toDataValueSetJson([
      { dataElement: 'A', categoryOptionCombo: 'default', orgUnit: '615', period: '202311', value: '3' },
      { dataElement: 'B', categoryOptionCombo: 'AFB_POS', orgUnit: '615', period: '202311', value: '4', comment: 'x' },
    ]);
    expect(JSON.parse(text)).toEqual({
      dataValues: [
        { dataElement: 'A', period: '202311', orgUnit: '615', value: '3' },
        {
          dataElement: 'B',
          period: '202311',
          orgUnit: '615',
          categoryOptionCombo: 'AFB_POS',
          value: '4',
          comment: 'x',
        },
      ],
    });
  });

  it('writes the data set and complete date at the top when given', () => {
    const text = toDataValueSetJson([], { dataSet: 'BTN_THANG', completeDate: '2023-12-05' });
    expect(text).toBe('{"dataSet":"BTN_THANG","completeDate":"2023-12-05","dataValues":[]}');
  });
});

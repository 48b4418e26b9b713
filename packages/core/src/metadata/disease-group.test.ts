import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE } from './default-package.ts';
import { diseaseGroupOn, isImmediateOn } from './disease-group.ts';
import { DISEASE_THRESHOLD_METHODS } from './types.ts';
import { THRESHOLD_METHODS } from '../surveillance/index.ts';
import { THRESHOLD_METHOD_NAMES } from '../api/surveillance.ts';
import { aDisease } from './test-builders.ts';

const disease = (code: string) => DEFAULT_PACKAGE.diseases.find((d) => d.code === code)!;

describe('diseaseGroupOn', () => {
  it('moves COVID-19 from group A to group B on 2023-10-20', () => {
    expect(diseaseGroupOn(disease('COVID19'), '2020-03-01')).toBe('A');
    expect(diseaseGroupOn(disease('COVID19'), '2023-10-19')).toBe('A');
    expect(diseaseGroupOn(disease('COVID19'), '2023-10-20')).toBe('B');
    expect(diseaseGroupOn(disease('COVID19'), '2026-01-01')).toBe('B');
  });

  it('keeps open-ended groups and returns null outside every span', () => {
    expect(diseaseGroupOn(disease('PHONG'), '2023-11-30')).toBe('C');
    const recent = aDisease('NEW', { groups: [{ group: 'B', validFrom: '2025-11-25', validTo: null }] });
    expect(diseaseGroupOn(recent, '2025-11-24')).toBeNull();
    expect(diseaseGroupOn(recent, '2025-11-25')).toBe('B');
  });
});

describe('isImmediateOn', () => {
  it('follows the group on the day: COVID-19 is reported within 24 h while in group A only', () => {
    expect(isImmediateOn(disease('COVID19'), '2023-10-19')).toBe(true);
    expect(isImmediateOn(disease('COVID19'), '2023-10-20')).toBe(false);
    expect(isImmediateOn(disease('TA'), '2024-03-04')).toBe(true);
  });

  it('takes a disease the metadata marks immediate whatever its group, and no other', () => {
    expect(isImmediateOn(disease('BACHHAU'), '2024-03-04')).toBe(true);
    expect(isImmediateOn(disease('SXHD'), '2024-03-04')).toBe(false);
  });
});

describe('surveillance metadata of the default package', () => {
  it('gives every disease an incubation period and a method the thresholds know', () => {
    expect(DISEASE_THRESHOLD_METHODS).toEqual(THRESHOLD_METHODS);
    expect(THRESHOLD_METHOD_NAMES).toEqual(THRESHOLD_METHODS);
    for (const d of DEFAULT_PACKAGE.diseases) {
      expect(d.maxIncubationDays, d.code).toBeGreaterThan(0);
      expect(THRESHOLD_METHODS, d.code).toContain(d.thresholdMethod);
    }
    expect(disease('SXHD')).toMatchObject({ maxIncubationDays: 14, thresholdMethod: 'FARRINGTON_FLEXIBLE' });
    expect(disease('SOI').maxIncubationDays).toBe(21);
  });
});

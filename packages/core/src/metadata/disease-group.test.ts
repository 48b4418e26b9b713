import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE } from './default-package.ts';
import { diseaseGroupOn } from './disease-group.ts';
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

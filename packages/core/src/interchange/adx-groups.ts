/**
 * Values gathered into ADX groups (org unit × period × data set × attribute option combo), in a fixed order so
 * exports are reproducible.
 */
import type { ExportValue } from './types.ts';

/** A value to export, optionally naming the data set it was reported in and its attribute option combo. */
export type AdxValue = ExportValue;

/** The values of one org unit, period, data set and attribute option combo, sorted by element then option combo. */
export interface AdxGroup {
  orgUnit: string;
  period: string;
  dataSet?: string;
  attributeOptionCombo?: string;
  values: AdxValue[];
}

// Plain code-unit order: deterministic, locale-free and fast; codes are ASCII.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const compareGroups = (a: AdxGroup, b: AdxGroup): number =>
  compare(a.orgUnit, b.orgUnit) ||
  compare(a.period, b.period) ||
  compare(a.dataSet ?? '', b.dataSet ?? '') ||
  compare(a.attributeOptionCombo ?? '', b.attributeOptionCombo ?? '');

const compareValues = (a: AdxValue, b: AdxValue): number =>
  compare(a.dataElement, b.dataElement) || compare(a.categoryOptionCombo, b.categoryOptionCombo);

/** Groups by org unit, period and data set (the value's own, else `dataSet`); groups and values sorted. */
export function groupForAdx(values: readonly AdxValue[], dataSet?: string): AdxGroup[] {
  const groups = new Map<string, AdxGroup>();
  for (const value of values) {
    const set = value.dataSet ?? dataSet;
    const combo = value.attributeOptionCombo;
    const key = `${value.orgUnit}\u0000${value.period}\u0000${set ?? ''}\u0000${combo ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { orgUnit: value.orgUnit, period: value.period, values: [] };
      if (set !== undefined) group.dataSet = set;
      if (combo !== undefined) group.attributeOptionCombo = combo;
      groups.set(key, group);
    }
    group.values.push(value);
  }
  const sorted = [...groups.values()].sort(compareGroups);
  for (const group of sorted) group.values.sort(compareValues);
  return sorted;
}

/**
 * Expected behaviour of the counts that are not disease cases or deaths (province-wide totals per year):
 * subsets drawn from their parent, activity counts with their own seasons, COVID-era dips.
 */
import type { ElementProfile } from './profiles.ts';

const flat = (perMonth: number) => ({ 2019: perMonth * 12 });
const COVID_DIP = (perMonth: number) => ({
  2019: perMonth * 12,
  2020: perMonth * 10.5,
  2021: perMonth * 9.5,
  2022: perMonth * 11.2,
  2023: perMonth * 12,
});
const NONE_IN_NOVEMBER = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1];
const TET_LOW = [0.8, 0.75, 1.0, 1.0, 1.0, 1.0, 1.05, 1.05, 1.05, 1.1, 1.05, 1.0];

/** Profiles by element code. */
export const ACTIVITY_PROFILES: Readonly<Record<string, ElementProfile>> = {
  SXHD_OUTBREAKS: { kind: 'subset', of: 'SXHD_CASES', share: 0.38 },
  SOTRET_SEVERE: { kind: 'subset', of: 'SOTRET_CASES', share: 0.03 },
  SOTRET_IMPORTED: { kind: 'subset', of: 'SOTRET_CASES', share: 0.3, shareByYear: { 2021: 0.5, 2022: 0.7, 2023: 1 } },
  PHONG_DK_VISITS: { kind: 'flow', annual: flat(28), noise: 0.1 },
  // Border gate Bờ Y: closed from April 2020, reopened in March 2022.
  KDYT_CHECKED: {
    kind: 'flow',
    annual: { 2019: 110_000, 2020: 24_000, 2021: 3_600, 2022: 45_000, 2023: 90_000 },
    season: [1.2, 1.2, 1, 1, 1, 0.9, 0.9, 0.9, 0.9, 1, 1, 1.1],
    seasonByYear: {
      2020: [9, 8, 4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4],
      2022: [0.3, 0.3, 1, 2, 3, 4, 5, 6, 6, 7, 7.5, 8],
    },
    noise: 0.08,
  },
  KDYT_SUSPECTED: {
    kind: 'subset',
    of: 'KDYT_CHECKED',
    share: 0.00002,
    shareByYear: { 2020: 0.003, 2021: 0.01, 2022: 0.0002 },
  },
  // Seed 001 states no routine immunisation figure for 2023 (its section lists vaccine shortages in staff's text),
  // so the demo's 2023 has none and its November report writes no routine-immunisation sentence.
  TCMR_FULL_TARGET: {
    kind: 'flow',
    annual: { 2019: 12_600, 2020: 12_400, 2021: 12_200, 2022: 12_000, 2023: 0 },
    noise: 0.03,
  },
  TCMR_FULL_DONE: {
    kind: 'subset',
    of: 'TCMR_FULL_TARGET',
    share: 0.93,
    shareByYear: { 2019: 0.95, 2020: 0.94, 2021: 0.9, 2022: 0.9 },
  },
  HIV_NEW: { kind: 'flow', annual: { 2019: 36, 2020: 30, 2021: 26, 2022: 30, 2023: 30 } },
  HIV_DEATHS: { kind: 'flow', annual: { 2019: 14, 2020: 12, 2021: 12, 2022: 11, 2023: 11 } },
  HIV_TRANSFER_IN: { kind: 'flow', annual: flat(0.7) },
  KCB_VISITS: {
    kind: 'flow',
    annual: { 2019: 1_150_000, 2020: 1_000_000, 2021: 900_000, 2022: 1_050_000, 2023: 1_120_000 },
    season: TET_LOW,
    noise: 0.04,
  },
  KCB_INPATIENTS: {
    kind: 'flow',
    annual: { 2019: 95_000, 2020: 85_000, 2021: 78_000, 2022: 88_000, 2023: 92_000 },
    season: TET_LOW,
    noise: 0.04,
  },
  ATTP_CERT_NEW: { kind: 'flow', annual: COVID_DIP(4) },
  ATTP_CERT_RENEWED: { kind: 'flow', annual: COVID_DIP(3) },
  ATTP_SELF_DECLARED: { kind: 'flow', annual: COVID_DIP(22), noise: 0.25 },
  ATTP_POISONING_CASES: { kind: 'flow', annual: flat(3.5), noise: 0.5 },
  ATTP_POISONING_OUTBREAKS: { kind: 'subset', of: 'ATTP_POISONING_CASES', share: 0.04 },
  ATTP_POISONING_DEATHS: { kind: 'subset', of: 'ATTP_POISONING_CASES', share: 0.01 },
  // Inspection drives before Tết and the Mid-Autumn Festival.
  ATTP_INSPECTED: {
    kind: 'flow',
    annual: COVID_DIP(32),
    season: [2.0, 1.6, 0.6, 0.7, 0.8, 0.8, 0.8, 0.9, 1.4, 0.9, 0.7, 0.8],
  },
  ATTP_INSPECTED_PASSED: { kind: 'subset', of: 'ATTP_INSPECTED', share: 0.9 },
  GD_PY_AUTOPSY: { kind: 'flow', annual: flat(6) },
  GD_PY_INJURY: { kind: 'flow', annual: flat(21) },
  GD_PY_SEXUAL_ABUSE: { kind: 'flow', annual: flat(4) },
  GD_YK: { kind: 'flow', annual: flat(7), noise: 0.5 },
  KN_SAMPLES_TESTED: { kind: 'flow', annual: flat(27) },
  KN_SAMPLES_PASSED: { kind: 'subset', of: 'KN_SAMPLES_TESTED', share: 0.985 },
  KN_SAMPLES_COLLECTED: { kind: 'flow', annual: flat(38), season: [0.6, 0.4, 1, 1.2, 1.2, 1, 1, 1, 1.1, 1.2, 1.3, 1] },
  // Seed 001 names no contraceptives given out in November 2023: none in the demo's November 2023.
  DS_PILLS: { kind: 'flow', annual: flat(3_500), seasonByYear: { 2023: NONE_IN_NOVEMBER }, noise: 0.1 },
  DS_IUD: { kind: 'flow', annual: flat(150), seasonByYear: { 2023: NONE_IN_NOVEMBER }, noise: 0.15 },
  DS_GROUP_SESSIONS: { kind: 'flow', annual: COVID_DIP(400), noise: 0.1 },
  DS_GROUP_PEOPLE: { kind: 'scaled', of: 'DS_GROUP_SESSIONS', ratio: 13.5 },
  DS_HOUSEHOLD_VISITS: { kind: 'flow', annual: flat(800), noise: 0.1 },
  DS_HOUSEHOLD_PEOPLE: { kind: 'scaled', of: 'DS_HOUSEHOLD_VISITS', ratio: 2.3 },
  DS_CLUB_MEETINGS: { kind: 'flow', annual: flat(32), noise: 0.1 },
};

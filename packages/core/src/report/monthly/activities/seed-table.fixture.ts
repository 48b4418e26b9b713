/** Test support: seed 001's figures for sections 1.2–6 as a plain table (indicators given as computed). */
import type { FigureTable } from './test-context.ts';

/** November 2023, Kon Tum, with October where the report compares against it: only figures the seed states. */
export const SEED_TABLE: FigureTable = {
  TC_IPV_BS_DONE: { month: 7_916, previousMonth: 6_948 },
  TC_IPV_BS_TARGET: { month: 9_890 },
  TC_IPV_BS_COVERAGE: { month: 80 },
  TC_UV_PN_DONE: { month: 4_709, previousMonth: 4_056 },
  TC_UV_PN_TARGET: { month: 6_308 },
  TC_UV_PN_COVERAGE: { month: 74.7 },
  HIV_NEW: { month: 0 },
  HIV_DEATHS: { month: 1 },
  HIV_TRANSFER_IN: { month: 2 },
  HIV_REG_TOTAL: { month: 583 },
  HIV_REG_DEATHS: { month: 209 },
  HIV_REG_LIVING: { month: 374 },
  HIV_REG_REACHED: { month: 253 },
  HIV_REG_AIDS: { month: 305 },
  HIV_REG_AIDS_LIVING: { month: 105 },
  HIV_ARV: { month: 189 },
  HIV_ARV_CHILDREN: { month: 8 },
  HIV_INH: { month: 14 },
  ATTP_CERT_NEW: { month: 3 },
  ATTP_CERT_RENEWED: { month: 3 },
  ATTP_SELF_DECLARED: { month: 23 },
  ATTP_INSPECTED: { month: 23 },
  ATTP_INSPECTED_PASSED: { month: 21 },
  ATTP_POISONING_CASES: { month: 4 },
  // Zeros as a form would hold them, so the citation test also moves them off zero.
  ATTP_POISONING_OUTBREAKS: { month: 0 },
  ATTP_POISONING_DEATHS: { month: 0 },
  KCB_VISITS: { month: 86_384, previousMonth: 94_616 },
  KCB_INPATIENTS: { month: 7_304, previousMonth: 7_688 },
  KCB_BED_OCCUPANCY: { month: 66.8, previousMonth: 73.3 },
  KCB_BED_OCCUPANCY_TINH: { month: 83.9, previousMonth: 84.5 },
  KCB_BED_OCCUPANCY_HUYEN: { month: 42.6, previousMonth: 51.9 },
  KCB_BED_OCCUPANCY_PKDKKV: { month: 70.8, previousMonth: 70.3 },
  DS_GROUP_SESSIONS: { month: 431 },
  DS_GROUP_PEOPLE: { month: 5_852 },
  DS_HOUSEHOLD_VISITS: { month: 783 },
  DS_HOUSEHOLD_PEOPLE: { month: 1_805 },
  DS_CLUB_MEETINGS: { month: 32 },
  GD_PY_AUTOPSY: { month: 6 },
  GD_PY_INJURY: { month: 22 },
  GD_PY_SEXUAL_ABUSE: { month: 6 },
  GD_YK: { month: 0 },
  KN_SAMPLES_TESTED: { month: 13 },
  KN_SAMPLES_PASSED: { month: 13 },
  KN_SAMPLES_COLLECTED: { month: 53 },
};

/**
 * Figures the seed does not state (its report has no sentence for them), invented so that the tests of every
 * writer also reach the sentences seed 001 leaves out: routine immunisation and contraceptives.
 */
export const BEYOND_SEED_TABLE: FigureTable = {
  TCMR_FULL_DONE: { yearToDate: 9_120 },
  TCMR_FULL_TARGET: { yearToDate: 10_800 },
  TCMR_FULL_COVERAGE: { yearToDate: 84.44 },
  DS_PILLS: { month: 3_600 },
  DS_IUD: { month: 140 },
};

/** The seed's figures and the invented ones together: every sentence of sections 1.2–6 has its figures. */
export const FULL_TABLE: FigureTable = { ...SEED_TABLE, ...BEYOND_SEED_TABLE };

/** The shapes aggregation reads: stored figures by period, already summed over org units by the server's SQL. */
import type { Period } from '../period/index.ts';

/** A span of periods, both ends included: every stored period whose start date lies in it belongs to it. */
export interface PeriodRange {
  readonly from: Period;
  readonly to: Period;
}

/** One stored period's figure, summed over the org units of a subtree (and over option combos unless one is asked). */
export interface PeriodValue {
  /** DHIS2 period code of the stored value, e.g. `202402`. */
  period: string;
  value: number;
}

/** One org unit's figure for one stored period (summed over option combos unless one is asked). */
export interface UnitPeriodValue extends PeriodValue {
  orgUnit: string;
}

/** One option combo's figure for one stored period, summed over the org units of a subtree. */
export interface OptionPeriodValue extends PeriodValue {
  option: string;
}

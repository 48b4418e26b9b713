/**
 * The metadata model: what is counted, how it is broken down, who reports it.
 * Everything is addressed by its public `code` (see DATA_DICTIONARY.md); references between
 * objects are codes too, so a package is plain data that travels between installations.
 */

import { THRESHOLD_METHODS, type ThresholdMethod } from '../surveillance/types.ts';

export const VALUE_TYPES = ['INTEGER_ZERO_OR_POSITIVE', 'NUMBER', 'PERCENTAGE', 'TEXT'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Aggregation over time; over org units it is always a sum. */
export const AGGREGATION_TYPES = ['SUM', 'LAST'] as const;
export type AggregationType = (typeof AGGREGATION_TYPES)[number];

export const PERIOD_TYPES = ['Weekly', 'Monthly', 'Quarterly', 'SixMonthly', 'Yearly'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * What an org unit is: an administrative area (province, district, commune), whose children are the areas a report
 * breaks its figures down by; or a health unit of the department beside the areas (the CDC, a sub-department, a
 * provincial hospital), which answers requests and tasks and agrees targets but is no area of the breakdown.
 */
export const ORG_UNIT_TYPES = ['AREA', 'HEALTH_UNIT'] as const;
export type OrgUnitType = (typeof ORG_UNIT_TYPES)[number];

/** Org-unit levels: 1 province, 2 district, 3 commune. */
export interface OrgUnit {
  code: string;
  /** DHIS2 UID; absent means `uidFor('orgUnit', code)`. */
  uid?: string;
  name: string;
  /** How the unit is written inside a sentence ("thành phố Kon Tum"); defaults to the name. */
  sentenceName?: string;
  level: number;
  /** An area when absent. */
  type?: OrgUnitType;
  parent: string | null;
  /** Canonical position among its siblings (the province's order for lists). */
  sortOrder: number;
  openingDate: IsoDate;
  closingDate: IsoDate | null;
  /** Units that took over this one's area when it closed. */
  successors: string[];
}

export interface CategoryOption {
  code: string;
  uid?: string;
  name: string;
}

export interface Category {
  code: string;
  uid?: string;
  name: string;
  options: CategoryOption[];
}

export interface CategoryCombo {
  code: string;
  uid?: string;
  name: string;
  /** Category codes, in order; option-combo codes join option codes with `_` in this order. */
  categories: string[];
}

/** Generated from a combo: one per element of the cartesian product of its categories' options. */
export interface CategoryOptionCombo {
  code: string;
  uid?: string;
  name: string;
  categoryCombo: string;
  options: string[];
}

/**
 * Identifiers declared for one generated option combo, found by its combo and its options (in any order): a DHIS2
 * instance names its option combos itself, and data exchanged with it must use the same code and UID.
 */
export interface OptionComboDeclaration {
  categoryCombo: string;
  options: string[];
  code?: string;
  uid?: string;
  name?: string;
}

export const DEFAULT_COMBO = 'default';
export const DEFAULT_OPTION_COMBO = 'default';
/** `data_value.attribute_option_combo_id` of a value without attribute (DHIS2's default attribute option combo). */
export const DEFAULT_ATTRIBUTE_COMBO_ID = 0;

export interface DataElement {
  code: string;
  uid?: string;
  name: string;
  shortName?: string;
  valueType: ValueType;
  aggregationType: AggregationType;
  categoryCombo: string;
  description?: string;
}

export interface DataSetSection {
  code: string;
  name: string;
  dataElements: string[];
}

export interface DataSet {
  code: string;
  uid?: string;
  name: string;
  periodType: PeriodType;
  /**
   * Day of the period after this one by which the form is due, counted from its first day: 5 for a monthly form is
   * the 5th of the next month; 2 for a weekly form is the Tuesday after the week (two days after its Sunday).
   */
  dueDay: number;
  /** Entry stays open this many days after the due date. */
  openDaysAfterPeriod: number;
  /** Org-unit level the form is meant for; the installation assigns the actual units. */
  orgUnitLevel: number;
  sections: DataSetSection[];
}

/** Expressions use `#{CODE}`, `#{CODE.OPTION}`, `#{CODE}.periodOffset(-1)`, numbers, `+ - * / ( )` and `[days]`. */
export interface Indicator {
  code: string;
  uid?: string;
  name: string;
  expression: string;
  decimals: number;
  description?: string;
  /**
   * For a coverage indicator, who it covers as the report names them (`trẻ sinh năm 2021-2022 chưa được tiêm…`):
   * a campaign's target group changes from one campaign to the next, so it is metadata, not a writer's words.
   */
  targetGroup?: string;
}

export const OPERATORS = ['==', '!=', '<', '<=', '>', '>='] as const;
export type Operator = (typeof OPERATORS)[number];

export const IMPORTANCES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Importance = (typeof IMPORTANCES)[number];

export const MISSING_VALUE_STRATEGIES = ['SKIP_IF_ANY_VALUE_MISSING', 'SKIP_IF_ALL_VALUES_MISSING', 'NEVER_SKIP'] as const;
export type MissingValueStrategy = (typeof MISSING_VALUE_STRATEGIES)[number];

export interface ValidationRule {
  code: string;
  uid?: string;
  name: string;
  left: string;
  operator: Operator;
  right: string;
  importance: Importance;
  missingValueStrategy: MissingValueStrategy;
  periodType: PeriodType;
  /** Vietnamese message shown to the user when the rule fails. */
  message: string;
}

export const DISEASE_GROUPS = ['A', 'B', 'C'] as const;
export type DiseaseGroup = (typeof DISEASE_GROUPS)[number];

/** A disease's legal group for a span of time (inclusive dates; null = open-ended). */
export interface DiseaseGroupSpan {
  group: DiseaseGroup;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

/**
 * How a disease's weekly or monthly alert threshold is computed (the methods of DOMAIN.md "Outbreak thresholds"):
 * the endemic channel where five years of history exist, Farrington flexible for seasonal diseases with many cases,
 * EARS C1–C3 for rare diseases without years of history.
 */
export const DISEASE_THRESHOLD_METHODS = THRESHOLD_METHODS;
export type DiseaseThresholdMethod = ThresholdMethod;

export interface Disease {
  code: string;
  /** Name as the report writes it, e.g. "Sốt xuất huyết Dengue". */
  name: string;
  groups: DiseaseGroupSpan[];
  /** Position in section 1.1 of the monthly report. */
  reportOrder: number;
  /** Position in the "không ghi nhận mắc mới" watch list, or null when not watched. */
  watchOrder: number | null;
  casesElement: string;
  deathsElement: string;
  /**
   * Reported within 24 h case by case, whatever its group: a group A disease is immediate anyway (its group is
   * time-dependent), this marks the others (e.g. diphtheria, where one case calls for an investigation).
   */
  immediate: boolean;
  /** The longest incubation period in days from the literature; an outbreak closes after twice this without a case. */
  maxIncubationDays: number;
  thresholdMethod: DiseaseThresholdMethod;
}

/** A metadata package: the unit of `syt metadata export` / `import`. */
export interface MetadataPackage {
  categories: Category[];
  categoryCombos: CategoryCombo[];
  dataElements: DataElement[];
  dataSets: DataSet[];
  indicators: Indicator[];
  validationRules: ValidationRule[];
  diseases: Disease[];
  /**
   * Identifiers declared for generated option combos (an export lists every option combo here; on import each
   * entry sets the code, UID and name of the option combo with its options).
   */
  categoryOptionCombos?: OptionComboDeclaration[];
}

/** The org units of one installation, and which of them report which data set. */
export interface OrgUnitPackage {
  orgUnits: OrgUnit[];
  dataSetAssignments: Record<string, string[]>;
}

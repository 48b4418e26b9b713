/** What a data-quality analysis is asked for: a data set at a unit and everything under it, from one month to another. */
export interface QualityRange {
  dataSet: string;
  orgUnit: string;
  /** First and last month (YYYYMM). */
  from: string;
  to: string;
}

/** One listed value (GET /api/quality/outliers). */
export interface OutlierRow {
  dataElement: string;
  dataElementName: string;
  categoryOptionCombo: string;
  categoryOptionComboName: string;
  orgUnit: string;
  orgUnitName: string;
  period: string;
  value: number;
  min: number | null;
  max: number | null;
  /** Modified z-score against the series' values in the range, one decimal; null for a series too short to score. */
  z: number | null;
  outsideBounds: boolean;
  followUp: boolean;
  comment: string | null;
}

/** One failed rule of one form (GET /api/quality/validation). */
export interface ValidationRow {
  orgUnit: string;
  orgUnitName: string;
  period: string;
  rule: string;
  importance: string;
  message: string;
  left: number;
  operator: string;
  right: number;
}

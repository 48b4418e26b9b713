/** Shapes shared by every data value interchange format (DHIS2 JSON, DHIS2 CSV, ADX). */
import type { DataValue } from '../datavalue/types.ts';
import type { DataValueSetHeader } from './import-options.ts';

/** A file format the import screen recognises; `xlsx` is detected here but read elsewhere. */
export type InterchangeFormat = 'json' | 'csv' | 'adx' | 'xlsx';

/** A data value to write, with the DHIS2 fields SYT keeps beside it; absent fields are left out of the file. */
export interface ExportValue extends DataValue {
  /** Data set the value was reported in (ADX groups by it; JSON writes it at the top when all values share it). */
  dataSet?: string;
  /** Attribute option combo code; absent for none (DHIS2's default). */
  attributeOptionCombo?: string;
  followup?: boolean;
  storedBy?: string;
  created?: string;
  lastUpdated?: string;
  deleted?: boolean;
}

/** A data value read from a file, with where it stood there. */
export interface ParsedValue extends DataValue {
  /** 0-based position among the file's data values (JSON entries, CSV data rows, ADX dataValue elements). */
  index: number;
  /** Data set named by the file (JSON top level, ADX group), when it names one. */
  dataSet?: string;
  /** Attribute option combo as the file names it; absent for DHIS2's default (`default`, `HllvX50cXC0`). */
  attributeOptionCombo?: string;
  /** DHIS2's `deleted: true`: the value is to be removed, whatever `value` says. */
  deleted?: boolean;
  /** DHIS2's `followup`: marked for follow-up. */
  followup?: boolean;
  storedBy?: string;
  /** ISO date-times as DHIS2 writes them; kept when given, never invented. */
  created?: string;
  lastUpdated?: string;
  /**
   * ADX: the attribute option combo given by its options, category code → option code (`mechanism="PEPFAR"`),
   * for the server to resolve; absent when the group names no attribute categories.
   */
  attributeOptions?: Record<string, string>;
}

/** One ADX group's set-level fields: where its values belong and whether its data set is complete. */
export interface AdxGroupHeader {
  /** 0-based position of the group in the file. */
  position: number;
  orgUnit: string;
  /** DHIS2 period code. */
  period: string;
  dataSet?: string;
  /** ISO date or date-time from `completeDate`, or from `dataSetComplete` when it holds a date. */
  completeDate?: string;
  /** `dataSetComplete="true"`/`"false"` (DHIS2: true = complete now); absent when the group says nothing. */
  dataSetComplete?: boolean;
  /** The group's own `comment` attribute; it belongs to the group, not to any one value. */
  comment?: string;
  attributeOptionCombo?: string;
  attributeOptions?: Record<string, string>;
}

/** Stable codes of everything a parser can report. */
export type InterchangeProblemCode =
  /** The file holds nothing but white space. */
  | 'EMPTY_FILE'
  /** The file is not valid JSON, CSV or XML at all. */
  | 'MALFORMED_FILE'
  /** Well-formed, but not a `dataValueSets` document or not ADX. */
  | 'WRONG_STRUCTURE'
  /** The CSV header row lacks a required column. */
  | 'WRONG_HEADER'
  /** The CSV header row names a column DHIS2 does not have: a warning, the column is read past. */
  | 'UNKNOWN_COLUMN'
  /** A JSON field DHIS2's `dataValueSets` does not have: a warning, the field is read past. */
  | 'UNKNOWN_FIELD'
  /** A JSON `dataValues` entry that is not an object. */
  | 'NOT_AN_OBJECT'
  | 'MISSING_FIELD'
  /** A field of the wrong JSON type (an object where text was expected). */
  | 'INVALID_FIELD'
  | 'INVALID_PERIOD'
  /** An attribute option combo SYT cannot store; readers no longer report it (they read the combo), callers may. */
  | 'UNSUPPORTED_ATTRIBUTE_COMBO'
  /** ADX: a dataValue lacks an attribute for one of its element's categories. */
  | 'MISSING_CATEGORY'
  /** ADX: a dataValue carries an attribute that is not one of its element's categories. */
  | 'UNKNOWN_CATEGORY'
  /** A well-formed DHIS2 period of a type SYT does not store ("loại kỳ chưa hỗ trợ"). */
  | 'UNSUPPORTED_PERIOD_TYPE'
  /** A header field or import option with a value DHIS2 does not define (`importStrategy: "MERGE"`, a bad `completeDate`). */
  | 'INVALID_HEADER';

/** Something wrong in an imported file; `message` is Vietnamese and names the place and the fault. */
export interface InterchangeProblem {
  /** The value's 0-based position (as in `ParsedValue.index`), or null for the file as a whole. */
  index: number | null;
  /** The `DataValue` field at fault (`dataElement`, `period`, …), or `file`, `header`, `dataValue` (a whole JSON entry). */
  field: string;
  code: InterchangeProblemCode;
  message: string;
}

/** What every parser returns; parsers never throw on bad content. */
export interface ParseResult {
  values: ParsedValue[];
  problems: InterchangeProblem[];
  /** Things the file says that SYT read past without storing (an unknown extra CSV column); nothing is refused for them. */
  warnings?: InterchangeProblem[];
  /** Set-level fields and the import options the payload carries (JSON header; ADX: what all groups share). */
  header?: DataValueSetHeader;
  /** ADX: every well-formed group's set-level fields, in file order. */
  groups?: AdxGroupHeader[];
  /** How to name where value N stands, when the format knows better than its position (CSV: its line). */
  locate?: (index: number) => string;
}

/**
 * How an element's option-combo code maps to ADX category attributes.
 * Option-combo codes join option codes with `_` in the order of the element's categories.
 */
export interface ComboResolver {
  /** Category codes of the element's category combo, in order; empty for elements without a breakdown. */
  categoriesOf(dataElement: string): readonly string[];
  /**
   * Option codes of a category. Optional; needed only to split combo codes whose option codes
   * themselves contain `_` (e.g. `AFB_POS_NAM` into `AFB_POS` and `NAM`).
   */
  optionsOf?(category: string): readonly string[];
  /** False for an element the metadata does not have, so a reader blames the element, not its categories. */
  knows?(dataElement: string): boolean;
  /** False for elements whose values are text (ADX carries them in `<annotation>`), true for numbers. */
  isNumeric?(dataElement: string): boolean;
}

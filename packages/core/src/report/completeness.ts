/**
 * Which forms (data set × unit × month) a report rests on and how far each has come. A figure from a form that is
 * missing, or not in a status the report counts, is not a zero: the writer leaves unsaid what such a form would decide.
 */

/** A form's state as the report sees it: nothing entered, values entered but not sent, sent, approved. */
export const FORM_STATES = ['missing', 'draft', 'submitted', 'approved'] as const;
export type FormState = (typeof FORM_STATES)[number];

/** What a report counts unless told otherwise: forms the units have sent. */
export const DEFAULT_COUNTED_STATES: readonly FormState[] = ['submitted', 'approved'];

/** One form of the report's month. */
export interface ReportForm {
  dataSet: string;
  /** `Báo cáo bệnh truyền nhiễm tháng`. */
  dataSetName?: string;
  orgUnit: string;
  /** `Sa Thầy`, `Thành phố Kon Tum`. */
  orgUnitName: string;
  /** How the unit is written inside a sentence, when it differs from the name (`thành phố Kon Tum`). */
  sentenceName?: string;
  state: FormState;
  /** The form's month (`YYYYMM`), given in reports spanning several months; a monthly report's forms are all its own. */
  period?: string;
}

/** The report's `completeness` block: its month's forms and the states it counted. */
export interface ReportCompleteness {
  /** The states whose figures the report uses (`draft` only when the user asked for drafts). */
  counted: FormState[];
  /** Every form assigned in the report's subtree for the month, in data-set then canonical unit order. */
  forms: ReportForm[];
  /** Forms whose figures were left out (missing, or in a state not counted). */
  missing: ReportForm[];
}

/** The block for `forms` when `counted` states count. */
export function reportCompleteness(forms: readonly ReportForm[], counted: readonly FormState[]): ReportCompleteness {
  return {
    counted: FORM_STATES.filter((s) => counted.includes(s)),
    forms: [...forms],
    missing: forms.filter((f) => !counted.includes(f.state)),
  };
}

/** How a section's forms stand: all counted, some left out, or none counted. */
export interface SectionForms {
  /** No form governs the section (nothing assigned): the figures are read as they are. */
  ungoverned: boolean;
  counted: ReportForm[];
  missing: ReportForm[];
  /** Counted forms still in draft (drafts counted on request): the section says so. */
  drafts: ReportForm[];
}

/** The forms of `dataSets` split by whether the report counted them. */
export function sectionForms(completeness: ReportCompleteness | undefined, dataSets: readonly string[]): SectionForms {
  const forms = (completeness?.forms ?? []).filter((f) => dataSets.includes(f.dataSet));
  const counted = forms.filter((f) => completeness!.counted.includes(f.state));
  return {
    ungoverned: forms.length === 0,
    counted,
    missing: forms.filter((f) => !counted.includes(f)),
    drafts: counted.filter((f) => f.state === 'draft'),
  };
}

/**
 * The monthly report as a document: header, parts, numbered sections and their paragraphs. Paragraphs are either
 * generated from data (sentences that cite their figures) or free text typed by staff (kept across regenerations,
 * addressed by a stable slot id). Every renderer (text, Markdown, .docx, the web editor) reads this one shape.
 */
import type { ReportCompleteness } from './completeness.ts';
import type { ReportKind } from './report-period.ts';

/**
 * The figure spans a report compares. The names are the monthly report's (every stored figure reference carries
 * one), but each is relative to the report's period: `month` is the period itself, `previousMonth` the period
 * before it, `sameMonthLastYear` the same period a year earlier (see `periodSpans`).
 */
export const FIGURE_SPANS = [
  'month',
  'previousMonth',
  'sameMonthLastYear',
  'yearToDate',
  'yearToDateLastYear',
] as const;
export type FigureSpan = (typeof FIGURE_SPANS)[number];

/** One figure a generated sentence states: what the editor shows when the sentence is clicked. */
export interface FigureRef {
  /** Data element code, `ELEMENT.OPTION`, or an indicator code. */
  item: string;
  span: FigureSpan;
  /** A child org unit's share (a district); absent for the report's whole org unit. */
  orgUnit?: string;
  value: number | null;
}

/** A note the sentence carries: a footnote in .docx and Markdown, in parentheses at `at` in plain text. */
export interface Footnote {
  /** Character offset in the sentence's text where the marker goes. */
  at: number;
  text: string;
}

/** One sentence of a generated paragraph (or a clause-run the writer keeps together). */
export interface Sentence {
  text: string;
  figures: FigureRef[];
  footnotes?: Footnote[];
}

/** A paragraph written from data; `id` is stable across regenerations (`disease.TCM`, `hiv.register`). */
export interface GeneratedBlock {
  kind: 'generated';
  id: string;
  /** The sentences, joined with one space when printed. */
  sentences: Sentence[];
}

/** Staff's own text; each non-empty line prints as one paragraph. Empty slots are left out of the print. */
export interface FreeBlock {
  kind: 'free';
  /** Stable id (`ncd`, `food-safety.activities`), the key of the instance's free texts. */
  slot: string;
  /** What the slot is for, shown as the placeholder in the editor. */
  hint: string;
  text: string;
}

export type Block = GeneratedBlock | FreeBlock;

/** A table the writer fills from data (the annual review's plan targets): a Word table in .docx. */
export interface ReportTable {
  /** Stable id (`targets`). */
  id: string;
  /** The header row. */
  columns: string[];
  /** The body rows, each as many cells as columns, written as they print. */
  rows: string[][];
}

/** A numbered section; numbers are given at print time so a section with nothing to say leaves no gap. */
export interface Section {
  /** Stable key: `prevention`, `disease`, `immunisation`, `hiv`, `ncd`, `environment`, `communication`,
   * `food-safety`, `medical-services`, `population`, `forensic`, `drug-testing`, `other`. */
  key: string;
  /** Heading without its number: `Tình hình dịch bệnh tháng 11 năm 2023:`. */
  title: string;
  /** The first paragraph continues on the heading's line (`3. Khám chữa bệnh: Thực hiện …`). */
  runIn?: boolean;
  blocks: Block[];
  /** A table printed after the heading and before the blocks (the annual review's targets). */
  table?: ReportTable;
  children: Section[];
}

/** The header fields an officer fills in or takes from the settings. */
export interface ReportHeader {
  /** `UBND TỈNH KON TUM`. */
  superiorBody: string;
  /** `SỞ Y TẾ`. */
  issuingBody: string;
  /** The number before the symbol; empty until the document is registered (`Số:      /BC-SYT`). */
  documentNumber: string;
  /** `BC-SYT`. */
  documentSymbol: string;
  /** `Kon Tum`. */
  place: string;
  /** ISO date of signing, or null to leave the blanks. */
  date: string | null;
  /** `Kính gửi` recipients, without the dash and final punctuation. */
  recipients: string[];
  /** `Nơi nhận` lines, without the dash and final punctuation (`Như trên`, …, `Lưu: VT, KHTC`). */
  distribution: string[];
  /** Lines above the signature: `GIÁM ĐỐC`, or `KT. GIÁM ĐỐC` then `PHÓ GIÁM ĐỐC`. */
  signerTitle: string[];
  signerName: string;
}

/**
 * A chart the unit's settings attach to its reports, drawn when the report was written and stored in it as SVG, so an
 * issued version keeps the chart it was signed with whatever the data does later.
 */
export interface ReportChart {
  /** The chart favourite it was drawn from. */
  favourite: number;
  /** Its caption: the chart's own title, else the favourite's name. */
  title: string;
  /** The chart as an SVG document, or null when it could not be drawn (then `problem` says why). */
  svg: string | null;
  /** Size the SVG was drawn at, in CSS pixels. */
  width: number;
  height: number;
  /** Why there is no chart, in Vietnamese (the favourite was deleted, the query no longer answers). */
  problem?: string;
}

/** The whole report: monthly, quarterly, six-month, nine-month or annual. */
export interface ReportDocument {
  kind: ReportKind;
  orgUnit: { code: string; name: string };
  /** The period's code as the kind reads it: `202311`, `2023Q3`, `2023S1`, `2023` (see `ReportPeriod.code`). */
  period: string;
  header: ReportHeader;
  /** `BÁO CÁO`. */
  title: string;
  /** `tình hình thực hiện nhiệm vụ tháng 11 năm 2023 và nhiệm vụ công tác trọng tâm tháng 12 năm 2023`. */
  subject: string;
  /** `Sở Y tế báo cáo tình hình … như sau:`. */
  opening: string;
  /** Part I: `Tình hình thực hiện nhiệm vụ tháng 11 năm 2023` and its sections. */
  results: { title: string; sections: Section[] };
  /** Part II: `Kế hoạch công tác tháng 12 năm 2023` and its numbered tasks (edited by staff, fed by the task tracker). */
  plan: { title: string; items: string[] };
  /** The forms the figures rest on (absent where no form governs them): what the editor's banner and the CLI list. */
  completeness?: ReportCompleteness;
  /** Charts printed in an appendix after the signature; absent when the unit's settings name none. */
  charts?: ReportChart[];
}

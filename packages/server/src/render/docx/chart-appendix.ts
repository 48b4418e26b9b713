/**
 * The appendix of charts after the signature (`PHỤ LỤC: BIỂU ĐỒ`, on a page of its own): each chart under its caption,
 * as the SVG stored in the report with a PNG drawn from it for word processors that show no SVG.
 */
import { Resvg } from '@resvg/resvg-js';
import type { ReportChart, ReportDocument } from '@syt/core/report/model.ts';
import { CHART_APPENDIX_TITLE, chartCaption } from '@syt/core/report/render/fixed-text.ts';
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { FONT, SIZE, TEXT_WIDTH } from './format.ts';
import { bodyParagraph, centred } from './paragraphs.ts';
import { run } from './runs.ts';

/** Pixels (96 to the inch, docx's unit for images) per twip. */
const PX_PER_TWIP = 96 / 1440;
/** The PNG is drawn at twice the size it prints, so it stays sharp on paper. */
const PNG_SCALE = 2;

/** The chart as a PNG, with the fonts of the machine (Liberation Sans stands in for Arial where Arial is absent). */
export function chartPng(svg: string, width: number): Buffer {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * PNG_SCALE) },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  }).render();
  return png.asPng();
}

/** The chart scaled to fit the text column, never enlarged. */
function printedSize(chart: ReportChart): { width: number; height: number } {
  const column = Math.floor(TEXT_WIDTH * PX_PER_TWIP);
  const scale = Math.min(1, column / chart.width);
  return { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) };
}

function chartParagraphs(chart: ReportChart, n: number): Paragraph[] {
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 240, after: 120 },
    run: { font: FONT, size: SIZE.body },
    children: [run(chartCaption(n, chart.title), { size: SIZE.body, bold: true })],
  });
  if (chart.svg === null)
    return [caption, bodyParagraph([run(chart.problem ?? '', { size: SIZE.body, italic: true })])];
  const size = printedSize(chart);
  const image = new ImageRun({
    type: 'svg',
    data: Buffer.from(chart.svg, 'utf8'),
    fallback: { type: 'png', data: chartPng(chart.svg, chart.width) },
    transformation: size,
    altText: { name: `chart-${n}`, title: chart.title, description: chart.title },
  });
  return [caption, centred([image], SIZE.body)];
}

/** The appendix's paragraphs, or none when the report carries no chart. */
export function chartAppendix(doc: ReportDocument): Paragraph[] {
  const charts = doc.charts ?? [];
  if (charts.length === 0) return [];
  const heading = new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: true,
    spacing: { before: 0, after: 240 },
    run: { font: FONT, size: SIZE.title },
    children: [run(CHART_APPENDIX_TITLE, { size: SIZE.title, bold: true })],
  });
  return [heading, ...charts.flatMap((chart, i) => chartParagraphs(chart, i + 1))];
}

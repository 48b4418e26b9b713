import type { ReportChart } from '@syt/core/report/model.ts';
import { CHART_APPENDIX_TITLE, chartCaption } from '@syt/core/report/render/fixed-text.ts';
import classes from './paper.module.css';

/**
 * The charts' appendix as the .docx prints it: each stored SVG under its caption. Shown as an image, so the SVG is
 * drawn and never run (an `<img>` runs no script), and it is the very drawing the report stores.
 */
export function PaperCharts({ charts }: { charts: ReportChart[] }) {
  if (charts.length === 0) return null;
  return (
    <section className={classes.charts} data-testid="report-charts-appendix">
      <p className={classes.title}>{CHART_APPENDIX_TITLE}</p>
      {charts.map((chart, i) => (
        <figure key={`${chart.favourite}-${i}`} className={classes.chart}>
          <figcaption className={classes.chartCaption}>{chartCaption(i + 1, chart.title)}</figcaption>
          {chart.svg === null ? (
            <p className={classes.empty}>{chart.problem}</p>
          ) : (
            <img
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`}
              alt={chart.title}
              width={chart.width}
              height={chart.height}
            />
          )}
        </figure>
      ))}
    </section>
  );
}

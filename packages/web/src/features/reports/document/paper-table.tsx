import type { ReportTable } from '@syt/core/report/model.ts';
import classes from './paper.module.css';

/** A table of the document (the annual review's plan targets), ruled as it prints in Word. */
export function PaperTable({ table }: { table: ReportTable }) {
  return (
    <table className={classes.table} data-testid={`report-table-${table.id}`}>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={i}>{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

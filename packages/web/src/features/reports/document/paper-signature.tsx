import type { ReportHeader } from '@syt/core/report/model.ts';
import { vi } from '../../../i18n/vi.ts';
import { listLine } from './paper-header.tsx';
import classes from './paper.module.css';

/** Nơi nhận at the left, level with the signer's title and name at the right. */
export function PaperSignature({ header }: { header: ReportHeader }) {
  return (
    <div className={classes.signing}>
      <div>
        <p className={classes.distributionTitle}>{vi.reports.document.distribution}</p>
        {header.distribution.map((line, i) => (
          <p key={i} className={classes.distributionLine}>
            - {listLine(line, i === header.distribution.length - 1)}
          </p>
        ))}
      </div>
      <div className={classes.signer}>
        {header.signerTitle.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
        <div className={classes.signerName}>
          {header.signerName || <span className={classes.empty}>{vi.reports.document.signerNamePlaceholder}</span>}
        </div>
      </div>
    </div>
  );
}

import type { ReportKind } from '@syt/core/report/report-period.ts';
import type { PrintParagraph, PrintRun } from '@syt/core/report/layout.ts';
import type { ReactNode } from 'react';
import { GeneratedSentence } from './generated-sentence.tsx';
import classes from './paper.module.css';

interface PaperRunsProps {
  paragraph: PrintParagraph;
  /** Footnote numbers by run, counted over the whole document. */
  footnotes: Map<PrintRun, number>;
  orgUnit: { code: string; name: string };
  /** The report's kind: what its spans are called (this month, this quarter, …). */
  kind?: ReportKind;
}

function Run({ run, footnotes, text = run.text }: { run: PrintRun; footnotes: Map<PrintRun, number>; text?: string }) {
  let node: ReactNode = text;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  const mark = footnotes.get(run);
  return (
    <>
      {node}
      {mark !== undefined && (
        <sup className={classes.footnoteMark} title={run.footnote}>
          {mark}
        </sup>
      )}
    </>
  );
}

/**
 * A paragraph's runs. The layout splits a sentence only at its footnotes and gives every piece the sentence's
 * own `figures` array, so consecutive runs sharing that array are one sentence and become one clickable span.
 */
export function PaperRuns({ paragraph, footnotes, orgUnit, kind }: PaperRunsProps) {
  const out: ReactNode[] = [];
  const runs = paragraph.runs;
  for (let i = 0; i < runs.length;) {
    const run = runs[i]!;
    if (!run.figures || !paragraph.blockId) {
      out.push(<Run key={i} run={run} footnotes={footnotes} />);
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < runs.length && runs[end]!.figures === run.figures) end += 1;
    const pieces = runs.slice(i, end);
    // The space joining two sentences stays outside the mark, so the highlight covers the sentence only.
    const lead = /^\s+/u.exec(pieces[0]!.text)?.[0] ?? '';
    if (lead) out.push(lead);
    out.push(
      <GeneratedSentence key={i} blockId={paragraph.blockId} figures={run.figures} orgUnit={orgUnit} kind={kind}>
        {pieces.map((piece, k) => (
          <Run key={k} run={piece} footnotes={footnotes} text={k === 0 ? piece.text.slice(lead.length) : piece.text} />
        ))}
      </GeneratedSentence>,
    );
    i = end;
  }
  return <>{out}</>;
}

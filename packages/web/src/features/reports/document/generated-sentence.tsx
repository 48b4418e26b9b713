import type { ReportKind } from '@syt/core/report/report-period.ts';
import { Popover, ScrollArea, Text } from '@mantine/core';
import type { FigureRef } from '@syt/core/report/model.ts';
import { useState, type ReactNode } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { FigureTable } from './figure-table.tsx';
import classes from './paper.module.css';

interface GeneratedSentenceProps {
  blockId: string;
  figures: FigureRef[];
  orgUnit: { code: string; name: string };
  kind?: ReportKind | undefined;
  children: ReactNode;
}

/** One sentence written from data: marked on the page, a click (or Enter) lists the figures behind it. */
export function GeneratedSentence({ blockId, figures, orgUnit, kind, children }: GeneratedSentenceProps) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} width={680} position="bottom" withArrow shadow="md" trapFocus={false}>
      <Popover.Target>
        <span
          role="button"
          tabIndex={0}
          title={vi.reports.figures.open}
          aria-haspopup="dialog"
          aria-expanded={opened}
          className={classes.generated}
          data-open={opened}
          data-testid="generated-sentence"
          data-block-id={blockId}
          onClick={() => setOpened((o) => !o)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            setOpened((o) => !o);
          }}
        >
          {children}
        </span>
      </Popover.Target>
      <Popover.Dropdown data-testid="figure-popover">
        <Text fw={600} size="sm" mb={6}>
          {vi.reports.figures.title}
        </Text>
        {/* A cumulative sentence cites every district: the list scrolls instead of running off the screen. */}
        <ScrollArea.Autosize mah={340} type="auto">
          {opened && <FigureTable figures={figures} orgUnit={orgUnit} kind={kind} />}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

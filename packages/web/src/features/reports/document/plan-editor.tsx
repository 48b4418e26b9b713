import { Textarea } from '@mantine/core';
import { vi } from '../../../i18n/vi.ts';
import classes from './paper.module.css';

/** Part II's tasks (next month's plan, next year's tasks), typed one a line; the print numbers them and ends the last with `./.`. */
export function PlanEditor({ title, value, onChange }: { title: string; value: string; onChange: (text: string) => void }) {
  return (
    <Textarea
      className={classes.slot}
      classNames={{ input: classes.freeInput }}
      variant="unstyled"
      autosize
      minRows={3}
      placeholder={vi.reports.document.planPlaceholder}
      aria-label={vi.reports.document.planLabel(title)}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-testid="plan-editor"
    />
  );
}

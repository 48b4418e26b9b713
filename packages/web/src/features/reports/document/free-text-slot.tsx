import { Textarea } from '@mantine/core';
import { vi } from '../../../i18n/vi.ts';
import classes from './paper.module.css';

interface FreeTextSlotProps {
  slot: string;
  hint: string;
  value: string;
  onChange: (text: string) => void;
}

/** Staff's own text where it prints; each line becomes one paragraph of the report. */
export function FreeTextSlot({ slot, hint, value, onChange }: FreeTextSlotProps) {
  return (
    <Textarea
      className={classes.slot}
      classNames={{ input: classes.freeInput }}
      variant="unstyled"
      autosize
      minRows={2}
      placeholder={hint}
      aria-label={vi.reports.document.freeTextLabel(hint)}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-testid={`free-text-${slot}`}
      data-slot={slot}
    />
  );
}

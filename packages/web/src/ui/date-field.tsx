import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
import { vi } from '../i18n/vi.ts';
import classes from './date-field.module.css';

dayjs.extend(customParseFormat);

/** How Vietnamese write a date, and the shorter forms people type. */
export const VIETNAMESE_DATE_FORMAT = 'DD/MM/YYYY';
const TYPED_FORMATS = [VIETNAMESE_DATE_FORMAT, 'D/M/YYYY', 'DD-MM-YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'D.M.YYYY'];

/** A typed day-first date as `YYYY-MM-DD`, or null when it is no real day ("31/02/2024"). */
export function parseVietnameseDate(text: string): string | null {
  const parsed = dayjs(text.trim(), TYPED_FORMATS, true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** `YYYY-MM-DD`, or '' when empty: the shape the forms and the API already use. */
  value?: string;
  onChange: (value: string) => void;
}

/**
 * A date shown and typed as dd/mm/yyyy with a Vietnamese calendar, whatever the browser's language: the native date
 * input follows the browser and shows mm/dd/yyyy in many vi-VN setups.
 */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  return (
    <DateInput
      valueFormat={VIETNAMESE_DATE_FORMAT}
      dateParser={parseVietnameseDate}
      placeholder="dd/mm/yyyy"
      ariaLabels={vi.datePicker}
      // Days of the next and previous months are drawn faint (2.4:1): leave them out rather than fail contrast.
      hideOutsideDates
      classNames={{ day: classes.day }}
      {...props}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
    />
  );
}

import { Text } from '@mantine/core';
import type { OutbreakSummary } from '@syt/core/api/surveillance.ts';
import { formatIsoDate } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';

const t = survVi.outbreaks;

/** When the outbreak ends: the automatic closure date while active, else the day it closed. */
export function closureText(outbreak: OutbreakSummary): string {
  if (outbreak.status === 'ACTIVE')
    return outbreak.expectedCloseOn ? t.autoClose(formatIsoDate(outbreak.expectedCloseOn)) : '';
  return outbreak.closedOn ? t.closedOn(formatIsoDate(outbreak.closedOn)) : t.closedUnknown;
}

export function ClosureLine({ outbreak }: { outbreak: OutbreakSummary }) {
  return (
    <Text size="sm" fw={500} data-testid="outbreak-closure">
      {closureText(outbreak)}
    </Text>
  );
}

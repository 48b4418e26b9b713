import { Badge } from '@mantine/core';
import type { UnitAlertState } from '@syt/core/api/surveillance.ts';
import { STATE_LOOKS } from './unit-state.ts';

/** A unit's alert state as a badge: icon, text and colour. Light variant so its dark text keeps its contrast. */
export function UnitStateBadge({ state, label }: { state: UnitAlertState; label: string }) {
  const look = STATE_LOOKS[state];
  return (
    <Badge color={look.color} variant="light" c={`${look.color}.9`} miw="max-content" leftSection={<look.icon size={14} />} data-state={state}>
      {label}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import type { UnitAlertState } from '@syt/core/api/surveillance.ts';
import { STATE_LOOKS } from './unit-state.ts';

/** A unit's alert state as a badge: icon, text and colour. Light variant: the theme darkens its text to read at 4.5:1. */
export function UnitStateBadge({ state, label }: { state: UnitAlertState; label: string }) {
  const look = STATE_LOOKS[state];
  return (
    <Badge
      color={look.color}
      variant="light"
      miw="max-content"
      leftSection={<look.icon size={14} />}
      data-state={state}
    >
      {label}
    </Badge>
  );
}

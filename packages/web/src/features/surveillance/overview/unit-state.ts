import type { UnitAlertState } from '@syt/core/api/surveillance.ts';
import { IconAlertTriangle, IconCircleCheck, IconFlame, IconShieldCheck, type Icon } from '@tabler/icons-react';

/** How a unit's alert state is shown: a Mantine colour, an icon, so it never rests on colour alone. */
export interface StateLook {
  color: string;
  icon: Icon;
}

export const STATE_LOOKS: Record<UnitAlertState, StateLook> = {
  NONE: { color: 'teal', icon: IconCircleCheck },
  NEW: { color: 'yellow', icon: IconAlertTriangle },
  VERIFIED: { color: 'orange', icon: IconShieldCheck },
  OUTBREAK: { color: 'red', icon: IconFlame },
};

/** The states in rising seriousness, the order of the legend. */
export const STATE_ORDER: readonly UnitAlertState[] = ['NONE', 'NEW', 'VERIFIED', 'OUTBREAK'];

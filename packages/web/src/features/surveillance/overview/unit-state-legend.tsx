import { Group, Text } from '@mantine/core';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { UnitStateBadge } from './unit-state-badge.tsx';
import { STATE_ORDER } from './unit-state.ts';

const t = survVi.overview;

/** The legend of the unit tiles: each state's badge as the tiles show it. */
export function UnitStateLegend() {
  return (
    <Group gap="xs" wrap="wrap" aria-label={t.legend} role="group">
      <Text size="sm" fw={500}>
        {t.legend}:
      </Text>
      {STATE_ORDER.map((state) => (
        <UnitStateBadge key={state} state={state} label={t.states[state]} />
      ))}
    </Group>
  );
}

import { Card, Group, SimpleGrid, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { UnitAlertRow } from '@syt/core/api/surveillance.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { STATE_LOOKS } from './unit-state.ts';

const t = survVi.overview;

/**
 * The units as a grid of coloured tiles, in the province's order: a map stand-in, since unit boundaries cannot be had
 * offline. Each tile names its state in words and with an icon; a click shows that unit's curve (its name is the
 * tile's text, so what is read aloud matches what is seen).
 */
export function UnitTiles({ rows, onPick }: { rows: readonly UnitAlertRow[]; onPick: (unit: string) => void }) {
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }} spacing="sm" data-testid="surveillance-tiles">
      {rows.map((row) => {
        const look = STATE_LOOKS[row.state];
        // The theme's darkened text colour of the light variant: 4.5:1 even on yellow.
        const ink = `var(--mantine-color-${look.color}-light-color)`;
        return (
          <UnstyledButton
            key={row.unit.code}
            onClick={() => onPick(row.unit.code)}
            data-testid="surveillance-tile"
            data-org-unit={row.unit.code}
            data-state={row.state}
          >
            <Card
              withBorder
              radius="md"
              padding="sm"
              bg={`${look.color}.0`}
              style={{ borderLeft: `6px solid var(--mantine-color-${look.color}-7)` }}
            >
              <Group gap={6} wrap="nowrap" mb={4}>
                <look.icon size={18} color={ink} aria-hidden />
                <Text fw={600} size="sm" c="dark.9" truncate>
                  {row.unit.name}
                </Text>
              </Group>
              <Text size="sm" fw={600} c={ink}>
                {row.stateLabel}
              </Text>
              <Text size="xs" c="dark.7">
                {t.tileCases(row.lastWeekCases)}
              </Text>
              <Text size="xs" c="dark.7">
                {t.tileCounts(row.openAlerts, row.activeOutbreaks)}
              </Text>
              <VisuallyHidden>{t.showUnit(row.unit.name)}</VisuallyHidden>
            </Card>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}

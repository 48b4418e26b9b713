import { Badge, Group, Text } from '@mantine/core';
import type { RenderTreeNodePayload } from '@mantine/core';
import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { IconChevronRight } from '@tabler/icons-react';
import { formatIsoDate } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';

interface OrgUnitLabelProps {
  payload: RenderTreeNodePayload;
  unit: OrgUnit;
  /** Name of any unit ever, by code, to name successors outside the current list. */
  nameOf: (code: string) => string;
}

/** One tree row: chevron, name, code, a health unit's kind, and for a closed unit its closing date and successors. */
export function OrgUnitLabel({ payload, unit, nameOf }: OrgUnitLabelProps) {
  const { elementProps, hasChildren, expanded } = payload;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" py={4} {...elementProps} data-testid={`org-unit-${unit.code}`}>
      <IconChevronRight
        size={16}
        aria-hidden
        style={{
          visibility: hasChildren ? 'visible' : 'hidden',
          transform: expanded ? 'rotate(90deg)' : undefined,
          transition: 'transform 120ms ease',
          flexShrink: 0,
          marginTop: 4,
        }}
      />
      <Group gap={6} wrap="wrap">
        <Text fw={unit.level === 1 ? 600 : 400}>{unit.name}</Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {unit.code}
        </Text>
        {unit.type === 'HEALTH_UNIT' && (
          <Badge color="teal" variant="light" size="sm" radius="sm">
            {vi.orgUnits.healthUnit}
          </Badge>
        )}
        {unit.closingDate && (
          <Badge color="gray" variant="light" size="sm" radius="sm">
            {vi.orgUnits.closed(formatIsoDate(unit.closingDate))}
          </Badge>
        )}
        {unit.closingDate && unit.successors.length > 0 && (
          <Text size="xs" c="dimmed">
            {vi.orgUnits.successors(unit.successors.map(nameOf).join(', '))}
          </Text>
        )}
      </Group>
    </Group>
  );
}

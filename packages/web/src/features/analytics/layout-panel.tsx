import { Checkbox, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { DIMENSIONS, type Dimension, type PivotLayout } from '@syt/core/api/analytics.ts';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';

type Place = 'rows' | 'columns' | 'filter';

const placeOf = (layout: PivotLayout, d: Dimension): Place =>
  layout.rows.includes(d) ? 'rows' : layout.columns.includes(d) ? 'columns' : 'filter';

/** Moves one dimension to rows, columns or the filter, keeping the others where they are. */
export function moveDimension(layout: PivotLayout, d: Dimension, place: Place): PivotLayout {
  const rows = layout.rows.filter((x) => x !== d);
  const columns = layout.columns.filter((x) => x !== d);
  if (place === 'rows') rows.push(d);
  if (place === 'columns') columns.push(d);
  // A sort names a column by its items: it means nothing once the columns change.
  return { ...layout, rows, columns, sort: null };
}

interface LayoutPanelProps {
  layout: PivotLayout;
  onChange: (layout: PivotLayout) => void;
}

/** Where each dimension sits, and the pivot's totals and empty lines. */
export function LayoutPanel({ layout, onChange }: LayoutPanelProps) {
  const data = (['rows', 'columns', 'filter'] as const).map((p) => ({ value: p, label: t.layout.place[p] }));
  return (
    <Stack gap="xs" role="group" aria-label={t.layout.title}>
      <Group gap="lg" wrap="wrap">
        {DIMENSIONS.map((d) => (
          <Stack gap={4} key={d}>
            <Text size="sm" fw={500}>
              {t.dimensions[d]}
            </Text>
            <SegmentedControl
              size="xs"
              value={placeOf(layout, d)}
              data={data}
              onChange={(p) => onChange(moveDimension(layout, d, p as Place))}
              data-testid={`analytics-place-${d}`}
            />
          </Stack>
        ))}
      </Group>
      <Group gap="lg" wrap="wrap">
        <Checkbox
          label={t.layout.totals}
          checked={layout.totals.rows && layout.totals.columns}
          onChange={(e) => onChange({ ...layout, totals: { rows: e.currentTarget.checked, columns: e.currentTarget.checked } })}
        />
        <Checkbox
          label={t.layout.subtotals}
          checked={layout.subtotals}
          onChange={(e) => onChange({ ...layout, subtotals: e.currentTarget.checked })}
        />
        <Checkbox
          label={t.layout.hideEmptyRows}
          checked={layout.hideEmptyRows}
          onChange={(e) => onChange({ ...layout, hideEmptyRows: e.currentTarget.checked })}
        />
        <Checkbox
          label={t.layout.hideEmptyColumns}
          checked={layout.hideEmptyColumns}
          onChange={(e) => onChange({ ...layout, hideEmptyColumns: e.currentTarget.checked })}
        />
      </Group>
    </Stack>
  );
}

import { Group, Select } from '@mantine/core';
import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { useQuery } from '@tanstack/react-query';
import { vi } from '../../i18n/vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { PeriodPicker } from '../data-entry/pickers/period-picker.tsx';
import { orgUnitsQuery } from '../org-units/org-units-query.ts';

interface ReportPickersProps {
  scopeRoot: { code: string; name: string };
  org: string;
  period: string;
  onChange: (next: { org: string; period: string }) => void;
}

/** Whether a unit existed during the month (`YYYYMM`): districts merge and split over the years. */
function openDuring(unit: OrgUnit, period: string): boolean {
  const first = `${period.slice(0, 4)}-${period.slice(4, 6)}-01`;
  const last = `${period.slice(0, 4)}-${period.slice(4, 6)}-31`;
  return unit.openingDate <= last && (unit.closingDate === null || unit.closingDate >= first);
}

/** Đơn vị (the user's own unit, then the units directly under it that existed that month) and Tháng báo cáo. */
export function ReportPickers({ scopeRoot, org, period, onChange }: ReportPickersProps) {
  const units = useQuery(orgUnitsQuery());
  const children = (units.data ?? []).filter((u) => u.parent === scopeRoot.code && openDuring(u, period));
  const options = [
    { value: scopeRoot.code, label: scopeRoot.name },
    ...children.map((u) => ({ value: u.code, label: u.name })),
  ];
  if (!options.some((o) => o.value === org)) options.push({ value: org, label: org });
  return (
    <Group align="flex-end" gap="md" wrap="wrap" data-testid="report-pickers">
      <Select
        label={vi.reports.pickers.orgUnit}
        data={options}
        value={org}
        onChange={(next) => next && onChange({ org: next, period })}
        searchable
        filter={foldedFilter}
        allowDeselect={false}
        w={{ base: '100%', sm: 280 }}
        data-testid="pick-report-org"
      />
      <PeriodPicker
        periodType="Monthly"
        label={vi.reports.pickers.month}
        value={period}
        onChange={(next) => onChange({ org, period: next })}
        testId="pick-report-period"
      />
    </Group>
  );
}

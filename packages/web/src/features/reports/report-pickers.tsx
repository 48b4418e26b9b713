import { isReportKind, parseReportPeriod, REPORT_KINDS, type ReportKind, type ReportPeriod } from '@syt/core/report/report-period.ts';
import { Group, Select } from '@mantine/core';
import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { useQuery } from '@tanstack/react-query';
import { vi } from '../../i18n/vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { PeriodPicker } from '../data-entry/pickers/period-picker.tsx';
import { orgUnitsQuery } from '../org-units/org-units-query.ts';
import { KIND_PERIOD_TYPES } from './report-search.ts';

interface ReportPickersProps {
  scopeRoot: { code: string; name: string };
  org: string;
  period: string;
  kind: ReportKind;
  onChange: (next: { org: string; period: string; kind: ReportKind }) => void;
}

/** Whether a unit existed during the report's period: districts merge and split over the years. */
function openDuring(unit: OrgUnit, period: ReportPeriod | null): boolean {
  if (!period) return true;
  return unit.openingDate <= period.endDate && (unit.closingDate === null || unit.closingDate >= period.startDate);
}

/**
 * Đơn vị (the user's own unit, then the units directly under it that existed during the period), Loại báo cáo
 * (tháng, quý, sơ kết 6 tháng, 9 tháng, tổng kết năm) and the period of that kind.
 */
export function ReportPickers({ scopeRoot, org, period, kind, onChange }: ReportPickersProps) {
  const units = useQuery(orgUnitsQuery());
  const reportPeriod = parseReportPeriod(kind, period);
  const children = (units.data ?? []).filter((u) => u.parent === scopeRoot.code && openDuring(u, reportPeriod));
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
        onChange={(next) => next && onChange({ org: next, period, kind })}
        searchable
        filter={foldedFilter}
        allowDeselect={false}
        w={{ base: '100%', sm: 280 }}
        data-testid="pick-report-org"
      />
      <Select
        label={vi.reports.pickers.kind}
        data={REPORT_KINDS.map((k) => ({ value: k, label: vi.reports.kinds[k] }))}
        value={kind}
        onChange={(next) => next && isReportKind(next) && onChange({ org, period, kind: next })}
        allowDeselect={false}
        w={{ base: '100%', sm: 200 }}
        data-testid="pick-report-kind"
      />
      <PeriodPicker
        periodType={KIND_PERIOD_TYPES[kind]}
        label={kind === 'monthly' ? vi.reports.pickers.month : vi.reports.pickers.period}
        value={period}
        onChange={(next) => onChange({ org, period: next, kind })}
        testId="pick-report-period"
      />
    </Group>
  );
}

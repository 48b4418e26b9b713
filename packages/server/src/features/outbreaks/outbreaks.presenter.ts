import type { OutbreakSummary, OutbreakView } from '@syt/core/api/surveillance.ts';
import { expectedClosingDate } from '@syt/core/outbreaks/closure.ts';
import type { NameOf } from '../users/display-names.repository.ts';
import { maySurveil, type Watcher } from '../surveillance/surveillance-scope.ts';
import { OUTBREAK_STATUS_LABELS } from '../surveillance/surveillance.messages.ts';
import type { CaseTotals, OutbreakRecord, caseCountsOf, measuresOf } from './outbreaks.repository.ts';

/** A HISTORY record's closure is unknown: it is shown as over, without a date. */
const HISTORY_STATUS_LABEL = 'Đã kết thúc (không rõ ngày)';

export function presentOutbreakSummary(r: OutbreakRecord, totals: CaseTotals | undefined): OutbreakSummary {
  const lastCase = totals?.lastDate && totals.lastDate > r.start_date ? totals.lastDate : r.start_date;
  return {
    id: r.id,
    disease: { code: r.disease_code, name: r.disease_name },
    orgUnit: { code: r.unit_code, name: r.unit_name },
    place: r.place,
    startDate: r.start_date,
    status: r.status,
    statusLabel: r.source === 'HISTORY' ? HISTORY_STATUS_LABEL : OUTBREAK_STATUS_LABELS[r.status],
    source: r.source,
    closedOn: r.closed_on,
    closeReason: r.close_reason,
    alertId: r.alert_id,
    totalCases: totals?.total ?? 0,
    lastCaseDate: lastCase,
    expectedCloseOn: r.status === 'ACTIVE' ? expectedClosingDate(lastCase, r.max_incubation_days) : null,
  };
}

type CaseRow = Awaited<ReturnType<typeof caseCountsOf>>[number];
type MeasureRow = Awaited<ReturnType<typeof measuresOf>>[number];

export function presentOutbreak(
  r: OutbreakRecord, totals: CaseTotals | undefined, cases: CaseRow[], measures: MeasureRow[], w: Watcher, nameOf: NameOf,
): OutbreakView {
  const active = r.status === 'ACTIVE';
  const record = maySurveil(w, 'record', r.unit_path);
  return {
    ...presentOutbreakSummary(r, totals),
    cases: cases.map((c) => ({ id: Number(c.id), date: c.case_date, count: Number(c.case_count), createdAt: c.created_at, createdBy: nameOf(c.created_by) })),
    measures: measures.map((m) => ({ id: Number(m.id), date: m.measure_date, text: m.text, createdAt: m.created_at, createdBy: nameOf(m.created_by) })),
    can: {
      addCases: active && record,
      addMeasure: r.source !== 'HISTORY' && record,
      close: active && maySurveil(w, 'handle', r.unit_path),
    },
  };
}

import type { AlertView, ThresholdMethodName } from '@syt/core/api/surveillance.ts';
import type { NameOf } from '../users/display-names.repository.ts';
import type { AlertRecord } from './alerts.repository.ts';
import { maySurveil, type Watcher } from './surveillance-scope.ts';
import { ALERT_KIND_LABELS, ALERT_STATUS_LABELS, surveillanceMessages as sm } from './surveillance.messages.ts';

const OPEN = new Set(['NEW', 'VERIFIED']);

/** An alert as the API answers it, with what the watcher may do with it now. */
export function presentAlert(r: AlertRecord, w: Watcher, nameOf: NameOf): AlertView {
  const handle = maySurveil(w, 'handle', r.unit_path);
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: ALERT_KIND_LABELS[r.kind],
    disease: { code: r.disease_code, name: r.disease_name },
    orgUnit: { code: r.unit_code, name: r.unit_name },
    period: r.period,
    periodLabel: sm.periodLabel(r.period),
    observed: r.observed,
    expected: r.expected,
    upper: r.upper,
    method: r.method as ThresholdMethodName | null,
    status: r.status,
    statusLabel: ALERT_STATUS_LABELS[r.status],
    reason: r.reason,
    verifiedBy: r.verified_by ? nameOf(r.verified_by) : null,
    verifiedAt: r.verified_at,
    outbreakId: r.outbreak_id,
    immediateReportId: r.immediate_report_id,
    createdAt: r.created_at,
    can: { verify: handle && r.status === 'NEW', dismiss: handle && OPEN.has(r.status), openOutbreak: handle && OPEN.has(r.status) },
  };
}

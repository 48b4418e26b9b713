import type { ReportStatus, ReportVersionSummary } from '@syt/core/api/reports.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import type { Clock } from '../../clock.ts';
import type { Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { versionConflict } from './report-access.ts';
import { insertVersion, updateInstance, type InstanceRecord } from './reports.repository.ts';

interface NextVersion {
  document: ReportDocument;
  status: ReportStatus;
  action: ReportVersionSummary['action'];
  note: string | null;
}

/** Stores a report's next version and its version row (the caller holds the transaction); 409 if a save raced it. */
export async function writeNextVersion(db: Executor, clock: Clock, actor: Actor, row: InstanceRecord, next: NextVersion): Promise<void> {
  const now = clock.now().toISOString();
  const document = JSON.stringify(next.document);
  const moved = await updateInstance(db, row.id, row.version, { status: next.status, document, updated_at: now, updated_by: actor.username });
  if (!moved) throw versionConflict(row.version, row.version + 1);
  await insertVersion(db, {
    instance_id: row.id,
    version: row.version + 1,
    status: next.status,
    action: next.action,
    note: next.note,
    document,
    created_at: now,
    created_by: actor.username,
  });
}

import type { ReportInstanceView, ReportStatusRequest, SaveReportRequest } from '@syt/core/api/reports.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { hasErrorCode } from '../../../api/api-error.ts';
import { fieldDetails } from '../../../lib/form-errors.ts';
import { vi } from '../../../i18n/vi.ts';
import { notifyDone, notifyFailed } from '../notify.ts';
import { changeReportStatus, regenerateReport, saveReport } from '../reports-api.ts';
import { reportKeys } from '../reports-queries.ts';

const t = vi.reports;

/** A status change as the editor asks for it; the base version is the one on screen. */
export type StatusChange = Omit<ReportStatusRequest, 'baseVersion' | 'acknowledgeMissing'>;

/** The issue dialog's fields, as the server names them in its refusals. */
export const ISSUE_FIELDS = ['number', 'date'] as const;

/**
 * Save, regenerate and status changes of one report; a 409 on any of them raises the conflict notice.
 * `acknowledgeMissing` goes with an approval: the signer ticked that forms are missing. `includeDrafts` goes with a
 * regeneration: the user asked to count forms not yet sent.
 */
export function useReportActions(
  view: ReportInstanceView,
  { acknowledgeMissing = false, includeDrafts = false }: { acknowledgeMissing?: boolean; includeDrafts?: boolean } = {},
) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);

  const settle = (next: ReportInstanceView) => {
    queryClient.setQueryData(reportKeys.instance(next.id), next);
    void queryClient.invalidateQueries({ queryKey: [...reportKeys.instance(next.id), 'versions'] });
    void queryClient.invalidateQueries({ queryKey: [...reportKeys.instance(next.id), 'warnings'] });
    void queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
    setConflict(false);
  };
  const fail = (error: Error) => {
    if (hasErrorCode(error, 'VERSION_CONFLICT')) {
      setConflict(true);
      return;
    }
    notifyFailed(error);
  };

  const save = useMutation({
    mutationFn: (request: SaveReportRequest) => saveReport(view.id, request),
    onSuccess: (next) => {
      settle(next);
      setSavedVersion(next.version);
      notifyDone(t.saved(next.version));
    },
    onError: fail,
  });
  const regenerate = useMutation({
    mutationFn: () => regenerateReport(view.id, view.version, includeDrafts),
    onSuccess: (next) => {
      settle(next);
      notifyDone(t.regenerate.done(next.version));
    },
    onError: fail,
  });
  const status = useMutation({
    mutationFn: (change: StatusChange) =>
      changeReportStatus(view.id, {
        ...change,
        baseVersion: view.version,
        ...(change.status === 'final' && acknowledgeMissing ? { acknowledgeMissing: true } : {}),
      }),
    onSuccess: (next) => {
      settle(next);
      notifyDone(t.status.done(next.statusLabel));
    },
    // The issue dialog shows refusals of its own fields under them; a toast would say it twice.
    onError: (error) => (fieldDetails(error, ISSUE_FIELDS).length > 0 ? undefined : fail(error)),
  });

  /** Fetches the latest stored version; the unsaved edits stay on top of it. */
  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: reportKeys.instance(view.id), exact: true });
    setConflict(false);
  };

  const busy = save.isPending || regenerate.isPending || status.isPending;
  return { save, regenerate, status, conflict, reload, savedVersion, busy };
}

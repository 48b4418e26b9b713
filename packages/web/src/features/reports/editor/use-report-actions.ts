import { notifications } from '@mantine/notifications';
import type { ReportInstanceView, ReportStatus, SaveReportRequest } from '@syt/core/api/reports.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { hasErrorCode } from '../../../api/api-error.ts';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { changeReportStatus, regenerateReport, saveReport } from '../reports-api.ts';
import { reportKeys } from '../reports-queries.ts';

const t = vi.reports;

/** Save, regenerate and status changes of one report; a 409 on any of them raises the conflict notice. */
export function useReportActions(view: ReportInstanceView) {
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
    notifications.show({
      color: 'red',
      title: t.failed,
      message: errorMessage(error, vi.errors.unexpected),
      withBorder: true,
    });
  };

  const save = useMutation({
    mutationFn: (request: SaveReportRequest) => saveReport(view.id, request),
    onSuccess: (next) => {
      settle(next);
      setSavedVersion(next.version);
      notifications.show({ color: 'teal', message: t.saved(next.version), withBorder: true });
    },
    onError: fail,
  });
  const regenerate = useMutation({
    mutationFn: () => regenerateReport(view.id, view.version),
    onSuccess: (next) => {
      settle(next);
      notifications.show({ color: 'teal', message: t.regenerate.done(next.version), withBorder: true });
    },
    onError: fail,
  });
  const status = useMutation({
    mutationFn: (next: ReportStatus) => changeReportStatus(view.id, view.version, next),
    onSuccess: (next) => {
      settle(next);
      notifications.show({ color: 'teal', message: t.status.done(next.statusLabel), withBorder: true });
    },
    onError: fail,
  });

  /** Fetches the latest stored version; the unsaved edits stay on top of it. */
  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: reportKeys.instance(view.id), exact: true });
    setConflict(false);
  };

  const busy = save.isPending || regenerate.isPending || status.isPending;
  return { save, regenerate, status, conflict, reload, savedVersion, busy };
}

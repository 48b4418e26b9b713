import { Alert, Button, Loader, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { ReportInstanceView } from '@syt/core/api/reports.ts';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { ReportPaper } from '../document/report-paper.tsx';
import { HeaderDrawer } from '../panels/header-drawer.tsx';
import { VersionsDrawer } from '../panels/versions-drawer.tsx';
import { WarningsDrawer } from '../panels/warnings-drawer.tsx';
import { reportInstanceQuery } from '../reports-queries.ts';
import { EditorToolbar } from '../toolbar/editor-toolbar.tsx';
import { CompletenessBanner } from './completeness-banner.tsx';
import { LeaveGuard } from './leave-guard.tsx';
import { useReportActions } from './use-report-actions.ts';
import { useReportDraft } from './use-report-draft.ts';

const t = vi.reports;
type Panel = 'header' | 'warnings' | 'versions' | 'submit' | 'finalize';

function Editor({ view, includeDrafts }: { view: ReportInstanceView; includeDrafts: boolean }) {
  const draft = useReportDraft(view.document, view.version);
  const missingForms = view.document.completeness?.missing.length ?? 0;
  const [acknowledged, setAcknowledged] = useState(false);
  const actions = useReportActions(view, { acknowledgeMissing: acknowledged, includeDrafts });
  const [panel, setPanel] = useState<Panel | null>(null);
  const editable = view.can.edit;
  const dirty = editable && draft.pending !== null;
  const save = () => {
    if (draft.pending && !actions.busy && !actions.conflict) actions.save.mutate(draft.pending);
  };
  useHotkeys([['mod+S', save]], []);

  return (
    <>
      <LeaveGuard dirty={dirty} />
      <EditorToolbar
        view={view}
        dirty={dirty}
        busy={actions.busy}
        blocked={actions.conflict}
        savedVersion={actions.savedVersion === view.version ? view.version : null}
        saving={actions.save.isPending}
        regenerating={actions.regenerate.isPending}
        onSave={save}
        onRegenerate={() => actions.regenerate.mutateAsync()}
        onStatus={(change) => actions.status.mutateAsync(change)}
        onOpen={setPanel}
      />
      {actions.conflict && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title={t.conflict.title}
          mb="md"
          role="alert"
          data-testid="report-conflict"
        >
          <Text size="sm" mb="sm">
            {t.conflict.message}
          </Text>
          <Button size="xs" color="orange" onClick={() => void actions.reload()} data-testid="report-conflict-reload">
            {t.conflict.reload}
          </Button>
        </Alert>
      )}
      {!editable && (
        <Alert color="blue" icon={<IconLock size={18} />} mb="md">
          {t.readOnly[view.status]}
        </Alert>
      )}
      <CompletenessBanner doc={view.document} stored />
      {editable && (
        <Text size="xs" c="dimmed" mb="sm" ta="center">
          {t.legend}
        </Text>
      )}
      <ReportPaper doc={editable ? draft.doc : view.document} {...(editable ? { editing: draft.editing } : {})} />
      <HeaderDrawer
        opened={panel === 'header'}
        onClose={() => setPanel(null)}
        stored={view.document}
        edits={draft.edits}
        onChange={draft.setHeader}
        readOnly={!editable}
      />
      <WarningsDrawer
        reportId={view.id}
        opened={panel === 'warnings' || panel === 'submit' || panel === 'finalize'}
        onClose={() => setPanel(null)}
        finalizing={actions.status.isPending}
        step={panel === 'finalize' ? 'approve' : 'submit'}
        {...(panel === 'finalize' ? { acknowledgement: { missingForms, acknowledged, onChange: setAcknowledged } } : {})}
        {...(panel === 'submit' || panel === 'finalize'
          ? {
              // Trình ký sends the draft to the leader; Duyệt is the leader's approval.
              onFinalize: () =>
                void actions.status.mutateAsync({ status: panel === 'submit' ? 'submitted' : 'final' }).then(
                  () => setPanel(null),
                  () => undefined,
                ),
            }
          : {})}
      />
      <VersionsDrawer reportId={view.id} opened={panel === 'versions'} onClose={() => setPanel(null)} />
    </>
  );
}

/** A stored report, editable in place when the user may; "Cập nhật số liệu" counts drafts when `includeDrafts`. */
export function ReportEditor({ reportId, includeDrafts }: { reportId: number; includeDrafts: boolean }) {
  const report = useQuery(reportInstanceQuery(reportId));
  if (report.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (report.isError) return <LoadError error={report.error} onRetry={() => void report.refetch()} />;
  return <Editor view={report.data} includeDrafts={includeDrafts} />;
}

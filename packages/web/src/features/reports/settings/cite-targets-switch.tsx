import { Switch } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { targetsVi as t } from '../../../i18n/targets.vi.ts';
import { notifyDone, notifyFailed } from '../notify.ts';
import { saveCiteTargets } from '../reports-api.ts';
import { reportKeys, reportSettingsQuery } from '../reports-queries.ts';

/**
 * Nêu tỷ lệ đạt chỉ tiêu kế hoạch năm: the unit's setting whether its monthly report cites the year's plan targets.
 * Off until staff turn it on, so a report reads as those sent before until the department chooses otherwise.
 */
export function CiteTargetsSwitch({ org }: { org: string }) {
  const settings = useQuery(reportSettingsQuery(org));
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (next: boolean) => saveCiteTargets(org, next),
    onSuccess: (next) => {
      queryClient.setQueryData(reportKeys.settings(org), next);
      // Every preview of the unit was written with the old setting.
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
      notifyDone(t.citeInReportSaved);
    },
    onError: notifyFailed,
  });
  if (!settings.data) return null;
  return (
    <Switch
      label={t.citeInReport}
      description={t.citeInReportHint}
      checked={save.isPending ? (save.variables ?? settings.data.citeTargets) : settings.data.citeTargets}
      disabled={save.isPending}
      onChange={(event) => save.mutate(event.currentTarget.checked)}
      maw={360}
      data-testid="report-cite-targets"
    />
  );
}

import { Group, Switch } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { reportCompletenessVi } from '../../../i18n/report-completeness.vi.ts';
import { countedStatesQuery } from '../reports-queries.ts';
import { CountedStatesButton } from './counted-states-button.tsx';

const t = reportCompletenessVi.counting;

/**
 * Tính cả số liệu nháp: the user's request to count forms not yet sent. Checked and fixed when the installation
 * already counts drafts; beside it, the setting itself for who may change it.
 */
export function DraftsSwitch({ value, onChange }: { value: boolean; onChange: (next: boolean) => void }) {
  const counted = useQuery(countedStatesQuery());
  const bySetting = counted.data?.states.includes('draft') ?? false;
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <Switch
        label={t.drafts}
        description={bySetting ? t.draftsBySetting : t.draftsHint}
        checked={bySetting || value}
        disabled={bySetting}
        onChange={(event) => onChange(event.currentTarget.checked)}
        data-testid="report-include-drafts"
      />
      {counted.data?.canChange && <CountedStatesButton states={counted.data.states} />}
    </Group>
  );
}

import { Alert, List, Text } from '@mantine/core';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { reportCompletenessVi as t } from '../../../i18n/report-completeness.vi.ts';

/**
 * The forms a report lacks (their figures are left out), and any drafts it counted; nothing when all came in.
 * `stored`: the report is saved, so "Cập nhật số liệu" can rewrite it once the forms arrive.
 */
export function CompletenessBanner({ doc, stored = false }: { doc: ReportDocument; stored?: boolean }) {
  const completeness = doc.completeness;
  if (!completeness) return null;
  const drafts = completeness.forms.filter((f) => f.state === 'draft' && completeness.counted.includes('draft'));
  if (completeness.missing.length === 0 && drafts.length === 0) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle size={18} />}
      title={completeness.missing.length > 0 ? t.title(completeness.missing.length) : undefined}
      mb="md"
      data-testid="report-completeness"
    >
      {completeness.missing.length > 0 && (
        <>
          <Text size="sm" mb={4}>
            {t.intro}
          </Text>
          <List size="sm" spacing={2} data-testid="report-missing-units">
            {completeness.missing.map((f) => (
              <List.Item key={`${f.dataSet}/${f.orgUnit}`}>
                <Text span fw={600} size="sm">
                  {f.orgUnitName}
                </Text>
                {` — ${f.dataSetName ?? f.dataSet}: ${t.states[f.state]}`}
              </List.Item>
            ))}
          </List>
          {stored && (
            <Text size="xs" mt={4}>
              {t.regenerateHint}
            </Text>
          )}
        </>
      )}
      {drafts.length > 0 && (
        <Text size="sm" mt={completeness.missing.length > 0 ? 'xs' : 0}>
          {t.drafts(drafts.map((f) => f.orgUnitName).join(', '))}
        </Text>
      )}
    </Alert>
  );
}

import { Table, Text } from '@mantine/core';
import type { ImportSummary } from '@syt/core/api/contract.ts';
import { formatPeriodLabel } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';

const s = vi.interchange.summary;

/** The forms an import marked (or, in a dry run, would mark) as submitted: form, unit, period. */
export function SubmittedFormsView({ summary }: { summary: ImportSummary }) {
  if (summary.status !== 'SUCCESS' || summary.submittedTotal === 0) return null;
  return (
    <div data-testid="import-submitted">
      <Text fw={600} size="sm" c="green.9" mb={4}>
        {s.submitted(summary.submittedTotal, summary.dryRun)}
      </Text>
      <Table.ScrollContainer minWidth={480} maxHeight={320}>
        <Table striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{s.form}</Table.Th>
              <Table.Th>{s.orgUnit}</Table.Th>
              <Table.Th>{s.period}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.submitted.map((form) => (
              <Table.Tr key={`${form.dataSet}|${form.orgUnit}|${form.period}`} data-testid="import-submitted-form">
                <Table.Td fz="sm">{form.dataSetName}</Table.Td>
                <Table.Td fz="sm">{form.orgUnitName}</Table.Td>
                <Table.Td fz="sm">{formatPeriodLabel(form.period)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {summary.submittedTotal > summary.submitted.length && (
        <Text size="sm" c="dimmed" mt={4}>
          {s.moreSubmitted(summary.submittedTotal - summary.submitted.length)}
        </Text>
      )}
    </div>
  );
}

import { Badge, Button, Card, Flex, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatIsoDate, formatPeriodLabel } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { pendingFormsQuery } from '../data-entry/data-entry-queries.ts';
import type { PendingForm } from '../data-entry/data-entry-types.ts';

const h = vi.home;

/** Overdue first, then due soon, then the rest; by due date within each group. */
function urgencyOrder(forms: readonly PendingForm[]): PendingForm[] {
  const rank = (f: PendingForm) => (f.overdue ? 0 : f.dueSoon ? 1 : 2);
  return [...forms].sort((a, b) => rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate));
}

function PendingItem({ form }: { form: PendingForm }) {
  const search = { dataSet: form.dataSet.code, orgUnit: form.orgUnit.code, period: form.period };
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      bg={form.overdue ? 'red.0' : undefined}
      style={form.overdue ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}
      data-testid="pending-form"
      data-overdue={form.overdue || undefined}
      data-due-soon={form.dueSoon || undefined}
    >
      {/* Side by side from 576 px; on a phone the button goes under the text, which keeps its full width. */}
      <Flex
        direction={{ base: 'column', xs: 'row' }}
        justify="space-between"
        align={{ base: 'stretch', xs: 'center' }}
        gap="sm"
      >
        <div style={{ minWidth: 0 }}>
          <Group gap={6} mb={2}>
            {form.overdue && <Badge color="red">{vi.formStatus.overdue}</Badge>}
            {form.dueSoon && (
              <Badge color="orange" variant="light">
                {h.dueSoon}
              </Badge>
            )}
            <Text size="sm" c={form.overdue ? 'red.9' : 'dimmed'} fw={form.overdue ? 600 : 400}>
              {h.due(formatIsoDate(form.dueDate))}
            </Text>
          </Group>
          <Text fw={600} lineClamp={2}>
            {form.dataSet.name}
          </Text>
          <Text size="sm" c="dimmed">
            {form.orgUnit.name} · {formatPeriodLabel(form.period)} · {form.label}
          </Text>
        </div>
        <Button
          variant={form.overdue ? 'filled' : 'light'}
          color={form.overdue ? 'red' : undefined}
          rightSection={<IconChevronRight size={16} />}
          renderRoot={(props) => <Link to="/nhap-lieu" search={search} {...props} />}
          style={{ flexShrink: 0 }}
        >
          {h.open}
        </Button>
      </Flex>
    </Card>
  );
}

/** The key a form has in the to-do list's links (`/nhap-lieu?dataSet=…&orgUnit=…&period=…`). */
export function formKey(form: { dataSet: string; orgUnit: string; period: string }): string {
  return `${form.dataSet}|${form.orgUnit}|${form.period}`;
}

/** The forms of the to-do list's links (`/nhap-lieu?dataSet=…&orgUnit=…&period=…`), to leave them out of this card. */
export function todoFormKeys(links: readonly string[]): Set<string> {
  return new Set(
    links.map((link) => {
      const query = new URLSearchParams(link.split('?')[1] ?? '');
      return formKey({
        dataSet: query.get('dataSet') ?? '',
        orgUnit: query.get('orgUnit') ?? '',
        period: query.get('period') ?? '',
      });
    }),
  );
}

interface PendingFormsProps {
  /** Forms already listed under "Việc cần làm" (overdue or due soon), left out so none shows twice. */
  exclude?: ReadonlySet<string>;
}

/** The user's other forms still to submit, the overdue in red on top. */
export function PendingForms({ exclude }: PendingFormsProps) {
  const query = useQuery(pendingFormsQuery);
  const keep = (f: PendingForm) =>
    !exclude?.has(formKey({ dataSet: f.dataSet.code, orgUnit: f.orgUnit.code, period: f.period }));
  const pending = { ...query, data: query.data?.filter(keep) };
  return (
    <Card withBorder radius="md" padding="lg" h="100%" data-testid="pending-forms">
      <Title order={3} size="h4" mb="md">
        {h.otherForms}
      </Title>
      {pending.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {pending.isError && <LoadError error={pending.error} onRetry={() => void query.refetch()} />}
      {pending.data?.length === 0 && (
        <Text c="dimmed" data-testid="pending-empty">
          {h.todoEmpty}
        </Text>
      )}
      {pending.data && pending.data.length > 0 && (
        <Stack gap="sm">
          {urgencyOrder(pending.data).map((form) => (
            <PendingItem key={`${form.dataSet.code}|${form.orgUnit.code}|${form.period}`} form={form} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

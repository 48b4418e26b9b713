import { Alert, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { DirectiveDraft } from '@syt/core/api/tasks.ts';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage } from '../../../lib/form-errors.ts';
import { addDirectiveTasks, createDirective } from '../tasks-api.ts';
import { notifyDone, useInvalidateTaskViews } from '../tasks-queries.ts';
import { DIRECTIVE_FIELDS, DirectiveFields, directiveInitialValues, directiveRules, toDirectiveInput, type DirectiveValues } from './directive-fields.tsx';
import { DraftTaskRow } from './draft-task-row.tsx';
import { draftRows, incompleteRows, taskCount, toTaskInputs, type DraftRow } from './draft-tasks.ts';

interface DirectiveReviewProps {
  draft: DirectiveDraft;
  file: File;
  onBack: () => void;
  onDone: () => void;
}

const t = vi.directives.importer;

/** The parsed directive: its header and every item as an editable row, confirmed together. */
export function DirectiveReview({ draft, file, onBack, onDone }: DirectiveReviewProps) {
  const invalidate = useInvalidateTaskViews();
  const form = useForm<DirectiveValues>({
    initialValues: { ...directiveInitialValues(draft.subject, file), number: draft.number ?? '', date: draft.date ?? '' },
    validate: directiveRules,
  });
  const [rows, setRows] = useState<DraftRow[]>(() => draftRows(draft));
  const [tried, setTried] = useState(false);
  // Once the directive is stored, a retry after a failed task list sends only the tasks (no second directive).
  const directiveId = useRef<number | null>(null);
  const confirm = useMutation({
    mutationFn: async (values: DirectiveValues) => {
      directiveId.current ??= (await createDirective(toDirectiveInput(values))).id;
      await addDirectiveTasks(directiveId.current, toTaskInputs(rows));
    },
    onSuccess: invalidate,
  });
  const missing = incompleteRows(rows).length;
  const groups = [...new Set(rows.map((row) => row.group))];

  // Rows are checked on every attempt, also when the header is incomplete, so all that is missing shows at once.
  const submit = form.onSubmit(
    (values) => {
      setTried(true);
      if (missing > 0) return;
      confirm.mutate(values, {
        onSuccess: () => {
          notifyDone(t.done(taskCount(rows)));
          onDone();
        },
        onError: (error) => applyServerFieldErrors(form, error, DIRECTIVE_FIELDS),
      });
    },
    () => setTried(true),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="directive-review">
      <Stack gap="md">
        <DirectiveFields form={form} withFile={false} />
        <Divider label={t.itemsCount(taskCount(rows))} labelPosition="left" />
        {rows.length === 0 && <Text c="dimmed">{t.noItems}</Text>}
        {groups.map((heading) => (
          <Stack key={heading} gap="xs">
            <Title order={4} size="h6">
              {heading}
            </Title>
            {rows.filter((row) => row.group === heading).map((row) => (
              <DraftTaskRow
                key={row.key}
                row={row}
                showErrors={tried}
                onChange={(next) => setRows((all) => all.map((r) => (r.key === next.key ? next : r)))}
                onRemove={() => setRows((all) => all.filter((r) => r.key !== row.key))}
              />
            ))}
          </Stack>
        ))}
        {tried && missing > 0 && <Alert color="orange">{t.missingLead(missing)}</Alert>}
        {confirm.isError && (
          <Alert color="red" title={t.confirmFailed} role="alert">
            {errorMessage(confirm.error, vi.errors.unexpected)}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={onBack} disabled={confirm.isPending}>
            {t.back}
          </Button>
          <Button type="submit" loading={confirm.isPending} disabled={rows.length === 0} data-testid="directive-import-confirm">
            {t.confirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { vi } from '../../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage, fieldDetails } from '../../../lib/form-errors.ts';
import { createDirective } from '../tasks-api.ts';
import { notifyDone, useInvalidateTaskViews } from '../tasks-queries.ts';
import { DIRECTIVE_FIELDS, DirectiveFields, directiveInitialValues, directiveRules, toDirectiveInput, type DirectiveValues } from './directive-fields.tsx';

/** "Thêm văn bản": a directive with its scanned file, tasks added later. */
export function DirectiveCreateForm({ onDone }: { onDone: () => void }) {
  const invalidate = useInvalidateTaskViews();
  const create = useMutation({ mutationFn: createDirective, onSuccess: invalidate });
  const form = useForm<DirectiveValues>({ initialValues: directiveInitialValues(), validate: directiveRules });
  const showAlert = create.isError && fieldDetails(create.error, DIRECTIVE_FIELDS).length === 0;

  const submit = form.onSubmit((values) =>
    create.mutate(toDirectiveInput(values), {
      onSuccess: () => {
        notifyDone(vi.directives.form.created(values.number.trim()));
        onDone();
      },
      onError: (error) => applyServerFieldErrors(form, error, DIRECTIVE_FIELDS),
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="directive-create-form">
      <Stack gap="sm">
        {showAlert && (
          <Alert color="red" title={vi.directives.form.failed} role="alert">
            {errorMessage(create.error, vi.errors.unexpected)}
          </Alert>
        )}
        <DirectiveFields form={form} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {vi.common.cancel}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {vi.directives.form.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

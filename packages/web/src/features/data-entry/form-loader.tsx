import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { formQuery } from './data-entry-queries.ts';
import type { FormKey } from './data-entry-types.ts';
import { FormWorkspace } from './form-workspace.tsx';

/** Loads one form and opens it; mount with a key per form so each form starts afresh. */
export function FormLoader({ formKey }: { formKey: FormKey }) {
  const form = useQuery(formQuery(formKey));
  if (form.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={vi.common.loading} />
      </Center>
    );
  }
  if (form.isError) return <LoadError error={form.error} onRetry={() => void form.refetch()} />;
  return <FormWorkspace form={form.data} formKey={formKey} />;
}

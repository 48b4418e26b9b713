import { Button, Group } from '@mantine/core';
import type { Role } from '@syt/core/api/contract.ts';
import { IconChecklist, IconCircleCheck, IconFileSpreadsheet, IconLockOpen, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { excelFormUrl } from '../data-entry-api.ts';
import type { FormKey, FormView } from '../data-entry-types.ts';
import { workflowActions } from './permissions.ts';
import { ReopenModal } from './reopen-modal.tsx';
import type { useFormActions } from './use-form-actions.ts';

interface FormActionsProps {
  form: FormView;
  formKey: FormKey;
  role: Role;
  actions: ReturnType<typeof useFormActions>;
}

const a = vi.dataEntry.actions;

/** Kiểm tra số liệu, then the workflow buttons the role may use, and the Excel form. */
export function FormActions({ form, formKey, role, actions }: FormActionsProps) {
  const allowed = workflowActions(role, form.workflow.status);
  const [reopening, setReopening] = useState(false);
  const { validate, submit, approve, reopen } = actions;
  return (
    <Group gap="sm" wrap="wrap">
      <Button
        variant="default"
        leftSection={<IconChecklist size={18} />}
        loading={validate.isPending}
        onClick={() => validate.mutate()}
        data-testid="form-validate"
      >
        {a.validate}
      </Button>
      {allowed.submit && (
        <Button
          leftSection={<IconSend size={18} />}
          loading={submit.isPending}
          onClick={() => submit.mutate()}
          data-testid="form-submit"
        >
          {a.submit}
        </Button>
      )}
      {allowed.approve && (
        <Button
          color="teal"
          leftSection={<IconCircleCheck size={18} />}
          loading={approve.isPending}
          onClick={() => approve.mutate()}
          data-testid="form-approve"
        >
          {a.approve}
        </Button>
      )}
      {allowed.reopen && (
        <Button
          color="orange"
          variant="light"
          leftSection={<IconLockOpen size={18} />}
          onClick={() => setReopening(true)}
          data-testid="form-reopen"
        >
          {a.reopen}
        </Button>
      )}
      <Button
        component="a"
        href={excelFormUrl(formKey)}
        download
        variant="subtle"
        leftSection={<IconFileSpreadsheet size={18} />}
        data-testid="form-excel"
      >
        {a.excel}
      </Button>
      <ReopenModal
        opened={reopening}
        onClose={() => setReopening(false)}
        onConfirm={(reason) => reopen.mutateAsync(reason)}
        pending={reopen.isPending}
      />
    </Group>
  );
}

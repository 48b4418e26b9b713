import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/form-errors.ts';

interface ReopenModalProps {
  opened: boolean;
  onClose: () => void;
  /** Reopens with the reason; rejects with the server's refusal. */
  onConfirm: (reason: string) => Promise<unknown>;
  pending: boolean;
}

const r = vi.dataEntry.reopen;

/** Asks why the form is reopened; the reason is shown to the unit on the form. */
export function ReopenModal({ opened, onClose, onConfirm, pending }: ReopenModalProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = async () => {
    if (!reason.trim()) {
      setError(r.reasonRequired);
      return;
    }
    try {
      await onConfirm(reason.trim());
      setReason('');
      setFailure(null);
      onClose();
    } catch (cause) {
      setFailure(errorMessage(cause, vi.errors.unexpected));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={r.title} size="md">
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        <Textarea
          label={r.reason}
          placeholder={r.reasonPlaceholder}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setError(null);
          }}
          error={error}
          autosize
          minRows={3}
          maxLength={2000}
          data-autofocus
          withAsterisk
          data-testid="reopen-reason-input"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {vi.common.cancel}
          </Button>
          <Button color="orange" loading={pending} onClick={() => void confirm()} data-testid="reopen-confirm">
            {r.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

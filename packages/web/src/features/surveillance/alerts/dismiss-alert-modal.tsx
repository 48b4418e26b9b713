import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { AlertView } from '@syt/core/api/surveillance.ts';
import { useState } from 'react';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, fieldDetails } from '../../../lib/form-errors.ts';
import { notifyDone } from '../../reports/notify.ts';
import { dismissAlert } from '../surveillance-api.ts';
import { useSurveillanceChange } from '../use-surveillance-change.ts';
import { alertWhat } from './alert-what.ts';

const t = survVi.alerts;
const MAX_REASON = 1000;

/** Bỏ qua: dismissing an alert needs a reason, checked here and again by the server. */
export function DismissAlertModal({
  alert,
  opened,
  onClose,
}: {
  alert: AlertView;
  opened: boolean;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dismiss = useSurveillanceChange(
    (text: string) => dismissAlert(alert.id, text),
    () => (notifyDone(t.dismissed), setReason(''), onClose()),
  );
  const serverField = fieldDetails(dismiss.error, ['reason'])[0]?.message;
  const submit = () => {
    const text = reason.trim();
    if (!text) return setError(t.reasonRequired);
    if (text.length > MAX_REASON) return setError(t.reasonTooLong);
    setError(null);
    dismiss.mutate(text);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t.dismissTitle} centered>
      <Stack gap="sm" data-testid="alert-dismiss-form">
        <Text size="sm">{t.dismissIntro(alertWhat(alert))}</Text>
        {dismiss.isError && !serverField && (
          <Text size="sm" c="red.8" role="alert">
            {errorMessage(dismiss.error, vi.errors.unexpected)}
          </Text>
        )}
        <Textarea
          label={t.reason}
          withAsterisk
          autosize
          minRows={2}
          maxLength={MAX_REASON}
          value={reason}
          error={error ?? serverField}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="alert-dismiss-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {vi.common.cancel}
          </Button>
          <Button color="gray" loading={dismiss.isPending} onClick={submit} data-testid="alert-dismiss-confirm">
            {t.confirmDismiss}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

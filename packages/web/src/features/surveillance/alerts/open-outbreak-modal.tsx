import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { AlertView } from '@syt/core/api/surveillance.ts';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, fieldDetails } from '../../../lib/form-errors.ts';
import { DateField } from '../../../ui/date-field.tsx';
import { notifyDone } from '../../reports/notify.ts';
import { openOutbreakFromAlert } from '../surveillance-api.ts';
import { useSurveillanceChange } from '../use-surveillance-change.ts';
import { alertWhat } from './alert-what.ts';

const t = survVi.alerts;

/** Mở ổ dịch: an outbreak from the alert, its place and start defaulted by the server; then its page opens. */
export function OpenOutbreakModal({
  alert,
  opened,
  onClose,
}: {
  alert: AlertView;
  opened: boolean;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const [place, setPlace] = useState('');
  const [startDate, setStartDate] = useState('');
  const open = useSurveillanceChange(
    () => openOutbreakFromAlert(alert.id, { place: place.trim() || undefined, startDate: startDate || undefined }),
    (outbreak) => {
      notifyDone(t.outbreakOpened);
      onClose();
      void navigate({ to: '/giam-sat/o-dich/$outbreakId', params: { outbreakId: String(outbreak.id) } });
    },
  );
  const fieldError = (field: string) => fieldDetails(open.error, [field])[0]?.message;
  const generalError = open.isError && !fieldError('place') && !fieldError('startDate');
  const submit = () => open.mutate(undefined);
  return (
    <Modal opened={opened} onClose={onClose} title={t.outbreakTitle} centered>
      <Stack gap="sm" data-testid="alert-outbreak-form">
        <Text size="sm">{t.outbreakIntro(alertWhat(alert))}</Text>
        {generalError && (
          <Text size="sm" c="red.8" role="alert">
            {errorMessage(open.error, vi.errors.unexpected)}
          </Text>
        )}
        <TextInput
          label={t.place}
          description={t.placeHint}
          maxLength={500}
          value={place}
          error={fieldError('place')}
          onChange={(e) => setPlace(e.currentTarget.value)}
        />
        <DateField
          label={t.startDate}
          description={t.startDateHint}
          value={startDate}
          onChange={setStartDate}
          error={fieldError('startDate')}
          clearable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {vi.common.cancel}
          </Button>
          <Button color="grape" loading={open.isPending} onClick={submit} data-testid="alert-outbreak-confirm">
            {t.confirmOutbreak}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

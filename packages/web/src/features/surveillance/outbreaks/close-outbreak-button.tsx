import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage, fieldDetails } from '../../../lib/form-errors.ts';
import { DateField } from '../../../ui/date-field.tsx';
import { notifyDone } from '../../reports/notify.ts';
import { closeOutbreak } from '../surveillance-api.ts';
import { useSurveillanceChange } from '../use-surveillance-change.ts';

const t = survVi.outbreaks.close;
const FIELDS = ['reason', 'closedOn'] as const;

/** Kết thúc ổ dịch by hand, before the automatic closure, with a reason. */
export function CloseOutbreakButton({ outbreakId }: { outbreakId: number }) {
  const [opened, { open, close }] = useDisclosure(false);
  const form = useForm({
    initialValues: { reason: '', closedOn: '' },
    validate: { reason: (v) => (v.trim() ? null : t.reasonRequired) },
  });
  const send = useSurveillanceChange(
    (input: { reason: string; closedOn?: string }) => closeOutbreak(outbreakId, input),
    () => (notifyDone(t.done), close()),
  );
  const submit = form.onSubmit((values) =>
    send.mutate(
      { reason: values.reason.trim(), closedOn: values.closedOn || undefined },
      { onError: (error) => applyServerFieldErrors(form, error, FIELDS) },
    ),
  );
  return (
    <>
      <Button color="gray" variant="light" onClick={open} data-testid="outbreak-close">
        {t.button}
      </Button>
      <Modal opened={opened} onClose={close} title={t.title} centered>
        <form onSubmit={submit} noValidate data-testid="outbreak-close-form">
          <Stack gap="sm">
            <Text size="sm">{t.intro}</Text>
            {send.isError && fieldDetails(send.error, FIELDS).length === 0 && (
              <Text size="sm" c="red.8" role="alert">
                {errorMessage(send.error, vi.errors.unexpected)}
              </Text>
            )}
            <Textarea
              label={t.reason}
              withAsterisk
              autosize
              minRows={2}
              maxLength={1000}
              {...form.getInputProps('reason')}
            />
            <DateField label={t.closedOn} description={t.closedOnHint} clearable {...form.getInputProps('closedOn')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {vi.common.cancel}
              </Button>
              <Button type="submit" color="gray" loading={send.isPending}>
                {t.confirm}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconRefresh } from '@tabler/icons-react';
import { vi } from '../../../i18n/vi.ts';

const t = vi.reports.regenerate;

/** Cập nhật số liệu, after a confirmation that says what is rewritten and what is kept. */
export function RegenerateButton({
  onConfirm,
  pending,
  dirty,
  disabled,
}: {
  onConfirm: () => Promise<unknown>;
  pending: boolean;
  dirty: boolean;
  disabled: boolean;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconRefresh size={14} />}
        onClick={open}
        disabled={disabled}
        data-testid="report-regenerate"
      >
        {t.button}
      </Button>
      <Modal opened={opened} onClose={close} title={t.title} centered>
        <Text size="sm" mb="sm">
          {t.message}
        </Text>
        {dirty && (
          <Text size="sm" c="orange.8" mb="sm">
            {t.dirtyNote}
          </Text>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            {vi.common.cancel}
          </Button>
          <Button
            loading={pending}
            onClick={() => void onConfirm().then(close, () => undefined)}
            data-testid="report-regenerate-confirm"
          >
            {t.confirm}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

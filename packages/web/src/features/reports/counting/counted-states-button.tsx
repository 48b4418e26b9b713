import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import type { FormState } from '@syt/core/report/completeness.ts';
import { useDisclosure } from '@mantine/hooks';
import { IconSettings } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { reportCompletenessVi } from '../../../i18n/report-completeness.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { notifyDone, notifyFailed } from '../notify.ts';
import { saveCountedStates } from '../reports-api.ts';
import { reportKeys } from '../reports-queries.ts';

const t = reportCompletenessVi;
const COUNTABLE = ['draft', 'submitted', 'approved'] as const satisfies readonly FormState[];

/** The installation's counted states, in a dialog: which form states every report's figures come from. */
export function CountedStatesButton({ states }: { states: readonly FormState[] }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [chosen, setChosen] = useState<string[]>([...states]);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => saveCountedStates(chosen),
    onSuccess: (next) => {
      queryClient.setQueryData(reportKeys.countedStates, next);
      // Every preview was written with the old setting.
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
      notifyDone(t.counting.saved);
      close();
    },
    onError: notifyFailed,
  });
  const empty = chosen.length === 0;
  return (
    <>
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconSettings size={14} />}
        onClick={() => {
          setChosen([...states]);
          open();
        }}
        data-testid="report-counted-states"
      >
        {t.counting.settings}
      </Button>
      <Modal opened={opened} onClose={close} title={t.counting.settingsTitle} centered>
        <Text size="sm" mb="sm">
          {t.counting.settingsIntro}
        </Text>
        <Checkbox.Group value={chosen} onChange={setChosen} error={empty ? t.counting.atLeastOne : undefined}>
          <Stack gap="xs">
            {COUNTABLE.map((state) => (
              <Checkbox key={state} value={state} label={t.states[state]} data-testid={`counted-${state}`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            {vi.common.cancel}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={empty} data-testid="counted-states-save">
            {vi.reports.save}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

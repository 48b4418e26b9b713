import { Alert, Button, FileInput, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TargetView } from '@syt/core/api/targets.ts';
import { TARGET_DIRECTIONS, type TargetDirection } from '@syt/core/targets/index.ts';
import { IconPaperclip } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { targetsVi as t } from '../../i18n/targets.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { errorMessage, fieldDetails } from '../../lib/form-errors.ts';
import { serverToday } from '../../lib/server-clock.ts';
import { DateField } from '../../ui/date-field.tsx';
import { notifyDone } from '../reports/notify.ts';
import { attachDecisionFile, setTarget, targetKeys } from './targets-api.ts';
import { useTargetItems } from './use-target-items.ts';

interface Values {
  orgUnit: string | null;
  item: string | null;
  measure: string;
  direction: TargetDirection;
  value: number | string;
  baseline: number | string;
  decisionNumber: string;
  decisionDate: string;
  /** The signed decision, attached once the target is recorded. */
  decisionFile: File | null;
}

/** The form's fields under the names the server gives its refusals. */
const FIELD_OF: Record<string, keyof Values> = {
  orgUnit: 'orgUnit', item: 'item', measure: 'measure', direction: 'direction', value: 'value', baseline: 'baseline',
  'decision.number': 'decisionNumber', 'decision.date': 'decisionDate',
};

/**
 * Giao chỉ tiêu: a decision's target for a unit and an item in the year. `adjusting` fixes the unit and the item and
 * starts from the target in force: only a new decision changes it.
 */
export function TargetForm({
  year,
  units,
  adjusting,
  onDone,
}: {
  year: number;
  units: { value: string; label: string }[];
  adjusting?: TargetView;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const items = useTargetItems();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      orgUnit: adjusting?.orgUnit.code ?? null,
      item: adjusting?.item.code ?? null,
      measure: adjusting?.measure ?? '',
      direction: adjusting?.direction ?? 'AT_LEAST',
      value: adjusting?.value ?? '',
      baseline: adjusting?.baseline ?? '',
      decisionNumber: '',
      decisionDate: serverToday(),
      decisionFile: null,
    },
    validate: {
      orgUnit: (v) => (v ? null : t.form.required),
      item: (v) => (v ? null : t.form.required),
      measure: (v) => (v.trim() ? null : t.form.required),
      value: (v) => (v === '' ? t.form.required : null),
      baseline: (v, all) => (all.direction === 'REDUCE_BY' && v === '' ? t.form.required : null),
      decisionNumber: (v) => (v.trim() ? null : t.form.required),
      decisionDate: (v) => (v ? null : t.form.required),
    },
  });
  const save = useMutation({
    mutationFn: async (v: Values) => {
      const target = await setTarget({
        year,
        orgUnit: v.orgUnit!,
        item: v.item!,
        measure: v.measure.trim(),
        direction: v.direction,
        value: Number(v.value),
        baseline: v.direction === 'REDUCE_BY' ? Number(v.baseline) : null,
        decision: { number: v.decisionNumber.trim(), date: v.decisionDate },
      });
      // The target stands even if its file is refused: that is said, and the history attaches it again.
      const fileRefused = v.decisionFile ? await attachDecisionFile(target.id, v.decisionFile).then(() => null, (error: unknown) => error) : null;
      return { fileRefused };
    },
    onSuccess: ({ fileRefused }) => {
      void queryClient.invalidateQueries({ queryKey: targetKeys.all });
      notifyDone(t.form.saved);
      if (fileRefused) {
        const message = t.decisionFile.notAttached(errorMessage(fileRefused, vi.errors.unexpected));
        notifications.show({ color: 'orange', message, withBorder: true, autoClose: false, position: 'bottom-right' });
      }
      onDone();
    },
    onError: (error) => {
      for (const detail of fieldDetails(error, Object.keys(FIELD_OF))) form.setFieldError(FIELD_OF[detail.field]!, detail.message);
    },
  });
  const placed = save.isError && fieldDetails(save.error, Object.keys(FIELD_OF)).length > 0;
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate data-testid="target-form">
      <Stack gap="sm">
        <Text size="sm">{t.form.intro}</Text>
        {save.isError && !placed && (
          <Alert color="red" role="alert">
            {errorMessage(save.error, vi.errors.unexpected)}
          </Alert>
        )}
        <Select
          label={t.form.orgUnit}
          data={units}
          searchable
          filter={foldedFilter}
          withAsterisk
          disabled={adjusting !== undefined}
          data-testid="target-org-unit"
          {...form.getInputProps('orgUnit')}
        />
        <Select
          label={t.form.item}
          data={items}
          searchable
          filter={foldedFilter}
          withAsterisk
          disabled={adjusting !== undefined}
          data-testid="target-item"
          {...form.getInputProps('item')}
        />
        <Group grow align="flex-start">
          <Select
            label={t.form.direction}
            data={TARGET_DIRECTIONS.map((d) => ({ value: d, label: t.directions[d] }))}
            allowDeselect={false}
            data-testid="target-direction"
            {...form.getInputProps('direction')}
          />
          <NumberInput label={t.form.value} withAsterisk decimalSeparator="," thousandSeparator="." data-testid="target-value" {...form.getInputProps('value')} />
          <TextInput label={t.form.measure} description={t.form.measureHint} withAsterisk data-testid="target-measure" {...form.getInputProps('measure')} />
        </Group>
        {form.getValues().direction === 'REDUCE_BY' && (
          <NumberInput label={t.form.baseline} withAsterisk decimalSeparator="," thousandSeparator="." data-testid="target-baseline" {...form.getInputProps('baseline')} />
        )}
        <Group grow align="flex-start">
          <TextInput
            label={t.form.decisionNumber}
            description={t.form.decisionNumberHint}
            withAsterisk
            data-testid="target-decision-number"
            {...form.getInputProps('decisionNumber')}
          />
          <DateField label={t.form.decisionDate} withAsterisk data-testid="target-decision-date" {...form.getInputProps('decisionDate')} />
        </Group>
        <FileInput
          label={t.decisionFile.label}
          placeholder={t.decisionFile.placeholder}
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          clearable
          leftSection={<IconPaperclip size={16} />}
          data-testid="target-decision-file"
          {...form.getInputProps('decisionFile')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {vi.common.cancel}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="target-save">
            {t.form.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

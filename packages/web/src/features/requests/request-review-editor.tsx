import { Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { REVIEW_KINDS, type ReviewKind } from '@syt/core/api/request-reviews.ts';
import { reviewsVi } from '../../i18n/request-reviews.vi.ts';
import type { RequestValues } from './request-form-values.ts';

const f = reviewsVi.form;

/** Kèm báo cáo tổng kết của đơn vị: the report kind and period each unit writes and sends through the request. */
export function RequestReviewEditor({ form }: { form: UseFormReturnType<RequestValues> }) {
  const { enabled, kind } = form.values.review;
  return (
    <Stack gap="xs">
      <Switch label={f.enable} description={f.enableHint} data-testid="request-review" {...form.getInputProps('review.enabled', { type: 'checkbox' })} />
      {enabled && (
        <Group align="flex-start" grow>
          <Select
            label={f.kind}
            data={REVIEW_KINDS.map((k) => ({ value: k, label: reviewsVi.kinds[k] }))}
            allowDeselect={false}
            data-testid="request-review-kind"
            {...form.getInputProps('review.kind')}
            onChange={(value) => value && form.setFieldValue('review.kind', value as ReviewKind)}
          />
          <TextInput label={f.period} description={f.periodHint(kind)} withAsterisk data-testid="request-review-period" {...form.getInputProps('review.period')} />
        </Group>
      )}
    </Stack>
  );
}

import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { UnitReviewView } from '@syt/core/api/request-reviews.ts';
import { useState } from 'react';
import { reviewsVi } from '../../i18n/request-reviews.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifyDone } from '../reports/notify.ts';
import { useReturnReview } from './requests-queries.ts';

const t = reviewsVi.table;

/** Trả lại: the department sends a unit's review back for it to edit, saying what to change. */
export function ReviewReturnButton({ requestId, review }: { requestId: number; review: UnitReviewView }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [note, setNote] = useState('');
  const give = useReturnReview(requestId);
  const submit = () =>
    give.mutate(
      { unit: review.unit.code, baseVersion: review.reportVersion ?? 1, note: note.trim() },
      { onSuccess: () => (notifyDone(t.returned(review.unit.name)), close()) },
    );
  return (
    <>
      <Button size="compact-sm" variant="default" onClick={open} data-testid="review-return">
        {t.return}
      </Button>
      <Modal opened={opened} onClose={close} title={t.returnTitle(review.unit.name)} centered>
        <Stack gap="sm">
          <Text size="sm">{t.returnIntro}</Text>
          {give.isError && (
            <Text size="sm" c="red.8" role="alert">
              {errorMessage(give.error, vi.errors.unexpected)}
            </Text>
          )}
          <Textarea label={t.returnNote} autosize minRows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {vi.common.cancel}
            </Button>
            <Button color="orange" loading={give.isPending} onClick={submit} data-testid="review-return-confirm">
              {t.return}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

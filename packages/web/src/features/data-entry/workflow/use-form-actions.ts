import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { hasErrorCode } from '../../../api/api-error.ts';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { approveForm, fetchFormCheck, reopenForm, submitForm } from '../data-entry-api.ts';
import { formKeys } from '../data-entry-queries.ts';
import type { FormKey, FormView } from '../data-entry-types.ts';
import type { CellSaver } from '../grid/cell-saver.ts';
import type { CellStore } from '../grid/cell-store.ts';
import type { CheckResult } from './check-result.ts';

const n = vi.dataEntry.notify;

/** Raised before submitting while some cells hold refused values. */
class UnsavedCellsError extends Error {}

// One toast for the form's actions: a new outcome replaces the last one instead of piling up beside it.
const TOAST_ID = 'form-action';

/** Clears the last action's toast, when a new action starts or its result shows in the page. */
function clearToast() {
  notifications.hide(TOAST_ID);
}

function notifyFailure(error: unknown) {
  const message = error instanceof UnsavedCellsError ? error.message : errorMessage(error, vi.errors.unexpected);
  clearToast();
  notifications.show({ id: TOAST_ID, color: 'red', title: n.failed, message, withBorder: true });
}

function notifyDone(message: string) {
  clearToast();
  notifications.show({ id: TOAST_ID, color: 'teal', message, withBorder: true });
}

/** Kiểm tra, Nộp, Duyệt, Mở lại for one form; pending saves finish before checking or submitting. */
export function useFormActions(
  key: FormKey,
  store: CellStore,
  saver: CellSaver,
  onResult: (result: CheckResult | null) => void,
) {
  const queryClient = useQueryClient();
  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: ['forms', 'pending'] });
    void queryClient.invalidateQueries({ queryKey: ['completeness'] });
  };
  const showForm = (form: FormView, message: string) => {
    queryClient.setQueryData(formKeys.detail(key), form);
    notifyDone(message);
    onResult(null);
    refreshLists();
  };

  const validate = useMutation({
    onMutate: clearToast,
    mutationFn: async () => {
      await saver.flush();
      return fetchFormCheck(key);
    },
    onSuccess: (check) => onResult({ kind: 'checked', ...check }),
    onError: notifyFailure,
  });

  const submit = useMutation({
    onMutate: clearToast,
    mutationFn: async () => {
      await saver.flush();
      const errors = store.errorCount();
      if (errors > 0) throw new UnsavedCellsError(n.cellErrors(errors));
      return submitForm(key);
    },
    onSuccess: async (violations) => {
      notifyDone(n.submitted);
      onResult(violations.length > 0 ? { kind: 'submitted', violations } : null);
      refreshLists();
      await queryClient.invalidateQueries({ queryKey: formKeys.detail(key) });
    },
    onError: (error) => {
      if (hasErrorCode(error, 'VALIDATION_BLOCKS_SUBMIT')) {
        onResult({ kind: 'blocked', messages: error.details.map((detail) => detail.message) });
      } else notifyFailure(error);
    },
  });

  const approve = useMutation({
    onMutate: clearToast,
    mutationFn: () => approveForm(key),
    onSuccess: (form) => showForm(form, n.approved),
    onError: notifyFailure,
  });

  const reopen = useMutation({
    onMutate: clearToast,
    mutationFn: (reason: string) => reopenForm(key, reason),
    onSuccess: (form) => showForm(form, n.reopened),
  });

  return { validate, submit, approve, reopen };
}

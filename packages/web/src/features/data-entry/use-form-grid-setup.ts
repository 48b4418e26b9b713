import type { GridCell } from '@syt/core/form/section-grid.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiRequestError } from '../../api/api-error.ts';
import { putDataValue } from './data-entry-api.ts';
import { formKeys } from './data-entry-queries.ts';
import type { CellRef, FormKey, FormView } from './data-entry-types.ts';
import { CellSaver } from './grid/cell-saver.ts';
import { CellStore } from './grid/cell-store.ts';
import type { FormGrid } from './grid/form-grid-context.ts';
import { gridLayout } from './grid/grid-layout.ts';
import { GridNavigator } from './grid/grid-navigator.ts';

/**
 * The store, saver, navigator and layout of one open form. Mount under a key per form: the store
 * starts from the form's values and afterwards only takes server values for cells not being edited.
 */
export function useFormGridSetup(
  form: FormView,
  formKey: FormKey,
  activate: (cell: GridCell, label: string) => void,
): FormGrid {
  const queryClient = useQueryClient();
  const status = useRef(form.workflow.status);
  useEffect(() => {
    status.current = form.workflow.status;
  }, [form.workflow.status]);

  const [store] = useState(() => new CellStore(form.values, form.outliers));
  const [navigator] = useState(() => new GridNavigator());
  const [saver] = useState(
    () =>
      new CellSaver({
        store,
        form: formKey,
        put: putDataValue,
        onSaved: (cell: CellRef) => {
          void queryClient.invalidateQueries({ queryKey: formKeys.cell(formKey, cell) });
          // The first value turns "Chưa nhập" into "Đang nhập"; later values do not change the status.
          if (status.current === 'NOT_STARTED')
            void queryClient.invalidateQueries({ queryKey: formKeys.detail(formKey) });
          void queryClient.invalidateQueries({ queryKey: ['completeness'], refetchType: 'none' });
        },
        onRefused: (error) => {
          // 409: submitted, approved or closed meanwhile; reloading shows the form read-only and why.
          if (error instanceof ApiRequestError && error.status === 409) {
            void queryClient.invalidateQueries({ queryKey: formKeys.detail(formKey) });
          }
        },
      }),
  );

  useEffect(() => store.sync(form.values, form.outliers), [store, form.values, form.outliers]);
  const layout = useMemo(() => gridLayout(form.dataSet.sections), [form.dataSet.sections]);
  const readOnly = !form.window.editable;
  return useMemo(
    () => ({ store, saver, navigator, layout, readOnly, activate }),
    [store, saver, navigator, layout, readOnly, activate],
  );
}

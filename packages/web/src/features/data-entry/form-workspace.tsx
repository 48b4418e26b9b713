import { Box, Grid, Stack, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { GridCell } from '@syt/core/form/section-grid.ts';
import { useCallback, useState } from 'react';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { CellPanelDrawer } from './cell-panel/cell-panel-drawer.tsx';
import { CellPanel, type ActiveCell } from './cell-panel/cell-panel.tsx';
import type { FormKey, FormView } from './data-entry-types.ts';
import { FormHeader } from './form-header.tsx';
import { FormGridContext } from './grid/form-grid-context.ts';
import { FormGrid } from './grid/form-grid.tsx';
import { UnsavedGuard } from './grid/unsaved-guard.tsx';
import { readOnlyReason } from './read-only-reason.ts';
import { useFormGridSetup } from './use-form-grid-setup.ts';
import type { CheckResult } from './workflow/check-result.ts';
import { CheckResults } from './workflow/check-results.tsx';
import { FormActions } from './workflow/form-actions.tsx';
import { useFormActions } from './workflow/use-form-actions.ts';

/** An open form: header, workflow buttons, check results, the grid and the focused cell's panel. */
export function FormWorkspace({ form, formKey }: { form: FormView; formKey: FormKey }) {
  const user = useCurrentUser();
  const [active, setActive] = useState<ActiveCell | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const activate = useCallback((cell: GridCell, label: string) => setActive({ cell, label }), []);
  const grid = useFormGridSetup(form, formKey, activate);
  const actions = useFormActions(formKey, grid.store, grid.saver, setResult);
  // Read at once, not after a first render: the panel must not flash in the wrong place.
  const wide = useMediaQuery(`(min-width: ${useMantineTheme().breakpoints.lg})`, true, {
    getInitialValueInEffect: false,
  });

  return (
    <FormGridContext.Provider value={grid}>
      <UnsavedGuard store={grid.store} saver={grid.saver} />
      <Stack gap="md">
        <FormHeader form={form} readOnlyReason={readOnlyReason(form, user.role)} />
        <FormActions form={form} formKey={formKey} role={user.role} actions={actions} />
        {result && <CheckResults result={result} sections={form.dataSet.sections} onClose={() => setResult(null)} />}
        {wide ? (
          <Grid gap="md">
            <Grid.Col span={8}>
              <FormGrid sections={form.dataSet.sections} />
            </Grid.Col>
            <Grid.Col span={4}>
              <Box pos="sticky" top={80}>
                <CellPanel formKey={formKey} active={active} />
              </Box>
            </Grid.Col>
          </Grid>
        ) : (
          <>
            <FormGrid sections={form.dataSet.sections} />
            <CellPanelDrawer formKey={formKey} active={active} />
          </>
        )}
      </Stack>
    </FormGridContext.Provider>
  );
}

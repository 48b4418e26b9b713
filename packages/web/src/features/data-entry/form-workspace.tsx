import { Box, Grid, Stack } from '@mantine/core';
import type { GridCell } from '@syt/core/form/section-grid.ts';
import { useCallback, useState } from 'react';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { CellPanel, type ActiveCell } from './cell-panel/cell-panel.tsx';
import type { FormKey, FormView } from './data-entry-types.ts';
import { FormHeader } from './form-header.tsx';
import { FormGridContext } from './grid/form-grid-context.ts';
import { FormGrid } from './grid/form-grid.tsx';
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

  return (
    <FormGridContext.Provider value={grid}>
      <Stack gap="md">
        <FormHeader form={form} readOnlyReason={readOnlyReason(form, user.role)} />
        <FormActions form={form} formKey={formKey} role={user.role} actions={actions} />
        {result && <CheckResults result={result} sections={form.dataSet.sections} onClose={() => setResult(null)} />}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <FormGrid sections={form.dataSet.sections} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Box pos="sticky" top={80}>
              <CellPanel formKey={formKey} active={active} />
            </Box>
          </Grid.Col>
        </Grid>
      </Stack>
    </FormGridContext.Provider>
  );
}

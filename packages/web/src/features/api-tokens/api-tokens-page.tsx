import { Stack } from '@mantine/core';
import type { CreatedApiTokenView } from '@syt/core/auth/api-token-views.ts';
import { useState } from 'react';
import { apiTokensVi } from '../../i18n/api-tokens.vi.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { TokenCreatedAlert } from './token-created-alert.tsx';
import { TokenCreateForm } from './token-create-form.tsx';
import { TokenList } from './token-list.tsx';

/** Mã truy cập API: the user's personal access tokens for scripts; a new token is shown once, then only listed. */
export function ApiTokensPage() {
  const [created, setCreated] = useState<CreatedApiTokenView | null>(null);
  return (
    <>
      <PageHeader title={apiTokensVi.title} description={apiTokensVi.description} />
      <Stack gap="lg">
        {created ? <TokenCreatedAlert token={created} onDone={() => setCreated(null)} /> : <TokenCreateForm onCreated={setCreated} />}
        <TokenList />
      </Stack>
    </>
  );
}

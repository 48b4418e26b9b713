import { Button, Card, Group, Loader, Modal, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { ASSIGNING_ROLES } from '../task-roles.ts';
import { directivesQuery } from '../tasks-queries.ts';
import { DirectiveCreateForm } from './directive-create-form.tsx';
import { DirectiveImport } from './directive-import.tsx';
import { DirectivesTable } from './directives-table.tsx';

type Dialog = 'create' | 'import' | null;

/** Văn bản chỉ đạo: the list, "Thêm văn bản" and "Nhập từ tệp". */
export function DirectivesPage() {
  const user = useCurrentUser();
  const directives = useQuery(directivesQuery);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <>
      <PageHeader
        title={vi.directives.title}
        description={vi.directives.description}
        actions={
          ASSIGNING_ROLES.includes(user.role) && (
          <Group gap="sm">
            <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => setDialog('import')} data-testid="directive-import-open">
              {vi.directives.import}
            </Button>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog('create')}>
              {vi.directives.create}
            </Button>
          </Group>
          )
        }
      />
      <Card withBorder radius="md" padding="lg">
        {directives.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {directives.isError && <LoadError error={directives.error} onRetry={() => void directives.refetch()} />}
        {directives.data &&
          (directives.data.length === 0 ? <Text c="dimmed">{vi.directives.empty}</Text> : <DirectivesTable directives={directives.data} />)}
      </Card>
      <Modal opened={dialog === 'create'} onClose={close} title={vi.directives.create} size="lg">
        {dialog === 'create' && <DirectiveCreateForm onDone={close} />}
      </Modal>
      {/* Closing by a stray click outside would drop the reviewer's edits: only the buttons close it. */}
      <Modal opened={dialog === 'import'} onClose={close} title={vi.directives.importer.title} size="80rem" closeOnClickOutside={false}>
        {dialog === 'import' && <DirectiveImport onDone={close} />}
      </Modal>
    </>
  );
}

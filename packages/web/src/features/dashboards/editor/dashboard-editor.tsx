import type { DashboardInput, DashboardItem, DashboardView } from '@syt/core/api/analytics.ts';
import { Alert, Button, Card, Group, List, Loader, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ApiRequestError } from '../../../api/api-error.ts';
import { dashVi } from '../../../i18n/dashboards.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { dashboardQuery, favouritesQuery, useSaveDashboard } from '../dashboards-api.ts';
import { AddItem } from './add-item.tsx';
import { addItem } from './editor-items.ts';
import { ItemList } from './item-list.tsx';
import { SharingFields } from './sharing-fields.tsx';

const t = dashVi.editor;
const EMPTY: DashboardInput = { name: '', items: [], sharing: { users: [], roles: [] } };

/** The server's refusal split by where the form shows it: the name, the sharing fields, everything else on top. */
function refusal(error: unknown) {
  const details = error instanceof ApiRequestError ? error.details : [];
  const on = (prefix: string) => details.filter((d) => d.field === prefix || d.field.startsWith(`${prefix}.`));
  const message = (prefix: string) =>
    on(prefix)
      .map((d) => d.message)
      .join(' ') || undefined;
  const placed = new Set([...on('name'), ...on('sharing.users'), ...on('sharing.roles')]);
  return {
    name: message('name'),
    users: message('sharing.users'),
    roles: message('sharing.roles'),
    others: details.filter((d) => !placed.has(d)).map((d) => d.message),
  };
}

function EditorForm({ dashboard }: { dashboard: DashboardView | null }) {
  const navigate = useNavigate();
  const save = useSaveDashboard(dashboard?.id ?? null);
  const favourites = useQuery(favouritesQuery);
  const [value, setValue] = useState<DashboardInput>(
    dashboard ? { name: dashboard.name, items: dashboard.items, sharing: dashboard.sharing } : EMPTY,
  );
  const [nameMissing, setNameMissing] = useState(false);
  const byId = useMemo(
    () => new Map([...(dashboard?.favourites ?? []), ...(favourites.data ?? [])].map((f) => [f.id, f])),
    [dashboard, favourites.data],
  );
  const errors = save.isError ? refusal(save.error) : null;
  const setItems = (items: DashboardItem[]) => setValue((v) => ({ ...v, items }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const name = value.name.trim();
    setNameMissing(!name);
    if (!name) return;
    save.mutate(
      { ...value, name },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: t.saved });
          void navigate({ to: '/bang-dieu-khien/$dashboardId', params: { dashboardId: String(saved.id) } });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="dashboard-editor">
      <Stack gap="md" maw={1000}>
        {errors && (errors.others.length > 0 || !(errors.name || errors.users || errors.roles)) && (
          <Alert
            color="red"
            title={errorMessage(save.error, vi.errors.unexpected)}
            role="alert"
            data-testid="editor-error"
          >
            {errors.others.length > 0 && (
              <List size="sm">
                {errors.others.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Card withBorder radius="md" padding="md">
          <TextInput
            label={t.name}
            withAsterisk
            maxLength={200}
            value={value.name}
            onChange={(e) => setValue({ ...value, name: e.currentTarget.value })}
            error={nameMissing ? t.nameRequired : errors?.name}
            data-testid="editor-name"
          />
        </Card>
        <Card withBorder radius="md" padding="md">
          <Title order={3} size="h5" mb="sm">
            {t.items}
          </Title>
          <Stack gap="sm">
            <ItemList items={value.items} favourites={byId} onChange={setItems} />
            {favourites.isError && <LoadError error={favourites.error} onRetry={() => void favourites.refetch()} />}
            <AddItem
              favourites={favourites.data ?? []}
              count={value.items.length}
              onAdd={(item) => setItems(addItem(value.items, item))}
            />
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="md">
          <Title order={3} size="h5" mb="sm">
            {t.sharing}
          </Title>
          <SharingFields
            value={value.sharing}
            onChange={(sharing) => setValue({ ...value, sharing })}
            errors={{ users: errors?.users, roles: errors?.roles }}
          />
        </Card>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => window.history.back()}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="editor-save">
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Tạo / sửa bảng điều khiển: its name, items (built-in cards and favourites, width and order) and sharing. */
export function DashboardEditorPage({ dashboardId }: { dashboardId: number | null }) {
  const existing = useQuery({ ...dashboardQuery(dashboardId), enabled: dashboardId !== null });
  if (dashboardId === null) {
    return (
      <>
        <PageHeader title={t.createTitle} />
        <EditorForm dashboard={null} />
      </>
    );
  }
  if (existing.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (existing.isError) return <LoadError error={existing.error} onRetry={() => void existing.refetch()} />;
  return (
    <>
      <PageHeader title={t.editTitle(existing.data.name)} />
      <EditorForm dashboard={existing.data} />
    </>
  );
}

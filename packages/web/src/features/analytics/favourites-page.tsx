import { Anchor, Badge, Button, Card, Group, Loader, Modal, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FavouriteView } from '@syt/core/api/analytics.ts';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { formatVietnamDateTime } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { analyticsKeys, deleteFavourite, favouritesQuery } from './analytics-api.ts';
import { SaveFavouriteModal } from './save-favourite-modal.tsx';

const c = t.favourites.columns;

/** Who else sees a favourite: roles and user names, or "Riêng tư". */
function sharingText(favourite: FavouriteView): string {
  const names = [...favourite.sharing.roles.map((r) => vi.roles[r]), ...favourite.sharing.users];
  return names.length ? names.join(', ') : t.favourites.notShared;
}

/** Phân tích › Yêu thích: own and shared pivots and charts; open, rename, share, delete. */
export function FavouritesPage() {
  const favourites = useQuery(favouritesQuery);
  const [editing, setEditing] = useState<FavouriteView | null>(null);
  const [deleting, setDeleting] = useState<FavouriteView | null>(null);

  return (
    <>
      <PageHeader title={t.favourites.title} description={t.favourites.description} />
      <Card withBorder radius="md" padding="md">
        {favourites.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {favourites.isError && <LoadError error={favourites.error} onRetry={() => void favourites.refetch()} />}
        {favourites.data?.length === 0 && <Text c="dimmed">{t.favourites.none}</Text>}
        {favourites.data && favourites.data.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="favourites-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{c.name}</Table.Th>
                  <Table.Th>{c.kind}</Table.Th>
                  <Table.Th>{c.owner}</Table.Th>
                  <Table.Th>{c.sharing}</Table.Th>
                  <Table.Th>{c.updated}</Table.Th>
                  <Table.Th aria-label={t.favourites.rename} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {favourites.data.map((f) => (
                  <Table.Tr key={f.id} data-testid="favourite-row" data-favourite-id={f.id}>
                    <Table.Td>
                      <Anchor
                        fw={500}
                        renderRoot={(props) => <Link to="/phan-tich/yeu-thich/$favouriteId" params={{ favouriteId: String(f.id) }} {...props} />}
                      >
                        {f.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td miw={100}>
                      <Badge variant="light" color={f.kind === 'chart' ? 'grape' : 'blue'}>
                        {t.save.kind[f.kind]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{f.owner.displayName}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{sharingText(f)}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatVietnamDateTime(f.updatedAt)}</Table.Td>
                    <Table.Td>
                      {f.editable && (
                        <Group gap={4} wrap="nowrap">
                          <Button size="xs" variant="subtle" leftSection={<IconEdit size={14} />} onClick={() => setEditing(f)}>
                            {t.favourites.rename} / {t.favourites.share}
                          </Button>
                          <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(f)}>
                            {t.favourites.delete}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {editing && (
        <SaveFavouriteModal
          opened
          onClose={() => setEditing(null)}
          content={{ kind: editing.kind, query: editing.query, layout: editing.layout }}
          current={editing}
          allowCopy={false}
          onSaved={() => undefined}
        />
      )}
      {deleting && <DeleteModal favourite={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}

function DeleteModal({ favourite, onClose }: { favourite: FavouriteView; onClose: () => void }) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteFavourite(favourite.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: analyticsKeys.favourites });
      notifications.show({ color: 'teal', message: t.favourites.deleted });
      onClose();
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, vi.errors.unexpected) }),
  });
  return (
    <Modal opened onClose={onClose} title={t.favourites.delete}>
      <Text size="sm" mb="md">
        {t.favourites.deleteConfirm(favourite.name)}
      </Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {vi.common.cancel}
        </Button>
        <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()} data-testid="favourite-delete-confirm">
          {t.favourites.delete}
        </Button>
      </Group>
    </Modal>
  );
}

import { Button, Checkbox, Group, Modal, MultiSelect, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { FavouriteInput, FavouriteView, Sharing } from '@syt/core/api/analytics.ts';
import { ROLES, type Role } from '@syt/core/api/contract.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage } from '../../lib/form-errors.ts';
import { analyticsKeys, createFavourite, updateFavourite } from './analytics-api.ts';

const NAME_MAX = 200;
const USERS_MAX = 50;

interface SaveValues {
  name: string;
  roles: Role[];
  users: string[];
  asNew: boolean;
}

interface SaveFavouriteModalProps {
  opened: boolean;
  onClose: () => void;
  /** What is saved, without its name and sharing. */
  content: Omit<FavouriteInput, 'name' | 'sharing'>;
  /** The favourite being edited, when the caller may change it. */
  current: FavouriteView | null;
  onSaved: (favourite: FavouriteView) => void;
  /** Offer "save as a new one" beside updating the current favourite. */
  allowCopy?: boolean;
}

/** Saves the page's query and layout under a name, shared with roles and users; an edited favourite is updated. */
export function SaveFavouriteModal({ opened, onClose, content, current, onSaved, allowCopy = true }: SaveFavouriteModalProps) {
  const queryClient = useQueryClient();
  const form = useForm<SaveValues>({
    mode: 'controlled',
    initialValues: {
      name: current?.name ?? '',
      roles: current?.sharing.roles ?? [],
      users: current?.sharing.users ?? [],
      asNew: false,
    },
    validate: { name: (v) => (v.trim() ? null : t.save.nameRequired) },
  });
  const save = useMutation({
    mutationFn: (values: SaveValues) => {
      const sharing: Sharing = { roles: values.roles, users: values.users };
      const input: FavouriteInput = { ...content, name: values.name.trim(), sharing };
      return current && !values.asNew ? updateFavourite(current.id, input) : createFavourite(input);
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: analyticsKeys.favourites });
      notifications.show({ color: 'teal', message: t.save.saved(saved.name) });
      onSaved(saved);
      onClose();
    },
    onError: (error) => {
      if (!applyServerFieldErrors(form, error, ['name']))
        notifications.show({ color: 'red', message: errorMessage(error, vi.errors.unexpected) });
    },
  });

  return (
    <Modal opened={opened} onClose={onClose} title={`${t.save.title} (${t.save.kind[content.kind]})`} size="lg">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} data-testid="favourite-save-form">
        <Stack gap="sm">
          <TextInput
            label={t.save.name}
            placeholder={t.save.namePlaceholder}
            maxLength={NAME_MAX}
            data-autofocus
            withAsterisk
            {...form.getInputProps('name')}
            data-testid="favourite-name"
          />
          <MultiSelect
            label={t.save.shareRoles}
            data={ROLES.map((r) => ({ value: r, label: vi.roles[r] }))}
            {...form.getInputProps('roles')}
            data-testid="favourite-share-roles"
          />
          <TagsInput
            label={t.save.shareUsers}
            placeholder={t.save.shareUsersPlaceholder}
            maxTags={USERS_MAX}
            {...form.getInputProps('users')}
          />
          {current && allowCopy && <Checkbox label={t.actions.saveAs} {...form.getInputProps('asNew', { type: 'checkbox' })} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {vi.common.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="favourite-save-submit">
              {t.save.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { vi } from '../../i18n/vi.ts';
import { FIELD_OPTIONS, STATUS_OPTIONS } from './field-options.ts';
import { directivesQuery } from './tasks-queries.ts';
import type { TasksSearch } from './tasks-search.ts';
import { UnitSelect } from './unit-pickers.tsx';

interface TaskFiltersProps {
  search: TasksSearch;
  onChange: (next: TasksSearch) => void;
}

const t = vi.tasks.filters;

/** Đơn vị, Trạng thái, Lĩnh vực, "chỉ quá hạn" and a search box (the server folds diacritics). */
export function TaskFilters({ search, onChange }: TaskFiltersProps) {
  // The box keeps its own text so typing stays smooth; the address follows after a pause.
  const [text, setText] = useState(search.q ?? '');
  const pushText = useDebouncedCallback((q: string) => onChange({ ...search, q: q.trim() || undefined }), 300);
  const set = (patch: Partial<TasksSearch>) => onChange({ ...search, ...patch });
  // Only fetched when the list is narrowed to a directive, to show its number.
  const directives = useQuery({ ...directivesQuery, enabled: search.directive !== undefined });
  const directive = directives.data?.find((d) => String(d.id) === search.directive);
  return (
    <Group align="flex-end" gap="md" wrap="wrap" data-testid="task-filters">
      <TextInput
        label={t.search}
        placeholder={t.searchPlaceholder}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          pushText(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 300 }}
        data-testid="task-search"
      />
      <UnitSelect
        label={t.unit}
        placeholder={t.all}
        clearable
        value={search.unit ?? null}
        onChange={(unit) => set({ unit: unit ?? undefined })}
        w={{ base: '100%', sm: 220 }}
        data-testid="filter-unit"
      />
      <Select
        label={t.status}
        placeholder={t.all}
        clearable
        data={STATUS_OPTIONS}
        value={search.status ?? null}
        onChange={(status) => set({ status: status ?? undefined })}
        w={{ base: '100%', sm: 190 }}
        data-testid="filter-status"
      />
      <Select
        label={t.field}
        placeholder={t.all}
        clearable
        data={FIELD_OPTIONS}
        value={search.field ?? null}
        onChange={(field) => set({ field: field ?? undefined })}
        w={{ base: '100%', sm: 250 }}
        data-testid="filter-field"
      />
      <Checkbox
        label={t.overdue}
        checked={search.overdue === '1'}
        onChange={(event) => set({ overdue: event.currentTarget.checked ? '1' : undefined })}
        mb={8}
        data-testid="filter-overdue"
      />
      {search.directive && (
        <Button
          variant="light"
          size="compact-sm"
          mb={6}
          rightSection={<IconX size={14} />}
          aria-label={t.clearDirective}
          onClick={() => set({ directive: undefined })}
        >
          {t.directive(directive?.number ?? search.directive)}
        </Button>
      )}
    </Group>
  );
}

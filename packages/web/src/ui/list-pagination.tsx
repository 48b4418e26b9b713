import { Group, Pagination } from '@mantine/core';
import { survVi } from '../i18n/surveillance.vi.ts';

const t = survVi.pager;

/** Page buttons under a list, each named for screen readers; nothing when everything fits on one page. */
export function ListPagination({
  total,
  pageSize,
  page,
  onChange,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <Group justify="center" mt="md">
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        aria-label={t.label}
        getItemProps={(n) => ({ 'aria-label': t.page(n) })}
        getControlProps={(control) => ({
          'aria-label': { first: t.first, last: t.last, next: t.next, previous: t.previous }[control],
        })}
      />
    </Group>
  );
}

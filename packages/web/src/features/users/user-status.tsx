import { Badge } from '@mantine/core';
import type { UserView } from '@syt/core/api/contract.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { serverNow } from '../../lib/server-clock.ts';

/** True while a sign-in lock is in force. */
export function isLocked(user: UserView, now = serverNow().getTime()): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
}

/** Trạng thái: Hoạt động, Đã khóa (disabled) or Tạm khóa đến … (locked after failed sign-ins). */
export function UserStatusBadge({ user }: { user: UserView }) {
  if (!user.active) {
    return (
      <Badge color="red" variant="light" radius="sm">
        {vi.users.status.disabled}
      </Badge>
    );
  }
  if (isLocked(user) && user.lockedUntil) {
    return (
      <Badge color="orange" variant="light" radius="sm" styles={{ label: { overflow: 'visible' } }}>
        {vi.users.status.lockedUntil(formatDateTime(user.lockedUntil))}
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light" radius="sm">
      {vi.users.status.active}
    </Badge>
  );
}

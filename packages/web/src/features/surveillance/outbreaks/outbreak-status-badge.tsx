import { Badge } from '@mantine/core';
import type { OutbreakStatus } from '@syt/core/api/surveillance.ts';

/** Active outbreaks in red, closed ones grey, with the server's words. */
export function OutbreakStatusBadge({ status, label }: { status: OutbreakStatus; label: string }) {
  const color = status === 'ACTIVE' ? 'red' : 'gray';
  return (
    <Badge color={color} variant="light" miw="max-content" data-status={status}>
      {label}
    </Badge>
  );
}

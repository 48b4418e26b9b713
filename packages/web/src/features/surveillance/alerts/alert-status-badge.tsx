import { Badge } from '@mantine/core';
import type { AlertStatus } from '@syt/core/api/surveillance.ts';

const COLORS: Record<AlertStatus, string> = { NEW: 'red', VERIFIED: 'orange', DISMISSED: 'gray', OUTBREAK: 'grape' };

/** An alert's status in the server's words; light badges, whose text the theme darkens to read at 4.5:1. */
export function AlertStatusBadge({ status, label }: { status: AlertStatus; label: string }) {
  const color = COLORS[status];
  return (
    <Badge color={color} variant="light" miw="max-content" data-status={status}>
      {label}
    </Badge>
  );
}

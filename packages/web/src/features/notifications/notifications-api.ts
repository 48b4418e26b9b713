import type { NotificationView, TodoView } from '@syt/core/api/notifications.ts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client.ts';

export interface NotificationsList {
  notifications: NotificationView[];
  unread: number;
}

/** Polled each minute so a task assigned meanwhile shows on the bell without a reload. */
export const notificationsQuery = queryOptions({
  queryKey: ['notifications'] as const,
  queryFn: () => apiGet<NotificationsList>('/api/notifications'),
  refetchInterval: 60_000,
});

export function markNotificationRead(id: number): Promise<unknown> {
  return apiSend<unknown>('POST', `/api/notifications/${id}/read`);
}

export function markAllNotificationsRead(): Promise<unknown> {
  return apiSend<unknown>('POST', '/api/notifications/read-all');
}

/** Việc cần làm on the home page. */
export const todoQuery = queryOptions({
  queryKey: ['todo'] as const,
  queryFn: () => apiGet<TodoView>('/api/todo'),
});

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationsQuery } from '../notifications/notifications-api.ts';
import { SURVEILLANCE_KEY } from './surveillance-api.ts';

/**
 * A change to alerts, outbreaks or immediate reports. Once it lands every surveillance answer is read again (the
 * overview's states, the lists, the detail) and the bell too, since a change may raise or settle a notification.
 */
export function useSurveillanceChange<I, O>(send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: SURVEILLANCE_KEY }),
        queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey }),
      ]);
    },
  });
}

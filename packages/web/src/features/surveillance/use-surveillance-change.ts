import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationsQuery } from '../notifications/notifications-api.ts';
import { SURVEILLANCE_KEY } from './surveillance-api.ts';

/**
 * A change to alerts, outbreaks or immediate reports. Once it lands, `onDone` runs (it runs even when the change has
 * meanwhile removed its own button, say an alert leaving a list of new ones, which a `mutate` callback would not),
 * then every surveillance answer is read again and the bell too, since a change may raise or settle a notification.
 */
export function useSurveillanceChange<I, O>(send: (input: I) => Promise<O>, onDone: (result: O) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      onDone(result);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: SURVEILLANCE_KEY }),
        queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey }),
      ]);
    },
  });
}

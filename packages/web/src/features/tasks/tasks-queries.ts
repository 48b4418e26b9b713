import { notifications } from '@mantine/notifications';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { confirmTask, createTask, editTask, fetchDirectives, fetchTask, fetchTasks, postTaskUpdate, type ProgressInput, type TaskEdit, type TaskFilters } from './tasks-api.ts';

/** Query keys; any change to a task invalidates `tasks`, the to-do list and the notifications (they follow tasks). */
export const taskKeys = {
  all: ['tasks'] as const,
  list: (filters: TaskFilters) => ['tasks', 'list', filters] as const,
  detail: (id: number) => ['tasks', 'detail', id] as const,
  directives: ['directives'] as const,
};

export function tasksQuery(filters: TaskFilters) {
  // Previous rows stay while a filter change loads, so the table does not flash empty.
  return queryOptions({ queryKey: taskKeys.list(filters), queryFn: () => fetchTasks(filters), placeholderData: keepPreviousData });
}

export function taskQuery(id: number) {
  return queryOptions({ queryKey: taskKeys.detail(id), queryFn: () => fetchTask(id) });
}

export const directivesQuery = queryOptions({ queryKey: taskKeys.directives, queryFn: fetchDirectives });

export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message, withBorder: true });
}

/** Invalidates what a task change touches: lists, details, home's to-do list, the bell. */
export function useInvalidateTaskViews() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [taskKeys.all, taskKeys.directives, ['todo'], ['notifications']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateTask() {
  const invalidate = useInvalidateTaskViews();
  return useMutation({ mutationFn: createTask, onSuccess: invalidate });
}

export function usePostTaskUpdate(id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateTaskViews();
  return useMutation({
    mutationFn: (input: ProgressInput) => postTaskUpdate(id, input),
    onSuccess: async (task) => {
      // The answer is the task as it now stands: shown at once, then everything else refreshed.
      if (task && typeof task === 'object' && 'id' in task) queryClient.setQueryData(taskKeys.detail(id), task);
      await invalidate();
    },
  });
}

/** "Sửa nhiệm vụ": the answer is the task as edited, shown at once; lists and the rest are refreshed. */
export function useEditTask(id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateTaskViews();
  return useMutation({
    mutationFn: (edit: TaskEdit) => editTask(id, edit),
    onSuccess: async (task) => {
      queryClient.setQueryData(taskKeys.detail(id), task);
      await invalidate();
    },
  });
}

/** Confirms a draft task from an imported directive: it reaches its units. */
export function useConfirmTask(id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateTaskViews();
  return useMutation({
    mutationFn: () => confirmTask(id),
    onSuccess: async (task) => {
      queryClient.setQueryData(taskKeys.detail(id), task);
      await invalidate();
    },
  });
}

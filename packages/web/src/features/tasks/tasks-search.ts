/** The task list's address: `/nhiem-vu?unit=615&status=OVERDUE&field=PHONG_BENH&overdue=1&q=sot`. */
export interface TasksSearch {
  unit?: string;
  status?: string;
  field?: string;
  overdue?: '1';
  q?: string;
  /** The tasks of one directive (from the directives list). */
  directive?: string;
}

/** validateSearch for /nhiem-vu: unknown keys and empty values dropped. */
export function validateTasksSearch(search: Record<string, unknown>): TasksSearch {
  const result: TasksSearch = {};
  for (const key of ['unit', 'status', 'field', 'q', 'directive'] as const) {
    const value = search[key];
    if (typeof value === 'string' && value) result[key] = value;
  }
  if (search.overdue === '1' || search.overdue === 1 || search.overdue === true) result.overdue = '1';
  return result;
}

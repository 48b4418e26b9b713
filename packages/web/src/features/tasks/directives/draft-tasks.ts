import type { DirectiveDraft, TaskField } from '@syt/core/api/tasks.ts';
import { deadlineError, EMPTY_DEADLINE, toTaskDeadline, type DeadlineValue } from '../deadline-input.tsx';
import type { TaskInput } from '../tasks-api.ts';

/** One parsed item as the reviewer edits it before it becomes a task. */
export interface DraftRow {
  key: string;
  group: string;
  title: string;
  field: TaskField;
  lead: string | null;
  coordinating: string[];
  deadline: DeadlineValue;
}

/** Every item of every group as a row; the group's field is the starting guess. */
export function draftRows(draft: DirectiveDraft): DraftRow[] {
  return draft.groups.flatMap((group, g) =>
    group.items.map((title, i) => ({
      key: `${g}-${i}`,
      group: group.heading,
      title,
      field: group.field,
      lead: null,
      coordinating: [],
      // Directives' items are mostly ongoing duties; a date is chosen when the text gives one.
      deadline: { ...EMPTY_DEADLINE, kind: 'ONGOING' },
    })),
  );
}

/** Rows that cannot be sent yet: no title, no lead unit or an incomplete deadline. */
export function incompleteRows(rows: readonly DraftRow[]): DraftRow[] {
  return rows.filter((row) => !row.title.trim() || !row.lead || deadlineError(row.deadline) !== null);
}

export function toTaskInputs(rows: readonly DraftRow[]): TaskInput[] {
  return rows.map((row) => ({
    title: row.title.trim(),
    group: row.group,
    field: row.field,
    lead: row.lead ?? '',
    coordinating: row.coordinating.filter((code) => code !== row.lead),
    deadline: toTaskDeadline(row.deadline),
  }));
}

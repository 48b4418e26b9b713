import type { DirectiveDraft, DraftUnitMention, TaskField } from '@syt/core/api/tasks.ts';
import { deadlineError, deadlineValueOf, EMPTY_DEADLINE, toTaskDeadline, type DeadlineValue } from '../deadline-input.tsx';
import type { DirectiveTaskInput } from '../tasks-api.ts';

/** One parsed item as the reviewer edits it before it becomes a task (one per lead unit). */
export interface DraftRow {
  key: string;
  group: string;
  title: string;
  field: TaskField;
  /** The lead units: several when the text gives the task to a group ("các TTYT huyện"). */
  leads: string[];
  coordinating: string[];
  deadline: DeadlineValue;
  /** What the text said, shown beside the inputs so the reviewer can check the reading. */
  named: DraftUnitMention[];
  deadlineText: string | null;
}

/** The codes of the org units matched by the mentions of one role, each once. */
function codesOf(mentions: readonly DraftUnitMention[], role: DraftUnitMention['role']): string[] {
  return [...new Set(mentions.filter((m) => m.role === role).flatMap((m) => m.units.map((unit) => unit.code)))];
}

/** Every item of every group as a row: the group's field, and the units and deadline the text gives as starting guesses. */
export function draftRows(draft: DirectiveDraft): DraftRow[] {
  return draft.groups.flatMap((group, g) =>
    group.items.map((item, i) => {
      const leads = codesOf(item.units, 'LEAD');
      return {
        key: `${g}-${i}`,
        group: group.heading,
        title: item.title,
        field: group.field,
        leads,
        coordinating: codesOf(item.units, 'COORDINATE').filter((code) => !leads.includes(code)),
        // Directives' items are mostly ongoing duties unless the text gives a time.
        deadline: item.deadline ? deadlineValueOf(item.deadline) : { ...EMPTY_DEADLINE, kind: 'ONGOING' },
        named: item.units,
        deadlineText: item.deadlineText,
      };
    }),
  );
}

/** Rows that cannot be sent yet: no title, no lead unit or an incomplete deadline. */
export function incompleteRows(rows: readonly DraftRow[]): DraftRow[] {
  return rows.filter((row) => !row.title.trim() || row.leads.length === 0 || deadlineError(row.deadline) !== null);
}

/** How many tasks the rows make: one per lead unit. */
export function taskCount(rows: readonly DraftRow[]): number {
  return rows.reduce((n, row) => n + Math.max(row.leads.length, 1), 0);
}

export function toTaskInputs(rows: readonly DraftRow[]): DirectiveTaskInput[] {
  return rows.map((row) => ({
    title: row.title.trim(),
    group: row.group,
    field: row.field,
    lead: row.leads.length === 1 ? row.leads[0]! : row.leads,
    coordinating: row.coordinating.filter((code) => !row.leads.includes(code)),
    deadline: toTaskDeadline(row.deadline),
  }));
}

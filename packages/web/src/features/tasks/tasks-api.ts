import type {
  DirectiveDraft,
  DirectiveType,
  DirectiveView,
  TaskDeadline,
  TaskField,
  TaskSummary,
  TaskView,
} from '@syt/core/api/tasks.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { postMultipart } from '../../api/multipart.ts';
import type { ManualStatus } from './field-options.ts';

/** What `/api/tasks` filters on; empty values are left out of the address. */
export interface TaskFilters {
  unit?: string;
  status?: string;
  field?: string;
  overdue?: boolean;
  q?: string;
  directive?: string;
}

/** One task to create, alone (POST /api/tasks) or under a directive. */
export interface TaskInput {
  title: string;
  content?: string;
  group?: string;
  field: TaskField;
  lead: string;
  coordinating: string[];
  deadline: TaskDeadline;
}

/** A directive's task, given to one unit or to a group of units (each gets its own task and keeps its own progress). */
export type DirectiveTaskInput = Omit<TaskInput, 'lead'> & { lead: string | string[] };

/** What `PUT /api/tasks/:id` changes: any of a task's fields, and a status set by hand. */
export type TaskEdit = Partial<TaskInput> & { status?: ManualStatus };

export interface DirectiveInput {
  number: string;
  date: string;
  type: DirectiveType;
  issuer: string;
  subject: string;
  file: File | null;
}

export interface ProgressInput {
  kind: 'PROGRESS' | 'COMMENT';
  text: string;
  status?: 'IN_PROGRESS' | 'DONE';
  files: File[];
}

export async function fetchTasks(filters: TaskFilters): Promise<TaskSummary[]> {
  const { overdue, ...rest } = filters;
  return (await apiGet<{ tasks: TaskSummary[] }>('/api/tasks', { ...rest, overdue: overdue ? '1' : undefined })).tasks;
}

export function fetchTask(id: number): Promise<TaskView> {
  return apiGet<TaskView>(`/api/tasks/${id}`);
}

export function confirmTask(id: number): Promise<TaskView> {
  return apiSend<TaskView>('POST', `/api/tasks/${id}/confirm`);
}

export function createTask(input: TaskInput): Promise<TaskView> {
  return apiSend<TaskView>('POST', '/api/tasks', input);
}

export function editTask(id: number, edit: TaskEdit): Promise<TaskView> {
  return apiSend<TaskView>('PUT', `/api/tasks/${id}`, edit);
}

/** Progress or a comment; files go as multipart (text fields first, as the server reads them), plain text as JSON. */
export function postTaskUpdate(id: number, { files, ...update }: ProgressInput): Promise<TaskView> {
  const path = `/api/tasks/${id}/updates`;
  if (files.length === 0) return apiSend<TaskView>('POST', path, update);
  return postMultipart<TaskView>(path, { kind: update.kind, text: update.text, status: update.status, files });
}

export function taskAttachmentUrl(taskId: number, attachmentId: number): string {
  return `/api/tasks/${taskId}/attachments/${attachmentId}`;
}

/** The list answers `{ directives }` like the server's other lists; a bare array is read too. */
export async function fetchDirectives(): Promise<DirectiveView[]> {
  const payload = await apiGet<DirectiveView[] | { directives: DirectiveView[] }>('/api/directives');
  return Array.isArray(payload) ? payload : payload.directives;
}

export function createDirective({ file, ...fields }: DirectiveInput): Promise<DirectiveView> {
  return postMultipart<DirectiveView>('/api/directives', { ...fields, file });
}

export function directiveFileUrl(id: number): string {
  return `/api/directives/${id}/file`;
}

/** Reads a .docx/.txt into groups of draft tasks; the server stores nothing. */
export function importDirective(file: File): Promise<DirectiveDraft> {
  return postMultipart<DirectiveDraft>('/api/directives/import', { file });
}

/** The reviewed tasks of a directive, confirmed at once (not kept as drafts). */
export function addDirectiveTasks(id: number, tasks: DirectiveTaskInput[]): Promise<unknown> {
  return apiSend<unknown>('POST', `/api/directives/${id}/tasks`, { tasks, draft: false });
}

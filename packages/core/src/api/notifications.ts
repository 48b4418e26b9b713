/** In-app notifications (`/api/notifications`) and the home page's "Việc cần làm" (`/api/todo`). */

export interface NotificationView {
  id: number;
  /** `TASK_DUE_SOON`, `TASK_DUE`, `TASK_OVERDUE`, `REQUEST_DUE_SOON`, `REQUEST_DUE`, `REQUEST_OVERDUE`, `TASK_ASSIGNED`, `TASK_UPDATED`, `REPORT_SUBMITTED`, `REPORT_APPROVED`, `REPORT_RETURNED`, `REPORT_WITHDRAWN`, `ALERT_THRESHOLD`, `ALERT_IMMEDIATE` (an epidemic alert, linking to `/giam-sat/canh-bao/:id`). */
  kind: string;
  title: string;
  body: string;
  /** Where the web goes when it is clicked (`/nhiem-vu/12`). */
  link: string;
  read: boolean;
  createdAt: string;
}

export interface TodoItem {
  kind: 'TASK' | 'FORM' | 'REQUEST';
  title: string;
  unit: { code: string; name: string };
  dueDate: string | null;
  /** `quá hạn 3 ngày`, `còn 2 ngày`. */
  dueLabel: string;
  overdue: boolean;
  link: string;
}

export interface TodoView {
  items: TodoItem[];
  /** For leaders and staff: overdue tasks and requests per unit. */
  overdueByUnit: { unit: { code: string; name: string }; tasks: number; requests: number }[] | null;
}

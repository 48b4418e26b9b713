import type { DashboardWidget } from '@syt/core/api/analytics.ts';
import type { Role } from '@syt/core/api/contract.ts';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { mayEnterData } from '../../auth/role-rights.ts';
import { OverdueByUnit } from '../../home/overdue-by-unit.tsx';
import { PendingForms, todoFormKeys } from '../../home/pending-forms.tsx';
import { ReportsWaiting } from '../../home/reports-waiting.tsx';
import { TodoList } from '../../home/todo-list.tsx';
import { todoQuery } from '../../notifications/notifications-api.ts';
import { AlertsWidget } from './alerts-widget.tsx';
import { CompletenessWidget } from './completeness-widget.tsx';
import { KeyFiguresWidget } from './key-figures.tsx';
import { KEY_FIGURE_SPECS } from './key-figure-list.ts';
import { OverdueTasksWidget } from './overdue-tasks-widget.tsx';
import { UnitTrendWidget } from './unit-trend-widget.tsx';

/** Roles that approve reports (the server's `finalize-report`): staff send reports to them. */
const APPROVER_ROLES: readonly Role[] = ['admin', 'leader'];
/** Roles that issue approved reports (the server's `issue-report`, the department's clerical right). */
const ISSUER_ROLES: readonly Role[] = ['admin', 'staff'];

/** The reports waiting for the user's step: to approve for leaders, to issue for the department's clerks. */
function ReportsAwaiting() {
  const { role } = useCurrentUser();
  return (
    <Stack gap="md" h="100%">
      {APPROVER_ROLES.includes(role) && <ReportsWaiting status="submitted" />}
      {ISSUER_ROLES.includes(role) && <ReportsWaiting status="final" />}
    </Stack>
  );
}

/** "Việc cần làm", and for those who oversee units the overdue counts per unit. */
function Todo() {
  const todo = useQuery(todoQuery);
  return (
    <Stack gap="md" h="100%">
      <TodoList todo={todo} />
      {todo.data?.overdueByUnit && <OverdueByUnit rows={todo.data.overdueByUnit} />}
    </Stack>
  );
}

/** The forms still to submit, leaving out those the to-do list already shows. */
function MyForms() {
  const todo = useQuery(todoQuery);
  const links = useMemo(() => todo.data?.items.filter((i) => i.kind === 'FORM').map((i) => i.link) ?? [], [todo.data]);
  const exclude = useMemo(() => todoFormKeys(links), [links]);
  if (todo.isPending) return null;
  return <PendingForms exclude={exclude} />;
}

/** Whether a built-in card has anything for the role: forms for those who enter data, reports for their approvers and issuers. */
export function widgetApplies(widget: DashboardWidget, role: Role): boolean {
  if (widget === 'myForms') return mayEnterData(role);
  if (widget === 'reportsAwaiting') return APPROVER_ROLES.includes(role) || ISSUER_ROLES.includes(role);
  return true;
}

/** One built-in card of a dashboard (the grid leaves out those `widgetApplies` refuses for the role). */
export function BuiltinWidget({ widget }: { widget: DashboardWidget }) {
  switch (widget) {
    case 'keyFigures':
      return <KeyFiguresWidget figures={KEY_FIGURE_SPECS} />;
    case 'completeness':
      return <CompletenessWidget />;
    case 'alerts':
      return <AlertsWidget />;
    case 'overdueTasks':
      return <OverdueTasksWidget />;
    case 'reportsAwaiting':
      return <ReportsAwaiting />;
    case 'myForms':
      return <MyForms />;
    case 'todo':
      return <Todo />;
    case 'unitTrend':
      return <UnitTrendWidget />;
  }
}

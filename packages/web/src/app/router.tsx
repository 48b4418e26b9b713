import type { MetadataKind } from '@syt/core/api/contract.ts';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { AccountPage } from '../features/account/account-page.tsx';
import { ApiTokensPage } from '../features/api-tokens/api-tokens-page.tsx';
import { AnalyticsPage } from '../features/analytics/analytics-page.tsx';
import { validateAnalyticsSearch } from '../features/analytics/analytics-search.ts';
import { FavouritePage } from '../features/analytics/favourite-page.tsx';
import { FavouritesPage } from '../features/analytics/favourites-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { CompletenessPage } from '../features/completeness/completeness-page.tsx';
import { validateCompletenessSearch } from '../features/completeness/completeness-search.ts';
import { DashboardEditorPage } from '../features/dashboards/editor/dashboard-editor.tsx';
import { DashboardPage } from '../features/dashboards/dashboard-page.tsx';
import { DashboardsPage } from '../features/dashboards/dashboards-page.tsx';
import { DataEntryPage } from '../features/data-entry/data-entry-page.tsx';
import { validateFormSearch } from '../features/data-entry/entry-search.ts';
import { HomePage } from '../features/home/home-page.tsx';
import { InterchangePage } from '../features/interchange/interchange-page.tsx';
import { MetadataListPage } from '../features/metadata/metadata-list-page.tsx';
import { OrgUnitsPage } from '../features/org-units/org-units-page.tsx';
import { QualityPage } from '../features/quality/quality-page.tsx';
import { TargetsPage } from '../features/targets/targets-page.tsx';
import { validateTargetsSearch } from '../features/targets/targets-search.ts';
import { validateQualitySearch } from '../features/quality/quality-search.ts';
import { NotFoundPage } from '../features/placeholder/not-found-page.tsx';
import { ReportPage } from '../features/reports/report-page.tsx';
import { RequestDetailPage } from '../features/requests/request-detail-page.tsx';
import { RequestsPage } from '../features/requests/requests-page.tsx';
import { DirectivesPage } from '../features/tasks/directives/directives-page.tsx';
import { TaskDetailPage } from '../features/tasks/task-detail-page.tsx';
import { TasksPage } from '../features/tasks/tasks-page.tsx';
import { validateTasksSearch } from '../features/tasks/tasks-search.ts';
import { validateReportSearch } from '../features/reports/report-search.ts';
import { UsersPage } from '../features/users/users-page.tsx';
import { AlertDetailPage } from '../features/surveillance/alerts/alert-detail-page.tsx';
import { AlertsPage } from '../features/surveillance/alerts/alerts-page.tsx';
import { ImmediateReportPage } from '../features/surveillance/immediate/immediate-report-page.tsx';
import { OutbreakDetailPage } from '../features/surveillance/outbreaks/outbreak-detail-page.tsx';
import { OutbreaksPage } from '../features/surveillance/outbreaks/outbreaks-page.tsx';
import { SurveillancePage } from '../features/surveillance/overview/surveillance-page.tsx';
import { validateListSearch, validateSurveillanceSearch } from '../features/surveillance/surveillance-search.ts';
import { RouteError } from '../ui/route-error.tsx';
import { requireAdmin, requireSession, skipIfSignedIn } from './auth-guard.tsx';
import { parseSearch, stringifySearch } from './search-params.ts';
import { AppLayout } from './shell/app-layout.tsx';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: RouteError,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: ({ context }) => skipIfSignedIn(context.queryClient),
  component: function LoginRoute() {
    return <LoginPage redirect={loginRoute.useSearch().redirect} />;
  },
});

// Every page below sits in the signed-in shell.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => ({ user: await requireSession(context.queryClient, location.href) }),
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

function metadataRoute<const P extends string>(path: P, kind: MetadataKind) {
  return createRoute({ getParentRoute: () => appRoute, path, component: () => <MetadataListPage kind={kind} /> });
}

const dataEntryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhap-lieu',
  validateSearch: validateFormSearch,
  component: function DataEntryRoute() {
    return <DataEntryPage search={dataEntryRoute.useSearch()} />;
  },
});

const interchangeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhap-lieu/nhap-tep',
  component: InterchangePage,
});

const completenessRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bao-cao/tinh-hinh-nop',
  validateSearch: validateCompletenessSearch,
  component: function CompletenessRoute() {
    return <CompletenessPage search={completenessRoute.useSearch()} />;
  },
});

const qualityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bao-cao/chat-luong-so-lieu',
  validateSearch: validateQualitySearch,
  component: function QualityRoute() {
    return <QualityPage search={qualityRoute.useSearch()} />;
  },
});

const targetsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bao-cao/chi-tieu',
  validateSearch: validateTargetsSearch,
  component: function TargetsRoute() {
    return <TargetsPage search={targetsRoute.useSearch()} />;
  },
});

const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bao-cao',
  validateSearch: validateReportSearch,
  component: function ReportRoute() {
    return <ReportPage search={reportRoute.useSearch()} />;
  },
});

const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhiem-vu',
  validateSearch: validateTasksSearch,
  component: function TasksRoute() {
    return <TasksPage search={tasksRoute.useSearch()} />;
  },
});

// Ids are digits; anything else is left to the page, which shows the server's "not found".
const taskDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhiem-vu/$taskId',
  component: function TaskDetailRoute() {
    return <TaskDetailPage taskId={Number(taskDetailRoute.useParams().taskId)} />;
  },
});

const directivesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhiem-vu/van-ban',
  component: DirectivesPage,
});

const requestsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/yeu-cau-bao-cao',
  component: RequestsPage,
});

const requestDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/yeu-cau-bao-cao/$requestId',
  component: function RequestDetailRoute() {
    return <RequestDetailPage requestId={Number(requestDetailRoute.useParams().requestId)} />;
  },
});

const surveillanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/giam-sat',
  validateSearch: validateSurveillanceSearch,
  component: function SurveillanceRoute() {
    return <SurveillancePage search={surveillanceRoute.useSearch()} />;
  },
});

const alertsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/giam-sat/canh-bao',
  validateSearch: validateListSearch,
  component: function AlertsRoute() {
    return <AlertsPage search={alertsRoute.useSearch()} />;
  },
});

const alertDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/giam-sat/canh-bao/$alertId',
  component: function AlertDetailRoute() {
    return <AlertDetailPage alertId={Number(alertDetailRoute.useParams().alertId)} />;
  },
});

const outbreaksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/giam-sat/o-dich',
  validateSearch: validateListSearch,
  component: function OutbreaksRoute() {
    return <OutbreaksPage search={outbreaksRoute.useSearch()} />;
  },
});

const outbreakDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/giam-sat/o-dich/$outbreakId',
  component: function OutbreakDetailRoute() {
    return <OutbreakDetailPage outbreakId={Number(outbreakDetailRoute.useParams().outbreakId)} />;
  },
});

const immediateReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/giam-sat/bao-cao-ngay',
  component: ImmediateReportPage,
});

const analyticsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phan-tich',
  validateSearch: validateAnalyticsSearch,
  component: function AnalyticsRoute() {
    return <AnalyticsPage search={analyticsRoute.useSearch()} />;
  },
});

const favouritesRoute = createRoute({ getParentRoute: () => appRoute, path: '/phan-tich/yeu-thich', component: FavouritesPage });

const favouriteRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phan-tich/yeu-thich/$favouriteId',
  component: function FavouriteRoute() {
    return <FavouritePage favouriteId={Number(favouriteRoute.useParams().favouriteId)} />;
  },
});

const orgUnitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/danh-muc/don-vi',
  component: OrgUnitsPage,
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/quan-tri/nguoi-dung',
  beforeLoad: ({ context, location }) => requireAdmin(context.queryClient, location.href),
  component: UsersPage,
});

const dashboardsRoute = createRoute({ getParentRoute: () => appRoute, path: '/bang-dieu-khien', component: DashboardsPage });

const defaultDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bang-dieu-khien/mac-dinh',
  component: () => <DashboardPage dashboardId={null} />,
});

const newDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bang-dieu-khien/moi',
  component: () => <DashboardEditorPage dashboardId={null} />,
});

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bang-dieu-khien/$dashboardId',
  component: function DashboardRoute() {
    return <DashboardPage dashboardId={Number(dashboardRoute.useParams().dashboardId)} />;
  },
});

const editDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bang-dieu-khien/$dashboardId/sua',
  component: function EditDashboardRoute() {
    return <DashboardEditorPage dashboardId={Number(editDashboardRoute.useParams().dashboardId)} />;
  },
});

const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/tai-khoan', component: AccountPage });
const apiTokensRoute = createRoute({ getParentRoute: () => appRoute, path: '/ma-truy-cap-api', component: ApiTokensPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    dashboardsRoute,
    defaultDashboardRoute,
    newDashboardRoute,
    dashboardRoute,
    editDashboardRoute,
    dataEntryRoute,
    interchangeRoute,
    completenessRoute,
    qualityRoute,
    targetsRoute,
    reportRoute,
    tasksRoute,
    directivesRoute,
    taskDetailRoute,
    requestsRoute,
    requestDetailRoute,
    surveillanceRoute,
    alertsRoute,
    alertDetailRoute,
    outbreaksRoute,
    outbreakDetailRoute,
    immediateReportRoute,
    analyticsRoute,
    favouritesRoute,
    favouriteRoute,
    orgUnitsRoute,
    metadataRoute('/danh-muc/phan-tu-du-lieu', 'data-elements'),
    metadataRoute('/danh-muc/phan-to', 'categories'),
    metadataRoute('/danh-muc/bieu-mau', 'data-sets'),
    metadataRoute('/danh-muc/benh-truyen-nhiem', 'diseases'),
    metadataRoute('/danh-muc/chi-so', 'indicators'),
    metadataRoute('/danh-muc/quy-tac-kiem-tra', 'validation-rules'),
    usersRoute,
    accountRoute,
    apiTokensRoute,
  ]),
]);

/** The app's router; the QueryClient travels in the context so guards can read the session. */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    parseSearch,
    stringifySearch,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

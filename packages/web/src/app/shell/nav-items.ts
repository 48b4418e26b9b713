import type { Role } from '@syt/core/api/contract.ts';
import {
  IconAlertTriangle,
  IconBellRinging,
  IconCategory,
  IconChartLine,
  IconFlame,
  IconChartBar,
  IconChecklist,
  IconChecks,
  IconDatabase,
  IconEdit,
  IconFileCertificate,
  IconFileText,
  IconFlag,
  IconPresentationAnalytics,
  IconStar,
  IconForms,
  IconHome,
  IconLayoutDashboard,
  IconListCheck,
  IconListDetails,
  IconMailForward,
  IconMathFunction,
  IconReportAnalytics,
  IconSettings,
  IconSitemap,
  IconTargetArrow,
  IconShieldHalf,
  IconUsers,
  IconVirus,
  type Icon,
} from '@tabler/icons-react';
import type { RegisteredRouter } from '@tanstack/react-router';
import { analyticsVi } from '../../i18n/analytics.vi.ts';
import { dashVi } from '../../i18n/dashboards.vi.ts';
import { qualityVi } from '../../i18n/quality.vi.ts';
import { survVi } from '../../i18n/surveillance.vi.ts';
import { targetsVi } from '../../i18n/targets.vi.ts';
import { vi } from '../../i18n/vi.ts';

/** Any path of the route tree, so a typo in a menu entry fails the type check. */
export type AppPath = keyof RegisteredRouter['routesByPath'] & string;

export interface NavItem {
  label: string;
  icon: Icon;
  to?: AppPath;
  children?: NavItem[];
  /** Only these roles see the entry; everyone when absent. */
  roles?: readonly Role[];
}

/** The modules of the navbar, in menu order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: vi.nav.home, icon: IconHome, to: '/' },
  { label: dashVi.nav, icon: IconLayoutDashboard, to: '/bang-dieu-khien' },
  { label: vi.nav.dataEntry, icon: IconEdit, to: '/nhap-lieu' },
  {
    label: vi.nav.reports,
    icon: IconReportAnalytics,
    children: [
      { label: vi.nav.completeness, icon: IconChartBar, to: '/bao-cao/tinh-hinh-nop' },
      { label: qualityVi.page.title, icon: IconFlag, to: '/bao-cao/chat-luong-so-lieu' },
      { label: targetsVi.title, icon: IconTargetArrow, to: '/bao-cao/chi-tieu' },
      { label: vi.nav.reportWriter, icon: IconFileText, to: '/bao-cao' },
    ],
  },
  {
    label: analyticsVi.nav.group,
    icon: IconPresentationAnalytics,
    children: [
      { label: analyticsVi.nav.explore, icon: IconChartBar, to: '/phan-tich' },
      { label: analyticsVi.nav.favourites, icon: IconStar, to: '/phan-tich/yeu-thich' },
    ],
  },
  {
    label: survVi.nav.group,
    icon: IconShieldHalf,
    children: [
      { label: survVi.nav.overview, icon: IconChartLine, to: '/giam-sat' },
      { label: survVi.nav.alerts, icon: IconAlertTriangle, to: '/giam-sat/canh-bao' },
      { label: survVi.nav.outbreaks, icon: IconFlame, to: '/giam-sat/o-dich' },
      { label: survVi.nav.immediate, icon: IconBellRinging, to: '/giam-sat/bao-cao-ngay', roles: ['admin', 'staff', 'reporter'] },
    ],
  },
  {
    label: vi.nav.tasks,
    icon: IconListCheck,
    children: [
      { label: vi.nav.taskList, icon: IconChecklist, to: '/nhiem-vu' },
      { label: vi.nav.directives, icon: IconFileCertificate, to: '/nhiem-vu/van-ban', roles: ['admin', 'staff', 'leader'] },
      { label: vi.nav.requests, icon: IconMailForward, to: '/yeu-cau-bao-cao' },
    ],
  },
  {
    label: vi.nav.catalog,
    icon: IconDatabase,
    children: [
      { label: vi.nav.orgUnits, icon: IconSitemap, to: '/danh-muc/don-vi' },
      { label: vi.nav.metadata['data-elements'], icon: IconListDetails, to: '/danh-muc/phan-tu-du-lieu' },
      { label: vi.nav.metadata.categories, icon: IconCategory, to: '/danh-muc/phan-to' },
      { label: vi.nav.metadata['data-sets'], icon: IconForms, to: '/danh-muc/bieu-mau' },
      { label: vi.nav.metadata.diseases, icon: IconVirus, to: '/danh-muc/benh-truyen-nhiem' },
      { label: vi.nav.metadata.indicators, icon: IconMathFunction, to: '/danh-muc/chi-so' },
      { label: vi.nav.metadata['validation-rules'], icon: IconChecks, to: '/danh-muc/quy-tac-kiem-tra' },
    ],
  },
  {
    label: vi.nav.admin,
    icon: IconSettings,
    roles: ['admin'],
    children: [{ label: vi.nav.users, icon: IconUsers, to: '/quan-tri/nguoi-dung' }],
  },
];

/** The entries a role may see, inside groups too. */
export function navItemsFor(role: Role): NavItem[] {
  const allowed = (item: NavItem) => !item.roles || item.roles.includes(role);
  return NAV_ITEMS.filter(allowed).map((item) =>
    item.children ? { ...item, children: item.children.filter(allowed) } : item,
  );
}

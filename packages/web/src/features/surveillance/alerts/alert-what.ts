import type { AlertView } from '@syt/core/api/surveillance.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';

/** An alert in a few words: `Sốt xuất huyết Dengue tại Đăk Hà, Tuần 52/2023`. */
export function alertWhat(alert: AlertView): string {
  return survVi.alerts.what(alert.disease.name, alert.orgUnit.name, alert.periodLabel);
}

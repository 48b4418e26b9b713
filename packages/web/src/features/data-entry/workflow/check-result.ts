import type { Violation } from '@syt/core/validation/violation.ts';
import type { OutsideBoundsValue } from '../data-entry-types.ts';

/** What the last check or submission found, shown under the form's header. */
export type CheckResult =
  | { kind: 'checked'; violations: Violation[]; outliers: OutsideBoundsValue[] }
  | { kind: 'submitted'; violations: Violation[] }
  | { kind: 'blocked'; messages: string[] };

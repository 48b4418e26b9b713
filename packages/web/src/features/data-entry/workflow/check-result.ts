import type { Violation } from '@syt/core/validation/violation.ts';

/** What the last check or submission found, shown under the form's header. */
export type CheckResult =
  | { kind: 'checked'; violations: Violation[] }
  | { kind: 'submitted'; violations: Violation[] }
  | { kind: 'blocked'; messages: string[] };

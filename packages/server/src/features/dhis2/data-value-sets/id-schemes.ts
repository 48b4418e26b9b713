import { schemesOf } from '@syt/core/interchange/id-schemes.ts';
import type { Identifiers } from '../identifiers.repository.ts';

/** The scheme in force for each kind (DHIS2's precedence, from core/interchange). */
export type Schemes = ReturnType<typeof schemesOf>;
export { schemesOf };

/** An identifier of a code in the scheme in force, for answers and exports; DHIS2's `default` combo keeps its name but under UID. */
export const fromCode = (ids: Identifiers, schemes: Schemes, kind: keyof Identifiers, codeValue: string) =>
  kind === 'categoryOptionCombo' && codeValue === 'default' && schemes[kind] !== 'UID' ? codeValue : ids[kind].fromCode(codeValue, schemes[kind]);

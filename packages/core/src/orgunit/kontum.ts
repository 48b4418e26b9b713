/** The Kon Tum demo org units: the province, its ten districts (closed 2025-06-30) and Quảng Ngãi, their successor. */
import data from '../../data/kontum-org-units.json' with { type: 'json' };
import type { OrgUnitPackage } from '../metadata/types.ts';
import { orgUnitPackageSchema } from './org-unit-schema.ts';

/** The Kon Tum demo org-unit package, validated at load time. */
export const KONTUM_ORG_UNITS: OrgUnitPackage = orgUnitPackageSchema.parse(data);

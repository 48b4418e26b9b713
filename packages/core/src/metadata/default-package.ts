/** The default package shipped with SYT: the Vietnamese provincial monthly report (see DATA_DICTIONARY.md). */
import data from '../../data/default-package.json' with { type: 'json' };
import { metadataPackageSchema } from './package-schema.ts';
import type { MetadataPackage } from './types.ts';

/** The default metadata package, validated at load time. */
export const DEFAULT_PACKAGE: MetadataPackage = metadataPackageSchema.parse(data);

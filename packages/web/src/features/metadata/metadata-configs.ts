import { categoryColumns } from './columns/categories.tsx';
import { dataElementColumns } from './columns/data-elements.tsx';
import { dataSetColumns } from './columns/data-sets.tsx';
import { diseaseColumns } from './columns/diseases.tsx';
import { indicatorColumns } from './columns/indicators.tsx';
import { validationRuleColumns } from './columns/validation-rules.tsx';
import type { MetadataConfigs } from './metadata-types.ts';

/** The list configuration of every metadata kind. */
export const METADATA_CONFIGS: MetadataConfigs = {
  'data-elements': dataElementColumns,
  'data-sets': dataSetColumns,
  diseases: diseaseColumns,
  indicators: indicatorColumns,
  categories: categoryColumns,
  'validation-rules': validationRuleColumns,
};

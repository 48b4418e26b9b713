import { DEFAULT_COMBO } from '@syt/core/metadata/types.ts';
import { useQuery } from '@tanstack/react-query';
import { vi } from '../../../i18n/vi.ts';
import { metadataQuery } from '../metadata-query.ts';

/** The disaggregation of a data element, named after its category when one has the same code. */
export function CategoryComboName({ code }: { code: string }) {
  const categories = useQuery(metadataQuery('categories'));
  if (code === DEFAULT_COMBO) return <>{vi.metadata.noDisaggregation}</>;
  const category = categories.data?.find((item) => item.code === code);
  return <>{category ? category.name : code}</>;
}

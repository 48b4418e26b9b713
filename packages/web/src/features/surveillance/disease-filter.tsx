import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { survVi } from '../../i18n/surveillance.vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { diseasesQuery } from './surveillance-api.ts';

/** A list's disease filter: every disease, or one, searchable without diacritics. */
export function DiseaseFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (disease: string | undefined) => void;
}) {
  const diseases = useQuery(diseasesQuery);
  const data = [
    { value: '', label: survVi.filters.allDiseases },
    ...(diseases.data?.items ?? []).map((d) => ({ value: d.code, label: d.name })),
  ];
  return (
    <Select
      label={survVi.filters.disease}
      data={data}
      value={value ?? ''}
      onChange={(next) => onChange(next || undefined)}
      searchable
      filter={foldedFilter}
      allowDeselect={false}
      disabled={diseases.isPending}
      w={280}
      data-testid="list-disease"
    />
  );
}

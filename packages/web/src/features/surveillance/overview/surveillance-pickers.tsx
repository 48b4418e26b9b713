import { Group, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { foldedFilter } from '../../../lib/folded-filter.ts';
import { diseasesQuery } from '../surveillance-api.ts';
import { useScopeUnits } from '../use-scope-units.ts';

const t = survVi.overview;

interface PickersProps {
  disease: string;
  unit: string;
  onChange: (next: { disease: string; unit: string }) => void;
}

/** The disease and the unit whose curve is shown; the unit list is the user's scope. */
export function SurveillancePickers({ disease, unit, onChange }: PickersProps) {
  const diseases = useQuery(diseasesQuery);
  const units = useScopeUnits();
  const diseaseOptions = (diseases.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }));
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label={t.disease}
        data={diseaseOptions.length > 0 ? diseaseOptions : [{ value: disease, label: disease }]}
        value={disease}
        onChange={(code) => code && onChange({ disease: code, unit })}
        searchable
        filter={foldedFilter}
        allowDeselect={false}
        disabled={diseases.isPending}
        w={{ base: '100%', sm: 320 }}
        data-testid="surveillance-disease"
      />
      <Select
        label={t.unit}
        data={units.options}
        value={unit || null}
        onChange={(code) => code && onChange({ disease, unit: code })}
        searchable
        filter={foldedFilter}
        allowDeselect={false}
        disabled={units.loading}
        w={{ base: '100%', sm: 260 }}
        data-testid="surveillance-unit"
      />
    </Group>
  );
}

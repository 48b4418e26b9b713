import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { metadataQuery } from '../../metadata/metadata-query.ts';
import { orgUnitsQuery } from '../../org-units/org-units-query.ts';

export interface FigureLabels {
  /** `TCM_CASES` → `Tay chân miệng - số mắc`; `ELEMENT.OPTION` keeps the option after the name. */
  item: (code: string) => string;
  orgUnit: (code: string) => string;
}

/**
 * Names for the codes a sentence's figures carry. The lists are the cached catalogue queries, loaded when
 * the first popover opens; until they arrive the codes are shown as they are.
 */
export function useFigureLabels(enabled: boolean): FigureLabels {
  const elements = useQuery({ ...metadataQuery('data-elements'), enabled });
  const indicators = useQuery({ ...metadataQuery('indicators'), enabled });
  const units = useQuery({ ...orgUnitsQuery(), enabled });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const item of [...(elements.data ?? []), ...(indicators.data ?? [])]) names.set(item.code, item.name);
    const unitNames = new Map((units.data ?? []).map((u) => [u.code, u.name]));
    return {
      item: (code) => {
        const [element = code, option] = code.split('.');
        const name = names.get(code) ?? names.get(element);
        if (!name) return code;
        return option && !names.has(code) ? `${name} (${option})` : name;
      },
      orgUnit: (code) => unitNames.get(code) ?? code,
    };
  }, [elements.data, indicators.data, units.data]);
}

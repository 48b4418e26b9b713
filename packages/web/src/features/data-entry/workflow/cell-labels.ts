import type { InvolvedValue } from '@syt/core/validation/violation.ts';
import { vi } from '../../../i18n/vi.ts';
import type { FormSection } from '../data-entry-types.ts';

/** How people name a form's cells: "Sốt xuất huyết Dengue — Số mắc", and an element alone by its row. */
export interface CellLabels {
  cells: ReadonlyMap<string, string>;
  elements: ReadonlyMap<string, string>;
}

/** Labels of every cell and element of a form, from its layout. */
export function cellLabels(sections: readonly FormSection[]): CellLabels {
  const cells = new Map<string, string>();
  const elements = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const block of sections.flatMap((s) => s.blocks)) {
    for (const row of block.rows) {
      row.cells.forEach((cell, c) => {
        const label = vi.dataEntry.grid.cellLabel(row.label, block.columns[c] ?? '');
        cells.set(`${cell.dataElement}|${cell.categoryOptionCombo}`, label);
        counts.set(cell.dataElement, (counts.get(cell.dataElement) ?? 0) + 1);
        // An element split over several columns is named by its row; one in a single cell by that cell.
        elements.set(cell.dataElement, counts.get(cell.dataElement) === 1 ? label : row.label);
      });
    }
  }
  return { cells, elements };
}

/** The name of a value a rule read, with its period when it is not the form's own. */
export function involvedLabel(labels: CellLabels, value: InvolvedValue): string {
  const name = value.option
    ? (labels.cells.get(`${value.element}|${value.option}`) ?? `${value.element}.${value.option}`)
    : (labels.elements.get(value.element) ?? value.element);
  const offset = value.periodOffset ?? 0;
  return offset === 0 ? name : `${name} (${vi.dataEntry.validation.offset(offset)})`;
}

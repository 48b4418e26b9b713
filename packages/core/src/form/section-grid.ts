import type { ValueType } from '../metadata/types.ts';

/** A form element as the entry page and the Excel form receive it. */
export interface FormElement {
  code: string;
  name: string;
  valueType: ValueType;
  optionCombos: { code: string; name: string }[];
}

/** What pairs a disease's cases and deaths elements into one row. */
export interface DiseasePair {
  name: string;
  casesElement: string;
  deathsElement: string;
}

export interface GridCell {
  dataElement: string;
  categoryOptionCombo: string;
  valueType: ValueType;
}

export interface GridRow {
  label: string;
  cells: GridCell[];
}

/** Rows sharing the same columns; a section is a list of blocks. */
export interface GridBlock {
  columns: string[];
  rows: GridRow[];
}

export const GRID_LABELS = { cases: 'Số mắc', deaths: 'Tử vong', value: 'Giá trị' } as const;

/**
 * Lays a section out as the department's paper forms do: one row per disease with cases (split by
 * form where the element has a breakdown) and deaths as columns; other elements one row each with
 * their breakdown as columns. Consecutive rows with the same columns form one block.
 */
export function sectionGrid(elements: FormElement[], diseases: DiseasePair[]): GridBlock[] {
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const pairOf = new Map<string, DiseasePair>();
  for (const d of diseases) {
    if (byCode.has(d.casesElement) && byCode.has(d.deathsElement)) {
      pairOf.set(d.casesElement, d);
      pairOf.set(d.deathsElement, d);
    }
  }
  const rows: { columns: string[]; row: GridRow }[] = [];
  const done = new Set<string>();
  for (const e of elements) {
    if (done.has(e.code)) continue;
    const pair = pairOf.get(e.code);
    if (pair) {
      const cases = byCode.get(pair.casesElement)!;
      const deaths = byCode.get(pair.deathsElement)!;
      done.add(cases.code).add(deaths.code);
      const caseColumns = cases.optionCombos.length > 1 ? cases.optionCombos.map((c) => c.name) : [GRID_LABELS.cases];
      rows.push({ columns: [...caseColumns, GRID_LABELS.deaths], row: { label: pair.name, cells: [...cellsOf(cases), ...cellsOf(deaths)] } });
    } else {
      done.add(e.code);
      const columns = e.optionCombos.length > 1 ? e.optionCombos.map((c) => c.name) : [GRID_LABELS.value];
      rows.push({ columns, row: { label: e.name, cells: cellsOf(e) } });
    }
  }
  return mergeBlocks(rows);
}

function cellsOf(e: FormElement): GridCell[] {
  return e.optionCombos.map((c) => ({ dataElement: e.code, categoryOptionCombo: c.code, valueType: e.valueType }));
}

function mergeBlocks(rows: { columns: string[]; row: GridRow }[]): GridBlock[] {
  const blocks: GridBlock[] = [];
  for (const { columns, row } of rows) {
    const last = blocks.at(-1);
    if (last && last.columns.join('\u0000') === columns.join('\u0000')) last.rows.push(row);
    else blocks.push({ columns, rows: [row] });
  }
  return blocks;
}

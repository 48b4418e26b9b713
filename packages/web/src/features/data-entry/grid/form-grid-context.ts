import type { GridCell } from '@syt/core/form/section-grid.ts';
import { createContext, useContext, useSyncExternalStore } from 'react';
import { sumOfCounts } from './block-totals.ts';
import type { CellSaver } from './cell-saver.ts';
import type { CellEntry, CellStore } from './cell-store.ts';
import type { GridLayout } from './grid-layout.ts';
import type { GridNavigator } from './grid-navigator.ts';

/** What every cell of an open form shares; stable for the life of the form. */
export interface FormGrid {
  store: CellStore;
  saver: CellSaver;
  navigator: GridNavigator;
  layout: GridLayout;
  readOnly: boolean;
  /** A cell got focus: show its history, comment and audit. */
  activate: (cell: GridCell, label: string) => void;
}

/** Provided by the open form's workspace to every cell, total and panel under it. */
export const FormGridContext = createContext<FormGrid | null>(null);

/** The open form's grid; only inside FormGridContext. */
export function useFormGrid(): FormGrid {
  const grid = useContext(FormGridContext);
  if (!grid) throw new Error('useFormGrid used outside a form');
  return grid;
}

/** One cell's entry; re-renders only when that cell changes. */
export function useCellEntry(store: CellStore, id: string): CellEntry {
  return useSyncExternalStore(store.subscribe, () => store.get(id));
}

/** The live total of some cells, from what is typed. */
export function useCellSum(store: CellStore, ids: readonly string[]): number {
  return useSyncExternalStore(store.subscribe, () => sumOfCounts(ids.map((id) => store.get(id).draft)));
}

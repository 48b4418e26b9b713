import type { GridCell } from '@syt/core/form/section-grid.ts';
import type { FormSection } from '../data-entry-types.ts';
import { cellId } from './cell-store.ts';

/** A cell's place in the whole form: reading order, and row/column counted over every block. */
export interface CellPosition {
  index: number;
  row: number;
  col: number;
}

export interface GridLayout {
  positions: ReadonlyMap<string, CellPosition>;
  /** Index of the first cell of each row, and how many cells the row has. */
  rowStarts: readonly number[];
  rowLengths: readonly number[];
  cells: readonly GridCell[];
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

/** Numbers the form's cells in reading order, section by section, block by block, row by row. */
export function gridLayout(sections: readonly FormSection[]): GridLayout {
  const positions = new Map<string, CellPosition>();
  const rowStarts: number[] = [];
  const rowLengths: number[] = [];
  const cells: GridCell[] = [];
  for (const row of sections.flatMap((s) => s.blocks.flatMap((b) => b.rows))) {
    rowStarts.push(cells.length);
    rowLengths.push(row.cells.length);
    row.cells.forEach((cell, col) => {
      positions.set(cellId(cell), { index: cells.length, row: rowStarts.length - 1, col });
      cells.push(cell);
    });
  }
  return { positions, rowStarts, rowLengths, cells };
}

/** The index of the cell a move lands on, or null at the form's edge. Up and down keep the column where they can. */
export function moveFrom(layout: GridLayout, from: CellPosition, move: Move): number | null {
  const inRow = (row: number) => {
    const start = layout.rowStarts[row];
    const length = layout.rowLengths[row];
    return start === undefined || !length ? null : start + Math.min(from.col, length - 1);
  };
  switch (move) {
    case 'up':
      return from.row > 0 ? inRow(from.row - 1) : null;
    case 'down':
      return from.row + 1 < layout.rowStarts.length ? inRow(from.row + 1) : null;
    case 'left':
      return from.col > 0 ? from.index - 1 : null;
    case 'right':
      return from.col + 1 < (layout.rowLengths[from.row] ?? 0) ? from.index + 1 : null;
    case 'next':
      return from.index + 1 < layout.cells.length ? from.index + 1 : null;
    case 'previous':
      return from.index > 0 ? from.index - 1 : null;
  }
}

interface KeyInput {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

interface Caret {
  start: number | null;
  end: number | null;
  length: number;
}

/**
 * What a key does in a cell: a move, `revert` (Escape), or null (the input handles it).
 * In text cells left and right move the caret until it reaches the edge of the text.
 */
export function keyAction(event: KeyInput, caret: Caret, isText: boolean): Move | 'revert' | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const collapsed = caret.start === caret.end;
  switch (event.key) {
    case 'Escape':
      return 'revert';
    case 'Enter':
    case 'Tab':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return !isText || (collapsed && caret.start === 0) ? 'left' : null;
    case 'ArrowRight':
      return !isText || (collapsed && caret.end === caret.length) ? 'right' : null;
    default:
      return null;
  }
}

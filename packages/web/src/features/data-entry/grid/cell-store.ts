import type { CellOutlier } from '@syt/core/api/contract.ts';
import type { DataValue } from '@syt/core/datavalue/types.ts';
import type { CellRef, FormOutlier } from '../data-entry-types.ts';

/** Where a cell's last save stands; shown on the input as `data-state`. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

/** A save refused because the cell changed on the server since it was shown: the user picks a value. */
export interface CellConflict {
  /** What the user typed (and may keep). */
  mine: string;
  /** The server's Vietnamese account: who changed it, to what, when. */
  message: string;
}

export interface CellEntry {
  /** The value stored on the server, '' when there is none. */
  saved: string;
  /** The comment stored with the value. */
  comment: string;
  /** What the input shows: the saved value, or what the user typed since. */
  draft: string;
  state: SaveState;
  /** Vietnamese reason of the last refusal (client check or server). */
  error: string | null;
  /** Set while a save awaits the user's choice after someone else changed the cell. */
  conflict: CellConflict | null;
  /** Set when the last save stored a value outside its bounds (marked for follow-up; a comment is asked for). */
  outlier: CellOutlier | null;
}

const EMPTY: CellEntry = Object.freeze({ saved: '', comment: '', draft: '', state: 'idle', error: null, conflict: null, outlier: null });

/** The store's key of a cell. */
export const cellId = (cell: CellRef): string => `${cell.dataElement}|${cell.categoryOptionCombo}`;

/**
 * The values of one open form, outside React so that each input subscribes to its own cell
 * (useSyncExternalStore) and a keystroke re-renders one input and its totals, not the grid.
 * Entries are immutable: a changed cell gets a new object.
 */
export class CellStore {
  private readonly cells = new Map<string, CellEntry>();
  private readonly listeners = new Set<() => void>();

  constructor(values: readonly DataValue[], outliers: readonly FormOutlier[] = []) {
    const flagged = byCell(outliers);
    for (const value of values) this.cells.set(cellId(value), fromServer(value, flagged.get(cellId(value))));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (id: string): CellEntry => this.cells.get(id) ?? EMPTY;

  /** Takes the server's values (and their outlier flags) for every cell the user is neither editing nor saving. */
  sync(values: readonly DataValue[], outliers: readonly FormOutlier[] = []): void {
    const incoming = new Map(values.map((value) => [cellId(value), value]));
    const flagged = byCell(outliers);
    let changed = false;
    for (const id of new Set([...this.cells.keys(), ...incoming.keys()])) {
      const entry = this.get(id);
      if (entry.state === 'saving' || entry.draft !== entry.saved) continue;
      const value = incoming.get(id);
      const next = value ? fromServer(value, flagged.get(id)) : EMPTY;
      if (next.saved === entry.saved && next.comment === entry.comment && sameOutlier(next.outlier, entry.outlier)) continue;
      this.cells.set(id, { ...entry, saved: next.saved, draft: next.saved, comment: next.comment, outlier: next.outlier });
      changed = true;
    }
    if (changed) this.emit();
  }

  /** The user typed in the cell. */
  edit(id: string, draft: string): void {
    this.update(id, { draft });
  }

  /** Escape (or taking the other person's value): back to the stored value, refusal cleared. */
  revert(id: string): void {
    const entry = this.get(id);
    const refused = entry.state === 'error' || entry.state === 'conflict';
    this.update(id, { draft: entry.saved, state: refused ? 'idle' : entry.state, error: null, conflict: null });
  }

  update(id: string, patch: Partial<CellEntry>): void {
    this.cells.set(id, { ...this.get(id), ...patch });
    this.emit();
  }

  /** How many cells hold something the server has not stored: typed but not sent, being saved, refused or in conflict. */
  unsavedCount(): number {
    let count = 0;
    for (const entry of this.cells.values()) {
      const settled = entry.state === 'idle' || entry.state === 'saved';
      if (!settled || entry.draft.trim() !== entry.saved) count += 1;
    }
    return count;
  }

  /** How many cells show a refusal or an unresolved conflict (their value is not stored). */
  errorCount(): number {
    let count = 0;
    for (const entry of this.cells.values()) if (entry.state === 'error' || entry.state === 'conflict') count += 1;
    return count;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function fromServer(value: DataValue, outlier: CellOutlier | undefined): CellEntry {
  return { ...EMPTY, saved: value.value, draft: value.value, comment: value.comment ?? '', outlier: outlier ?? null };
}

const byCell = (outliers: readonly FormOutlier[]) => new Map(outliers.map((o) => [cellId(o), o.outlier]));

function sameOutlier(a: CellOutlier | null, b: CellOutlier | null): boolean {
  if (a === null || b === null) return a === b;
  return a.bounds.min === b.bounds.min && a.bounds.max === b.bounds.max && a.commentRequired === b.commentRequired;
}

import { checkValue } from '@syt/core/datavalue/value-type.ts';
import type { DataValue } from '@syt/core/datavalue/types.ts';
import type { GridCell } from '@syt/core/form/section-grid.ts';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import type { CellRef, FormKey } from '../data-entry-types.ts';
import { cellId, type CellStore } from './cell-store.ts';

type PutValue = (
  body: CellRef & { orgUnit: string; period: string; value: string; comment: string },
) => Promise<DataValue | null>;

export interface CellSaverOptions {
  store: CellStore;
  form: FormKey;
  put: PutValue;
  /** After a value or comment is stored (refresh the cell's history and audit, the form's status). */
  onSaved: (cell: CellRef) => void;
  /** After the server refused a save (a 409 means the form's state changed: reload it). */
  onRefused: (error: unknown) => void;
}

/** Why a typed value cannot be sent, or null when it may be. */
export function draftProblem(valueType: GridCell['valueType'], draft: string): string | null {
  const checked = checkValue(valueType, draft);
  if (checked.ok) return null;
  return valueType === 'INTEGER_ZERO_OR_POSITIVE' ? vi.dataEntry.cell.notNonNegativeInteger : checked.message;
}

/**
 * Sends one PUT per changed cell. Saves of the same cell run one after another, so the last value
 * typed is the one stored; `flush` waits for every save in flight (before submitting the form).
 */
export class CellSaver {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly pending = new Map<string, number>();

  constructor(private readonly options: CellSaverOptions) {}

  /** On blur or Enter: checks the typed value and stores it (empty deletes) when it changed. */
  commitValue(cell: GridCell): void {
    const { store } = this.options;
    const id = cellId(cell);
    const entry = store.get(id);
    const draft = entry.draft.trim();
    if (draft === entry.saved) {
      if (entry.state === 'error') store.update(id, { draft, state: 'idle', error: null });
      return;
    }
    const problem = draft === '' ? null : draftProblem(cell.valueType, draft);
    if (problem) {
      store.update(id, { state: 'error', error: problem });
      return;
    }
    this.enqueue(cell, () => ({ value: draft, comment: store.get(id).comment }));
  }

  /** Stores a new comment with the cell's stored value. */
  commitComment(cell: CellRef, comment: string): void {
    const { store } = this.options;
    const id = cellId(cell);
    if (comment.trim() === store.get(id).comment || store.get(id).saved === '') return;
    this.enqueue(cell, () => ({ value: store.get(id).saved, comment: comment.trim() }));
  }

  /** Resolves when every save started so far has finished. */
  async flush(): Promise<void> {
    await Promise.all(this.chains.values());
  }

  private enqueue(cell: CellRef, body: () => { value: string; comment: string }): void {
    const { store, form, put, onSaved, onRefused } = this.options;
    const id = cellId(cell);
    this.pending.set(id, (this.pending.get(id) ?? 0) + 1);
    store.update(id, { state: 'saving', error: null });
    const run = async () => {
      const sent = body();
      try {
        const stored = await put({ ...cell, orgUnit: form.orgUnit, period: form.period, ...sent });
        const value = stored?.value ?? '';
        const entry = store.get(id);
        // Show the normalised value ("07" → "7") unless the user has typed something else meanwhile.
        const draft = entry.draft.trim() === sent.value ? value : entry.draft;
        store.update(id, {
          saved: value,
          comment: stored?.comment ?? '',
          draft,
          state: this.settle(id, 'saved'),
          error: null,
        });
        onSaved(cell);
      } catch (error) {
        store.update(id, { state: this.settle(id, 'error'), error: errorMessage(error, vi.errors.unexpected) });
        onRefused(error);
      }
    };
    const chain = (this.chains.get(id) ?? Promise.resolve()).then(run);
    this.chains.set(id, chain);
  }

  /** One save of the cell finished; the cell stays "saving" while a later one is queued. */
  private settle(id: string, outcome: 'saved' | 'error'): 'saving' | 'saved' | 'error' {
    const left = (this.pending.get(id) ?? 1) - 1;
    this.pending.set(id, left);
    return left > 0 ? 'saving' : outcome;
  }
}

import { checkValue } from '@syt/core/datavalue/value-type.ts';
import type { GridCell } from '@syt/core/form/section-grid.ts';
import { vi } from '../../../i18n/vi.ts';
import type { SaveValueAnswer, ValueChangedError } from '@syt/core/api/contract.ts';
import { hasErrorCode, type ApiRequestError } from '../../../api/api-error.ts';
import { cellConflictVi } from '../../../i18n/cell-conflict.vi.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import type { CellRef, FormKey } from '../data-entry-types.ts';
import { cellId, type CellStore } from './cell-store.ts';

type PutValue = (
  body: CellRef & { orgUnit: string; period: string; value: string; comment: string; expected: string },
) => Promise<SaveValueAnswer>;

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
    // A conflict waits for the user's choice (keep mine / take theirs), unless they typed something new.
    if (entry.conflict && draft === entry.conflict.mine) return;
    if (draft === entry.saved) {
      if (entry.state === 'error' || entry.conflict)
        store.update(id, { draft, state: 'idle', error: null, conflict: null });
      return;
    }
    const problem = draft === '' ? null : draftProblem(cell.valueType, draft);
    if (problem) {
      store.update(id, { state: 'error', error: problem });
      return;
    }
    // Typing a new figure after seeing the conflict settles it.
    if (entry.conflict) store.update(id, { conflict: null });
    this.enqueue(cell, () => ({ value: draft, comment: store.get(id).comment }));
  }

  /** Stores a new comment with the cell's stored value. */
  commitComment(cell: CellRef, comment: string): void {
    const { store } = this.options;
    const id = cellId(cell);
    if (comment.trim() === store.get(id).comment || store.get(id).saved === '') return;
    this.enqueue(cell, () => ({ value: store.get(id).saved, comment: comment.trim() }));
  }

  /** After a conflict: saves what the user typed over the value someone else saved meanwhile. */
  keepMine(cell: CellRef): void {
    const { store } = this.options;
    const id = cellId(cell);
    const mine = store.get(id).conflict?.mine;
    if (mine === undefined) return;
    store.update(id, { conflict: null, draft: mine });
    this.enqueue(cell, () => ({ value: mine, comment: store.get(id).comment }));
  }

  /** After a conflict: drops what the user typed and shows the value someone else saved. */
  takeTheirs(cell: CellRef): void {
    this.options.store.revert(cellId(cell));
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
      // Saves queued behind a refused one must not overwrite the other person's value unseen.
      const pending = store.get(id).conflict;
      if (pending) {
        store.update(id, { state: this.settle(id, 'conflict'), error: pending.message });
        return;
      }
      const sent = body();
      try {
        // What the user saw: the last value stored through this grid or loaded with the form.
        const expected = store.get(id).saved;
        const answer = await put({ ...cell, orgUnit: form.orgUnit, period: form.period, ...sent, expected });
        const stored = answer.dataValue;
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
          conflict: null,
          outlier: answer.outlier ?? null,
        });
        onSaved(cell);
      } catch (error) {
        if (hasErrorCode(error, 'VALUE_CHANGED')) return this.conflict(cell, sent.value, error);
        store.update(id, { state: this.settle(id, 'error'), error: errorMessage(error, vi.errors.unexpected) });
        onRefused(error);
      }
    };
    const chain = (this.chains.get(id) ?? Promise.resolve()).then(run);
    this.chains.set(id, chain);
  }

  /** Someone else changed the cell: show their value as the stored one and keep the user's for their choice. */
  private conflict(cell: CellRef, mine: string, error: ApiRequestError): void {
    const { store } = this.options;
    const id = cellId(cell);
    const { message } = error;
    const saved = (error.body as Partial<ValueChangedError>).current?.value ?? '';
    store.update(id, {
      saved,
      state: this.settle(id, 'conflict'),
      error: message || cellConflictVi.fallback,
      conflict: { mine, message: message || cellConflictVi.fallback },
    });
    this.options.onSaved(cell);
  }

  /** One save of the cell finished; the cell stays "saving" while a later one is queued. */
  private settle<O extends 'saved' | 'error' | 'conflict'>(id: string, outcome: O): 'saving' | O {
    const left = (this.pending.get(id) ?? 1) - 1;
    this.pending.set(id, left);
    return left > 0 ? 'saving' : outcome;
  }
}

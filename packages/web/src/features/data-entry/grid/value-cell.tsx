import { Loader, TextInput, Tooltip } from '@mantine/core';
import type { GridCell } from '@syt/core/form/section-grid.ts';
import { IconAlertCircle, IconAlertTriangle, IconCheck, IconFlag } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { qualityVi } from '../../../i18n/quality.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { CellConflictPopover } from './cell-conflict.tsx';
import { cellId, type CellEntry, type SaveState } from './cell-store.ts';
import { useCellEntry, useFormGrid } from './form-grid-context.ts';
import { keyAction, moveFrom } from './grid-layout.ts';

function StateIcon({ state, flagged }: { state: SaveState; flagged: boolean }) {
  // A stored value outside its bounds keeps its flag until a value within them replaces it.
  if (flagged && (state === 'saved' || state === 'idle'))
    return <IconFlag size={14} color="var(--mantine-color-orange-7)" aria-label={qualityVi.cell.flag} />;
  if (state === 'saving') return <Loader size={12} aria-label={vi.dataEntry.cell.saving} />;
  if (state === 'saved')
    return <IconCheck size={14} color="var(--mantine-color-teal-6)" aria-label={vi.dataEntry.cell.saved} />;
  if (state === 'error') return <IconAlertCircle size={14} color="var(--mantine-color-red-6)" />;
  if (state === 'conflict') return <IconAlertTriangle size={14} color="var(--mantine-color-orange-7)" />;
  return null;
}

/** What the cell's tooltip says: a refusal, else why its value is flagged. */
function tooltipOf(entry: CellEntry): string | null {
  if (entry.error) return entry.error;
  return entry.outlier ? qualityVi.cell.outside(entry.outlier.bounds.min, entry.outlier.bounds.max) : null;
}

/** One value input: saves on blur, moves with arrows, Enter and Tab, reverts with Escape. */
export function ValueCell({ cell, label }: { cell: GridCell; label: string }) {
  const { store, saver, navigator, layout, readOnly, activate } = useFormGrid();
  const id = cellId(cell);
  const entry = useCellEntry(store, id);
  const position = layout.positions.get(id)!;
  const isText = cell.valueType === 'TEXT';

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const caret = { start: input.selectionStart, end: input.selectionEnd, length: input.value.length };
    const action = keyAction(event, caret, isText);
    if (action === null) return;
    if (action === 'revert') {
      event.preventDefault();
      store.revert(id);
      return;
    }
    const target = moveFrom(layout, position, action);
    if (target !== null && navigator.focus(target)) event.preventDefault();
    else if (event.key === 'Enter' && !readOnly) saver.commitValue(cell);
  };

  return (
    <CellConflictPopover
      entry={entry}
      onKeepMine={() => saver.keepMine(cell)}
      onTakeTheirs={() => saver.takeTheirs(cell)}
    >
      <Tooltip
        label={tooltipOf(entry)}
        disabled={!tooltipOf(entry) || entry.conflict !== null}
        color={entry.error ? 'red' : 'orange'}
        multiline
        maw={280}
        withArrow
        position="bottom"
      >
        <TextInput
          ref={navigator.ref(position.index)}
          size="xs"
          value={entry.draft}
          readOnly={readOnly}
          variant={readOnly ? 'filled' : 'default'}
          error={entry.state === 'error' || entry.state === 'conflict'}
          aria-label={label}
          autoComplete="off"
          inputMode={isText ? 'text' : cell.valueType === 'INTEGER_ZERO_OR_POSITIVE' ? 'numeric' : 'decimal'}
          rightSection={<StateIcon state={entry.state} flagged={entry.outlier !== null} />}
          rightSectionWidth={24}
          rightSectionPointerEvents="none"
          styles={{ input: { textAlign: isText ? 'left' : 'right', fontVariantNumeric: 'tabular-nums' } }}
          data-testid={`cell-${cell.dataElement}-${cell.categoryOptionCombo}`}
          data-state={entry.state}
          data-outlier={entry.outlier ? 'true' : undefined}
          onChange={(event) => store.edit(id, event.currentTarget.value)}
          onFocus={(event) => {
            event.currentTarget.select();
            activate(cell, label);
          }}
          onBlur={() => {
            if (!readOnly) saver.commitValue(cell);
          }}
          onKeyDown={onKeyDown}
        />
      </Tooltip>
    </CellConflictPopover>
  );
}

import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import type { CellRef } from '../data-entry-types.ts';
import { cellId } from '../grid/cell-store.ts';
import { useCellEntry, useFormGrid } from '../grid/form-grid-context.ts';

const p = vi.dataEntry.panel;

/** The cell's comment, saved with its value when the box loses focus; mount with a key per cell. */
export function CellComment({ cell }: { cell: CellRef }) {
  const { store, saver, readOnly } = useFormGrid();
  const entry = useCellEntry(store, cellId(cell));
  const [text, setText] = useState(entry.comment);
  const noValue = entry.saved === '';
  // A value outside its bounds asks for a comment: the box says so until one is stored.
  const asked = !readOnly && entry.outlier?.commentRequired === true;
  return (
    <div>
      <Textarea
        label={p.comment}
        placeholder={readOnly ? undefined : p.commentPlaceholder}
        value={readOnly || noValue ? entry.comment : text}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={() => saver.commitComment(cell, text)}
        disabled={readOnly || noValue}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={5000}
        data-testid="cell-comment"
        withAsterisk={asked}
        error={asked && text.trim() === ''}
      />
      {!readOnly && (
        <Text size="xs" c="dimmed" mt={4}>
          {noValue ? p.commentNeedsValue : p.commentHint}
        </Text>
      )}
    </div>
  );
}
